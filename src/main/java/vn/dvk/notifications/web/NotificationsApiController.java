package vn.dvk.notifications.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.notifications.Inbox;
import vn.dvk.notifications.Notification;
import vn.dvk.shared.web.ApiPage;

/** The caller's inbox over JSON: the reminders of their unit, newest first, and what they read. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsApiController {

  private final Inbox inbox;

  NotificationsApiController(Inbox inbox) {
    this.inbox = inbox;
  }

  record UnreadJson(int unread) {}

  @GetMapping
  ApiPage<Notification> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return ApiPage.slice(inbox.mine(), page, size);
  }

  @GetMapping("/unread-count")
  UnreadJson unread() {
    return new UnreadJson(inbox.unread());
  }

  /** Marks every reminder read; answers what is left unread (nothing). */
  @PostMapping("/read")
  UnreadJson readAll() {
    inbox.readAll();
    return new UnreadJson(inbox.unread());
  }

  @PostMapping("/{id}/read")
  Notification read(@PathVariable long id) {
    return inbox.read(id);
  }
}

package vn.dvk.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import vn.dvk.notifications.Inbox;

/** The inbox page, and the unread count every page's navigation shows. */
@Controller
class InboxController {

  private final Inbox inbox;

  InboxController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/inbox")
  String page(Model model) {
    model.addAttribute("notifications", inbox.mine());
    return "notifications/inbox";
  }

  @PostMapping("/inbox/read")
  String readAll() {
    inbox.readAll();
    return "redirect:/inbox";
  }
}

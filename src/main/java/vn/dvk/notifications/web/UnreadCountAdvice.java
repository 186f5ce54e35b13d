package vn.dvk.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dvk.notifications.Inbox;

/** Puts the signed-in user's unread count on every page (the navigation's badge). */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

  private final Inbox inbox;

  UnreadCountAdvice(Inbox inbox) {
    this.inbox = inbox;
  }

  @ModelAttribute("unread")
  int unread() {
    return inbox.unread();
  }
}

package vn.dvk.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;
import vn.dvk.notifications.Inbox;

/**
 * Offers the signed-in user's unread count to every page (the navigation's badge). It is counted
 * only when a page renders it: redirects and htmx fragments do not query it.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

  private final Inbox inbox;

  UnreadCountAdvice(Inbox inbox) {
    this.inbox = inbox;
  }

  @ModelAttribute("unread")
  LazyContextVariable<Integer> unread() {
    return new LazyContextVariable<>() {
      @Override
      protected Integer loadValue() {
        return inbox.unread();
      }
    };
  }
}

package vn.dvk.recognition.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.web.FormErrors;

/** Runs a form's action and redirects to the page it came from, with its notice or its errors. */
final class FormActions {

  private FormActions() {}

  static String run(
      String page,
      MessageSource messages,
      Locale locale,
      RedirectAttributes redirect,
      String notice,
      Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute("errors", FormErrors.of(refused, messages, locale));
    }
    return "redirect:" + page;
  }
}

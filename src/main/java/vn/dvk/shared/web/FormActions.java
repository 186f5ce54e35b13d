package vn.dvk.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.shared.LocalizedException;

/** Runs a form's action and redirects to the page it came from, with its notice or its errors. */
public final class FormActions {

  private FormActions() {}

  public static String run(
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

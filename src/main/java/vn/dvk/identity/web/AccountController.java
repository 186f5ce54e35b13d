package vn.dvk.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.AccountAccess;
import vn.dvk.identity.Scope;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.web.FormErrors;

/** A user changes their own password. */
@Controller
class AccountController {

  private final Scope scope;
  private final AccountAccess accounts;
  private final MessageSource messages;

  AccountController(Scope scope, AccountAccess accounts, MessageSource messages) {
    this.scope = scope;
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("errors", Map.of());
    return page(model);
  }

  @PostMapping("/account/password")
  String change(
      @Valid @ModelAttribute PasswordForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return redisplay(FormErrors.of(binding, messages, locale), model, response);
    }
    try {
      accounts.changeOwnPassword(
          scope.requireUser().username(), form.currentPassword(), form.newPassword());
    } catch (BusinessRuleException broken) {
      return redisplay(FormErrors.of(broken, messages, locale), model, response);
    }
    redirect.addFlashAttribute("notice", "account.password.changed");
    return "redirect:/";
  }

  private String redisplay(Map<String, String> errors, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("errors", errors);
    return page(model);
  }

  /** The page, with why it is asked when the user still has a password someone else chose. */
  private String page(Model model) {
    model.addAttribute("required", accounts.mustChangePassword(scope.requireUser().username()));
    return "identity/password";
  }
}

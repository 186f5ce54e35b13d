package vn.dvk.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.ApiToken;
import vn.dvk.identity.ApiTokens;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.web.FormErrors;

/**
 * A user's personal API tokens: made here and revoked here. A new token's secret is shown in the
 * answer to the form, once; it is never put in the session (a flash attribute would be).
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokensController {

  private final ApiTokens tokens;
  private final MessageSource messages;
  private final Clock clock;

  ApiTokensController(ApiTokens tokens, MessageSource messages, Clock clock) {
    this.tokens = tokens;
    this.messages = messages;
    this.clock = clock;
  }

  record TokenForm(
      String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {}

  /** A token as the list shows it, its times in the server's time zone. */
  record TokenRow(
      ApiToken token, LocalDateTime createdAt, LocalDateTime lastUsedAt, boolean expired) {}

  @GetMapping
  String list(Model model) {
    return page(new TokenForm("", null), Map.of(), model);
  }

  @PostMapping
  String create(
      @ModelAttribute TokenForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      if (binding.hasErrors()) {
        return refused(form, FormErrors.of(binding, messages, locale), model, response);
      }
      model.addAttribute("issued", tokens.issue(form.name(), form.expiresOn()));
      return page(new TokenForm("", null), Map.of(), model);
    } catch (BusinessRuleException broken) {
      return refused(form, FormErrors.of(broken, messages, locale), model, response);
    }
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    tokens.revoke(id);
    redirect.addFlashAttribute("notice", "tokens.revoked");
    return "redirect:/account/tokens";
  }

  private String refused(
      TokenForm form, Map<String, String> errors, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return page(form, errors, model);
  }

  private String page(TokenForm form, Map<String, String> errors, Model model) {
    var zone = clock.getZone();
    var today = LocalDate.now(clock);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("today", today);
    model.addAttribute(
        "tokens",
        tokens.mine().stream()
            .map(
                t ->
                    new TokenRow(
                        t,
                        LocalDateTime.ofInstant(t.createdAt(), zone),
                        t.lastUsedAt() == null
                            ? null
                            : LocalDateTime.ofInstant(t.lastUsedAt(), zone),
                        t.isExpiredOn(today)))
            .toList());
    return "identity/tokens";
  }
}

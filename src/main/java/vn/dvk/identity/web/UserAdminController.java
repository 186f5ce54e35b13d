package vn.dvk.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.AccountAccess;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.Scope;
import vn.dvk.identity.UserAccount;
import vn.dvk.identity.UserAccounts;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/** Administrators manage the users of their subtree. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USERS_MANAGE')")
class UserAdminController {

  private final Scope scope;
  private final UserAccounts accounts;
  private final AccountAccess access;
  private final Units units;
  private final MessageSource messages;

  UserAdminController(
      Scope scope,
      UserAccounts accounts,
      AccountAccess access,
      Units units,
      MessageSource messages) {
    this.scope = scope;
    this.accounts = accounts;
    this.access = access;
    this.units = units;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    var visible = scope.visibleUnits(units.today());
    model.addAttribute(
        "unitNames", visible.stream().collect(Collectors.toMap(UnitView::code, UnitView::name)));
    model.addAttribute("users", accounts.inUnits(visible.stream().map(UnitView::code).toList()));
    model.addAttribute("now", Instant.now());
    return "identity/users";
  }

  @GetMapping("/new")
  String newUser(Model model) {
    var me = scope.requireUser();
    return form(
        new UserForm("", "", "", Role.OFFICER, me.unitCode(), true, "", null),
        null,
        Map.of(),
        model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute UserForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return invalid(form, null, FormErrors.of(binding, messages, locale), model, response);
    }
    scope.requireReadable(form.unitCode());
    try {
      var created =
          accounts.create(
              new NewUserAccount(
                  form.username(),
                  form.displayName(),
                  form.email(),
                  form.role(),
                  form.unitCode(),
                  form.password()));
      redirect.addFlashAttribute("notice", "users.saved");
      return "redirect:/admin/users/" + created.id();
    } catch (LocalizedException broken) {
      return invalid(form, null, FormErrors.of(broken, messages, locale), model, response);
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    var user = visibleUser(id);
    return form(
        new UserForm(
            user.username(),
            user.displayName(),
            user.email(),
            user.role(),
            user.unitCode(),
            user.enabled(),
            null,
            user.version()),
        user,
        Map.of(),
        model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute UserForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var user = visibleUser(id);
    if (binding.hasErrors()) {
      return invalid(form, user, FormErrors.of(binding, messages, locale), model, response);
    }
    scope.requireReadable(form.unitCode());
    accounts.update(
        id,
        form.version() == null ? -1 : form.version(),
        form.displayName(),
        form.email(),
        form.role(),
        form.unitCode(),
        form.isEnabled());
    redirect.addFlashAttribute("notice", "users.saved");
    return "redirect:/admin/users/" + id;
  }

  /**
   * Locked until unlocked: no sign-in, no API token; refused for the administrator's own account.
   */
  @PostMapping("/{id}/lock")
  String lock(@PathVariable long id, RedirectAttributes redirect) {
    access.lock(visibleUser(id).username());
    redirect.addFlashAttribute("notice", "users.locked-now");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/{id}/unlock")
  String unlock(@PathVariable long id, RedirectAttributes redirect) {
    visibleUser(id);
    access.unlock(id);
    redirect.addFlashAttribute("notice", "users.unlocked");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/{id}/password")
  String resetPassword(@PathVariable long id, String password, RedirectAttributes redirect) {
    visibleUser(id);
    try {
      access.resetPassword(id, password);
      redirect.addFlashAttribute("notice", "users.password-reset");
    } catch (InvalidInputException refused) {
      redirect.addFlashAttribute("alert", refused.violations().get(0).messageKey());
    }
    return "redirect:/admin/users/" + id;
  }

  private UserAccount visibleUser(long id) {
    var user = accounts.find(id).orElseThrow(() -> new NotFoundException("users.error.not-found"));
    if (!scope.canRead(user.unitCode())) {
      throw new NotFoundException("users.error.not-found");
    }
    return user;
  }

  private String invalid(
      UserForm form,
      UserAccount user,
      Map<String, String> errors,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(form, user, errors, model);
  }

  private String form(UserForm form, UserAccount user, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("user", user);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Role.values());
    model.addAttribute("units", scope.visibleUnits(units.today()));
    model.addAttribute("now", Instant.now());
    return "identity/user-form";
  }
}

package vn.dvk.units.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitRuleViolation;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;
import vn.dvk.units.web.UnitForms.NewUnitForm;

/** An administrator adds a unit under one of their units. */
@Controller
@PreAuthorize("hasAuthority('UNITS_MANAGE')")
class NewUnitController {

  private final Units units;
  private final UnitVisibility visibility;
  private final UnitCommands commands;
  private final MessageSource messages;

  NewUnitController(
      Units units, UnitVisibility visibility, UnitCommands commands, MessageSource messages) {
    this.units = units;
    this.visibility = visibility;
    this.commands = commands;
    this.messages = messages;
  }

  @GetMapping("/units/new")
  String form(@RequestParam(required = false) String parent, Model model) {
    var parentCode = parent == null ? visibility.homeUnitCode() : parent;
    commands.require(parentCode, null);
    var form = new NewUnitForm("", "", "", UnitKind.COMMUNE, null, parentCode, units.today());
    return show(form, Map.of(), model);
  }

  @PostMapping("/units")
  String create(
      @Valid @ModelAttribute NewUnitForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> errors;
    if (binding.hasErrors()) {
      errors = FormErrors.of(binding, messages, locale);
    } else {
      try {
        var created = commands.create(form);
        redirect.addFlashAttribute("notice", "units.changed.create");
        return "redirect:/units/" + created.code();
      } catch (UnitRuleViolation broken) {
        errors = FormErrors.of(broken, messages, locale);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return show(form, errors, model);
  }

  private String show(NewUnitForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", UnitKind.values());
    model.addAttribute("levels", Level.values());
    model.addAttribute("parents", units.subtree(visibility.homeUnitCode(), units.today()));
    return "units/new";
  }
}

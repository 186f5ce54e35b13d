package vn.dvk.units.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.units.UnitRuleViolation;
import vn.dvk.units.UnitView;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;
import vn.dvk.units.web.UnitForms.MergeForm;
import vn.dvk.units.web.UnitForms.MoveForm;
import vn.dvk.units.web.UnitForms.RenameForm;

/** Browsing the hierarchy as of a date, and the administrator's changes to one unit. */
@Controller
class UnitsController {

  private final Units units;
  private final UnitVisibility visibility;
  private final UnitCommands commands;
  private final MessageSource messages;

  UnitsController(
      Units units, UnitVisibility visibility, UnitCommands commands, MessageSource messages) {
    this.units = units;
    this.visibility = visibility;
    this.commands = commands;
    this.messages = messages;
  }

  @GetMapping("/units")
  String tree(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Model model) {
    var date = asOf == null ? units.today() : asOf;
    var home = visibility.homeUnitCode();
    var tree = UnitTreeNode.of(home, units.subtree(home, date));
    model.addAttribute("asOf", date);
    model.addAttribute("tree", tree);
    model.addAttribute("count", tree == null ? 0 : tree.size());
    return "units/tree";
  }

  @GetMapping("/units/{code}")
  String detail(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Model model) {
    return page(code, asOf, Map.of(), null, model);
  }

  @PostMapping("/units/{code}/rename")
  @PreAuthorize("hasAuthority('UNITS_MANAGE')")
  String rename(
      @PathVariable String code,
      @Valid @ModelAttribute RenameForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        code,
        "rename",
        binding,
        model,
        locale,
        response,
        redirect,
        () -> commands.rename(code, form));
  }

  @PostMapping("/units/{code}/move")
  @PreAuthorize("hasAuthority('UNITS_MANAGE')")
  String move(
      @PathVariable String code,
      @Valid @ModelAttribute MoveForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        code, "move", binding, model, locale, response, redirect, () -> commands.move(code, form));
  }

  @PostMapping("/units/{code}/merge")
  @PreAuthorize("hasAuthority('UNITS_MANAGE')")
  String merge(
      @PathVariable String code,
      @Valid @ModelAttribute MergeForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        code,
        "merge",
        binding,
        model,
        locale,
        response,
        redirect,
        () -> commands.merge(code, form));
  }

  /**
   * Applies one change to a visible unit; a broken rule or invalid form shows the unit's page again
   * with the message and what was typed, with status 422.
   */
  private String change(
      String code,
      String action,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Runnable command) {
    var current = commands.require(code, null);
    Map<String, String> errors;
    if (binding.hasErrors()) {
      errors = FormErrors.of(binding, messages, locale);
    } else {
      try {
        command.run();
        redirect.addFlashAttribute("notice", "units.changed." + action);
        return "redirect:/units/" + current.code();
      } catch (UnitRuleViolation broken) {
        errors = FormErrors.of(broken, messages, locale);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("submitted", binding.getTarget());
    return page(current.code(), null, errors, action, model);
  }

  private String page(
      String code, LocalDate asOf, Map<String, String> errors, String openAction, Model model) {
    var date = asOf == null ? units.today() : asOf;
    var unit = commands.require(code, date);
    model.addAttribute("asOf", date);
    model.addAttribute("unit", unit);
    model.addAttribute("validOnDate", unit.isValidOn(date));
    model.addAttribute(
        "chain",
        ancestorsFirst(units.chain(unit.code(), unit.isValidOn(date) ? date : unit.validFrom()))
            .stream()
            .filter(u -> visibility.canSee(u.code(), date))
            .toList());
    model.addAttribute("children", units.children(unit.code(), date));
    model.addAttribute("history", units.history(unit.code()));
    model.addAttribute("successions", units.successions(unit.code()));
    model.addAttribute("errors", errors);
    model.addAttribute("openAction", openAction);
    model.addAttribute("today", units.today());
    return "units/detail";
  }

  private static List<UnitView> ancestorsFirst(List<UnitView> chain) {
    var copy = new ArrayList<>(chain);
    Collections.reverse(copy);
    return copy;
  }
}

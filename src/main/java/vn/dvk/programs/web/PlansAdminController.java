package vn.dvk.programs.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.programs.Programs;
import vn.dvk.programs.YearPlan;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.web.FormErrors;

/** Administrators keep each year's deadlines and targets. */
@Controller
@RequestMapping("/admin/plans")
@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
class PlansAdminController {

  private final Programs programs;
  private final MessageSource messages;

  PlansAdminController(Programs programs, MessageSource messages) {
    this.programs = programs;
    this.messages = messages;
  }

  @GetMapping
  String page(Model model) {
    var plans = programs.plans();
    model.addAttribute("plans", plans);
    if (!model.containsAttribute("next")) {
      model.addAttribute("next", NewPlan.after(plans));
    }
    return "programs/plans";
  }

  @PostMapping
  String add(@ModelAttribute NewPlan next, Locale locale, RedirectAttributes redirect) {
    try {
      programs.add(next.toPlan());
      redirect.addFlashAttribute("notice", "plans.added");
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute("addErrors", FormErrors.of(refused, messages, locale));
      redirect.addFlashAttribute("next", next);
    }
    return "redirect:/admin/plans";
  }

  @PostMapping("/{program}/{year}")
  String save(
      @PathVariable String program,
      @PathVariable int year,
      @RequestParam int version,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate registrationDeadline,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate districtRecognitionDeadline,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate provinceProposalDeadline,
      @RequestParam(defaultValue = "-1") int targetConsideredPercent,
      @RequestParam(defaultValue = "-1") int targetProposalsPerUnit,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      programs.update(
          new YearPlan(
              program,
              null,
              year,
              version,
              registrationDeadline,
              districtRecognitionDeadline,
              provinceProposalDeadline,
              targetConsideredPercent,
              targetProposalsPerUnit));
      redirect.addFlashAttribute("notice", "plans.saved");
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute("errors", FormErrors.of(refused, messages, locale));
    }
    return "redirect:/admin/plans";
  }
}

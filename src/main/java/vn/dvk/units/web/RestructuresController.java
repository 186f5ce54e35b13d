package vn.dvk.units.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.web.XlsxDownload;
import vn.dvk.units.Restructures;

/**
 * The restructure pages: the plans so far and an upload of a new one (a date, a title and its
 * sheet), then the plan's preview — what each change touches, what is refused and why, whom it
 * re-homes — with the button that applies it all at once.
 */
@Controller
@PreAuthorize("hasAuthority('UNITS_MANAGE')")
class RestructuresController {

  private final Restructures restructures;
  private final PlanSheets sheets;
  private final MessageSource messages;

  RestructuresController(Restructures restructures, PlanSheets sheets, MessageSource messages) {
    this.restructures = restructures;
    this.sheets = sheets;
    this.messages = messages;
  }

  @GetMapping("/units/restructures")
  String list(Model model) {
    return page(model, List.of());
  }

  @GetMapping("/units/restructures/template.xlsx")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, "restructure-plan.xlsx", out -> sheets.template(out, locale));
  }

  @PostMapping("/units/restructures")
  String upload(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn,
      @RequestParam(required = false) String title,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    try {
      var plan = restructures.submit(effectiveOn, title, sheets.read(file, locale));
      return "redirect:/units/restructures/" + plan.id();
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("effectiveOn", effectiveOn);
      model.addAttribute("title", title);
      return page(model, messagesOf(refused, locale));
    }
  }

  @GetMapping("/units/restructures/{id}")
  String preview(@PathVariable long id, Model model) {
    model.addAttribute("preview", restructures.preview(id));
    return "units/restructure";
  }

  @PostMapping("/units/restructures/{id}/apply")
  String apply(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
    try {
      restructures.apply(id);
      redirect.addFlashAttribute("notice", "units.plan.applied");
    } catch (InvalidInputException refused) {
      redirect.addFlashAttribute("alert", "units.plan.refused");
    } catch (LocalizedException conflict) {
      redirect.addFlashAttribute(
          "alertText", messages.getMessage(conflict.messageKey(), conflict.arguments(), locale));
    }
    return "redirect:/units/restructures/" + id;
  }

  private String page(Model model, List<String> errors) {
    model.addAttribute("plans", restructures.latest());
    model.addAttribute("errors", errors);
    return "units/restructures";
  }

  private List<String> messagesOf(InvalidInputException refused, Locale locale) {
    return refused.violations().stream()
        .map(
            v ->
                (v.field().startsWith("row") ? v.field() + " — " : "")
                    + messages.getMessage(v.messageKey(), v.arguments(), locale))
        .toList();
  }
}

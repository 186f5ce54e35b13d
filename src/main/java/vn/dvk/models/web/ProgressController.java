package vn.dvk.models.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.models.ProgressReports;
import vn.dvk.models.domain.Values;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.web.FormErrors;

/** Reporting progress on a model's page, and verifying reported values. */
@Controller
class ProgressController {

  private static final String VALUE_PREFIX = "value.";

  private final ProgressReports reports;
  private final MessageSource messages;

  ProgressController(ProgressReports reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  @PostMapping("/models/{id}/reports")
  String report(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    var problems = new ArrayList<Violation>();
    var values = new LinkedHashMap<String, BigDecimal>();
    form.forEach(
        (name, text) -> {
          if (name.startsWith(VALUE_PREFIX)) {
            var code = name.substring(VALUE_PREFIX.length());
            values.put(code, Values.decimal("values." + code, text, locale, problems));
          }
        });
    var date = Values.date("reportDate", form.get("reportDate"), problems);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      reports.report(id, date, form.get("summary"), values);
      redirect.addFlashAttribute("notice", "progress.saved");
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute("progressErrors", FormErrors.of(refused, messages, locale));
      redirect.addFlashAttribute("progressForm", form);
    }
    return "redirect:/models/" + id + "#progress";
  }

  @PostMapping("/models/{id}/reports/{reportId}/verify")
  String verify(
      @PathVariable long id,
      @PathVariable long reportId,
      @RequestParam(required = false) List<String> indicators,
      RedirectAttributes redirect) {
    var verified = reports.verify(id, reportId, indicators);
    redirect.addFlashAttribute(
        "notice", verified > 0 ? "progress.verified" : "progress.nothing-to-verify");
    return "redirect:/models/" + id + "#progress";
  }
}

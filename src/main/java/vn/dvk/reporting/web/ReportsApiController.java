package vn.dvk.reporting.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.reporting.SummaryNarrative;
import vn.dvk.reporting.YearlySummaries;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.i18n.Languages;

/** The reports as JSON: {@code GET /api/v1/reports/yearly-summary?year=2023&unit=BT}. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApiController {

  private final YearlySummaries summaries;
  private final SummaryNarrative narrative;

  ReportsApiController(YearlySummaries summaries, SummaryNarrative narrative) {
    this.summaries = summaries;
    this.narrative = narrative;
  }

  /**
   * The summary as a paragraph of plain text, in {@code lang} (vi, en or he) or else the language
   * the request asks for.
   */
  @GetMapping(value = "/yearly-summary/narrative", produces = "text/plain;charset=UTF-8")
  String narrative(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String lang,
      Locale locale) {
    var language =
        lang == null
            ? locale
            : Languages.SUPPORTED_LOCALES.stream()
                .filter(l -> l.getLanguage().equals(Locale.forLanguageTag(lang).getLanguage()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            List.of(
                                new InvalidInputException.Violation(
                                    "lang", "reports.error.lang"))));
    return narrative.write(summaries.of(year, unit), language);
  }

  @GetMapping("/yearly-summary")
  YearlySummary yearlySummary(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit) {
    return summaries.of(year, unit);
  }
}

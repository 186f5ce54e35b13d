package vn.dvk.reporting.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.programs.Programs;
import vn.dvk.reporting.Comparison;
import vn.dvk.reporting.Comparisons;
import vn.dvk.reporting.SummaryNarrative;
import vn.dvk.reporting.YearlySummaries;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.i18n.Languages;

/** The reports as JSON: {@code GET /api/v1/reports/yearly-summary?year=2023&unit=BT}. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApiController {

  private final YearlySummaries summaries;
  private final SummaryNarrative narrative;
  private final SummaryPdf pdf;
  private final ReportWorkbooks workbooks;
  private final Programs programs;
  private final Comparisons comparisons;
  private final Clock clock;

  ReportsApiController(
      YearlySummaries summaries,
      SummaryNarrative narrative,
      SummaryPdf pdf,
      ReportWorkbooks workbooks,
      Programs programs,
      Comparisons comparisons,
      Clock clock) {
    this.comparisons = comparisons;
    this.summaries = summaries;
    this.narrative = narrative;
    this.pdf = pdf;
    this.workbooks = workbooks;
    this.programs = programs;
    this.clock = clock;
  }

  /**
   * A unit's year beside the sum of the units it absorbed, for the base year: {@code
   * /api/v1/reports/comparison?unit=LD&year=2026&baseYear=2024}.
   */
  @GetMapping("/comparison")
  Comparison comparison(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) @MovementYear Integer baseYear) {
    return comparisons.of(unit, year, baseYear);
  }

  /** The comparison as an XLSX workbook in the reader's language. */
  @GetMapping("/comparison/xlsx")
  ResponseEntity<byte[]> comparisonXlsx(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) @MovementYear Integer baseYear,
      Locale locale) {
    var comparison = comparisons.of(unit, year, baseYear);
    return file(
        workbooks.comparison(comparison, locale),
        XLSX,
        comparison.year(),
        comparison.unit().code() + "-" + comparison.baseYear(),
        "xlsx");
  }

  /** Every district-level unit against the year's deadlines and targets. */
  @GetMapping("/coverage")
  vn.dvk.reporting.Coverage coverage(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit) {
    var shown = ReportsController.shown(year, clock);
    return summaries.coverage(shown, unit, ReportsController.plan(programs, shown));
  }

  /** The summary as a PDF in Vietnamese. */
  @GetMapping("/yearly-summary/pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit) {
    var summary = summaries.of(year, unit);
    return file(
        pdf.of(summary), MediaType.APPLICATION_PDF, summary.year(), summary.unit().code(), "pdf");
  }

  /** The summary's tables as an XLSX workbook in the reader's language. */
  @GetMapping("/yearly-summary/xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      Locale locale) {
    var summary = summaries.of(year, unit);
    return file(
        workbooks.summary(summary, locale), XLSX, summary.year(), summary.unit().code(), "xlsx");
  }

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  static ResponseEntity<byte[]> file(
      byte[] bytes, MediaType type, int year, String unitCode, String extension) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("tong-hop-" + year + "-" + unitCode + "." + extension)
                .build()
                .toString())
        .body(bytes);
  }

  /**
   * The summary as a paragraph of plain text, in {@code lang} (vi, en or he) or else the language
   * the request asks for.
   */
  @GetMapping(value = "/yearly-summary/narrative", produces = "text/plain;charset=UTF-8")
  String narrative(
      @RequestParam(required = false) @MovementYear Integer year,
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
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit) {
    return summaries.of(year, unit);
  }
}

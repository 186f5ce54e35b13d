package vn.dvk.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvk.identity.Scope;
import vn.dvk.reporting.Comparisons;
import vn.dvk.reporting.SummaryNarrative;
import vn.dvk.reporting.YearlySummaries;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.shared.MovementYear;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

/** The yearly summary as a page: a year and a unit of the reader's scope. */
@Controller
class ReportsController {

  private final YearlySummaries summaries;
  private final Clock clock;
  private final SummaryNarrative narrative;
  private final Scope scope;
  private final SummaryPdf pdf;
  private final ReportWorkbooks workbooks;
  private final vn.dvk.programs.Programs programs;
  private final Comparisons comparisons;
  private final vn.dvk.programs.ReferenceLists references;
  private final tools.jackson.databind.json.JsonMapper json;
  private final org.springframework.context.MessageSource messages;

  ReportsController(
      YearlySummaries summaries,
      SummaryNarrative narrative,
      Scope scope,
      SummaryPdf pdf,
      ReportWorkbooks workbooks,
      vn.dvk.programs.Programs programs,
      Comparisons comparisons,
      vn.dvk.programs.ReferenceLists references,
      tools.jackson.databind.json.JsonMapper json,
      org.springframework.context.MessageSource messages,
      Clock clock) {
    this.references = references;
    this.comparisons = comparisons;
    this.json = json;
    this.messages = messages;
    this.clock = clock;
    this.summaries = summaries;
    this.narrative = narrative;
    this.scope = scope;
    this.pdf = pdf;
    this.workbooks = workbooks;
    this.programs = programs;
  }

  @GetMapping("/reports/yearly-summary")
  String yearlySummary(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      Locale locale,
      Model model) {
    var summary = opened(year, unit);
    var shown = summary.year();
    model.addAttribute("summary", summary);
    model.addAttribute("narrative", narrative.write(summary, locale));
    model.addAttribute("units", reportUnits(shown));
    return "reports/yearly-summary";
  }

  /**
   * A unit's year beside the sum of the units it absorbed, for an earlier year (two years before,
   * unless asked).
   */
  @GetMapping("/reports/comparison")
  String comparison(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) @MovementYear Integer baseYear,
      @RequestParam(required = false) String unit,
      Model model) {
    var shown = shown(year, clock);
    var comparison = comparisons.of(unit, shown, baseYear == null ? shown - 2 : baseYear);
    model.addAttribute("comparison", comparison);
    model.addAttribute("units", reportUnits(shown));
    return "reports/comparison";
  }

  /**
   * The units a report may be asked for in a year: the provinces and roots, and the units directly
   * under a province that recognize models, in that year's tree.
   */
  private List<UnitView> reportUnits(int year) {
    var visible = scope.visibleUnits(LocalDate.of(year, 12, 31));
    var provinces =
        visible.stream()
            .filter(u -> u.kind() == UnitKind.PROVINCE)
            .map(UnitView::code)
            .collect(java.util.stream.Collectors.toSet());
    return visible.stream()
        .filter(
            u ->
                u.parentCode() == null
                    || u.kind() == UnitKind.PROVINCE
                    || u.kind().isDistrictLevelPartyCommittee()
                    || (u.kind().isCommuneLevelArea() && provinces.contains(u.parentCode())))
        .toList();
  }

  @GetMapping("/reports/dashboard")
  String dashboard(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      Locale locale,
      Model model) {
    var shown = year != null ? year : opened(null, unit).year();
    var fields = new java.util.LinkedHashMap<String, String>();
    references
        .byCode(vn.dvk.programs.ReferenceList.FIELD)
        .forEach((code, item) -> fields.put(code, item.name(locale)));
    var dashboard = summaries.dashboard(shown, unit, years(shown), fields);
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("dashboardJson", json.writeValueAsString(dashboard));
    model.addAttribute(
        "chartLabels",
        String.join(
            "|",
            java.util.stream.Stream.of(
                    "registered",
                    "district-recognized",
                    "proposed",
                    "province-recognized",
                    "new",
                    "continued",
                    "collective",
                    "individual")
                .map(key -> messages.getMessage("dashboard." + key, null, locale))
                .toList()));
    return "reports/dashboard";
  }

  @GetMapping("/reports/coverage")
  String coverage(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      Model model) {
    var shown = shown(year, clock);
    model.addAttribute("coverage", summaries.coverage(shown, unit, plan(programs, shown)));
    return "reports/coverage";
  }

  static vn.dvk.programs.YearPlan plan(vn.dvk.programs.Programs programs, int year) {
    return programs
        .plan(year)
        .orElseThrow(
            () ->
                new vn.dvk.shared.NotFoundException("plans.error.not-found", String.valueOf(year)));
  }

  @GetMapping("/reports/coverage/xlsx")
  ResponseEntity<byte[]> coverageXlsx(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      Locale locale) {
    var shown = shown(year, clock);
    var coverage = summaries.coverage(shown, unit, plan(programs, shown));
    return ReportsApiController.file(
        workbooks.coverage(coverage, locale),
        ReportsApiController.XLSX,
        coverage.year(),
        coverage.unit().code(),
        "xlsx");
  }

  @GetMapping("/reports/dashboard/xlsx")
  ResponseEntity<byte[]> dashboardXlsx(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      Locale locale) {
    var shown = shown(year, clock);
    var dashboard = summaries.dashboard(shown, unit, years(shown), java.util.Map.of());
    return ReportsApiController.file(
        workbooks.years(dashboard, locale),
        ReportsApiController.XLSX,
        dashboard.year(),
        dashboard.unit().code(),
        "xlsx");
  }

  /**
   * The summary asked for, or when no year is, that of the latest year with data (else of the last
   * complete year).
   */
  private YearlySummary opened(Integer year, String unit) {
    if (year != null) {
      return summaries.of(year, unit);
    }
    return summaries
        .latestWithData(unit, LocalDate.now(clock).getYear())
        .orElseGet(() -> summaries.of(shown(null, clock), unit));
  }

  /** The year a report shows when none is asked for: the last complete one. */
  static int shown(Integer year, Clock clock) {
    return year == null ? LocalDate.now(clock).getYear() - 1 : year;
  }

  /** The years of the plans up to this one, and the year shown even when it has no plan. */
  private List<Integer> years(int shown) {
    return java.util.stream.Stream.concat(
            programs.plans().stream().map(vn.dvk.programs.YearPlan::year),
            java.util.stream.Stream.of(shown))
        .filter(y -> y <= LocalDate.now(clock).getYear())
        .distinct()
        .sorted()
        .toList();
  }

  @GetMapping("/reports/yearly-summary/pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit) {
    var summary = summaries.of(year, unit);
    return ReportsApiController.file(
        pdf.of(summary), MediaType.APPLICATION_PDF, summary.year(), summary.unit().code(), "pdf");
  }

  @GetMapping("/reports/yearly-summary/xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      Locale locale) {
    var summary = summaries.of(year, unit);
    return ReportsApiController.file(
        workbooks.summary(summary, locale),
        ReportsApiController.XLSX,
        summary.year(),
        summary.unit().code(),
        "xlsx");
  }
}

package vn.dvk.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.reporting.YearlySummaries;
import vn.dvk.reporting.YearlySummary;

/** The reports as JSON: {@code GET /api/v1/reports/yearly-summary?year=2023&unit=BT}. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApiController {

  private final YearlySummaries summaries;

  ReportsApiController(YearlySummaries summaries) {
    this.summaries = summaries;
  }

  @GetMapping("/yearly-summary")
  YearlySummary yearlySummary(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit) {
    return summaries.of(year, unit);
  }
}

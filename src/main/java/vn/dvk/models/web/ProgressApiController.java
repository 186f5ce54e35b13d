package vn.dvk.models.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.models.ProgressReportView;
import vn.dvk.models.ProgressReports;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.ApiLists;
import vn.dvk.shared.web.ApiPage;

/**
 * A model's progress reports over JSON: the owner reports what each indicator reached by a date; a
 * reviewer of a unit above verifies the values (never the reporter), as on the model's page.
 */
@RestController
@RequestMapping("/api/v1/models/{id}/reports")
class ProgressApiController {

  private final ProgressReports reports;

  ProgressApiController(ProgressReports reports) {
    this.reports = reports;
  }

  record ReportRequest(LocalDate reportDate, String summary, Map<String, BigDecimal> values) {}

  /** The indicators to verify; none (or no body) verifies every value of the report. */
  record VerifyRequest(List<String> indicators) {}

  record VerifiedJson(int verified, ProgressReportView report) {}

  /** Newest first. */
  @GetMapping
  ApiPage<ProgressReportView> list(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(reports.of(id), page, size);
  }

  @GetMapping("/{reportId}")
  ProgressReportView one(@PathVariable long id, @PathVariable long reportId) {
    return find(id, reportId);
  }

  @PostMapping
  ResponseEntity<ProgressReportView> report(
      @PathVariable long id, @RequestBody(required = false) ReportRequest request) {
    if (request == null) {
      throw ApiInput.required("reportDate");
    }
    var saved =
        reports.report(
            id,
            request.reportDate(),
            request.summary(),
            request.values() == null ? Map.of() : request.values());
    return ResponseEntity.created(URI.create("/api/v1/models/" + id + "/reports/" + saved.id()))
        .body(saved);
  }

  @PostMapping("/{reportId}/verify")
  VerifiedJson verify(
      @PathVariable long id,
      @PathVariable long reportId,
      @RequestBody(required = false) VerifyRequest request) {
    var verified = reports.verify(id, reportId, request == null ? null : request.indicators());
    return new VerifiedJson(verified, find(id, reportId));
  }

  private ProgressReportView find(long id, long reportId) {
    return ApiLists.one(
        reports.of(id), r -> r.id() == reportId, "progress.error.not-found", reportId);
  }
}

package vn.dvk.models;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Permission;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.models.domain.ProgressRepository;
import vn.dvk.models.domain.ReportedValues;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;

/**
 * Dated progress reports of a model's indicators, and their verification by the superior unit: the
 * owner reports, someone above checks — never the same person.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReports {

  private final MobilizationModels models;
  private final Registrations registrations;
  private final ProgressRepository reports;
  private final ModelAccess access;
  private final ModelAudit audit;
  private final Clock clock;

  ProgressReports(
      MobilizationModels models,
      Registrations registrations,
      ProgressRepository reports,
      ModelAccess access,
      ModelAudit audit,
      Clock clock) {
    this.models = models;
    this.registrations = registrations;
    this.reports = reports;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  public List<ProgressReportView> of(long modelId) {
    models.get(modelId);
    return reports.ofModel(modelId);
  }

  /** For each indicator the model tracks: baseline, target, latest reported, latest verified. */
  public List<IndicatorProgress> progress(long modelId) {
    return against(models.get(modelId), reports.ofModel(modelId));
  }

  /**
   * Where a model read by another module's rules stands on its indicators (see {@link
   * MobilizationModels#disseminated}).
   */
  public List<IndicatorProgress> progressOf(ModelView model) {
    return against(model, reports.ofModel(model.id()));
  }

  /**
   * Where a model stands on each of its indicators, from its reports (newest first) as already read
   * by the caller.
   */
  public static List<IndicatorProgress> against(
      ModelView model, List<ProgressReportView> newestFirst) {
    var result = new ArrayList<IndicatorProgress>();
    for (var target : model.details().targets()) {
      BigDecimal reported = null;
      BigDecimal verified = null;
      for (var report : newestFirst) {
        for (var value : report.values()) {
          if (value.indicatorCode().equals(target.indicatorCode())) {
            if (reported == null) {
              reported = value.achieved();
            }
            if (verified == null && value.isVerified()) {
              verified = value.achieved();
            }
          }
        }
      }
      result.add(
          new IndicatorProgress(
              target.indicatorCode(), target.baseline(), target.target(), reported, verified));
    }
    return result;
  }

  /**
   * Reports what each indicator had reached by {@code date}. Only the model's own indicators may be
   * reported, with at least one value; the model must be registered (not a draft, not withdrawn). A
   * registered model goes “in progress” with its first report.
   */
  @Transactional
  public ProgressReportView report(
      long modelId, LocalDate date, String summary, Map<String, BigDecimal> values) {
    var user = access.editor();
    var model = models.get(modelId);
    var latest = model.latestRegistration().orElseThrow();
    if (!latest.state().isRegistered()) {
      throw new BusinessRuleException(
          "progress.error.not-registered",
          new DefaultMessageSourceResolvable("models.state." + latest.state().name()));
    }
    var tracked = model.details().targets().stream().map(IndicatorTarget::indicatorCode).toList();
    var clean = ReportedValues.check(date, LocalDate.now(clock), tracked, values);
    var summaryText = summary == null || summary.isBlank() ? null : summary.trim();
    var id = reports.insert(modelId, date, summaryText, clean, user.username(), clock.instant());
    registrations.markInProgress(user, model);
    audit.record(
        user,
        "PROGRESS_REPORTED",
        model,
        date + (summaryText == null ? "" : ": " + summaryText),
        null,
        Map.of("reportDate", date.toString(), "values", clean));
    return reports.ofModel(modelId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  /**
   * Verifies a report's values (all of them, or the given indicators): only a reviewer of a unit
   * above the model's unit, and never the person who reported them.
   */
  @Transactional
  public int verify(long modelId, long reportId, List<String> indicatorCodes) {
    var user = access.reader();
    var model = models.get(modelId);
    if (!user.can(Permission.RESULTS_VERIFY) || !access.isAbove(user, model.unitCode())) {
      throw new ForbiddenException("progress.error.verifier-only");
    }
    var report =
        reports.ofModel(modelId).stream()
            .filter(r -> r.id() == reportId)
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("progress.error.not-found", String.valueOf(reportId)));
    if (report.reportedBy().equals(user.username())) {
      throw new ForbiddenException("models.error.maker-checker");
    }
    var codes = indicatorCodes == null ? List.<String>of() : indicatorCodes;
    var verified = reports.verify(reportId, codes, user.username(), clock.instant());
    if (verified > 0) {
      audit.record(
          user,
          "VALUES_VERIFIED",
          model,
          report.reportDate() + ": " + verified,
          null,
          Map.of(
              "report", reportId, "indicators", codes.isEmpty() ? "*" : String.join(",", codes)));
    }
    return verified;
  }
}

package vn.dvk.models;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvk.audit.AuditLog;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.models.domain.SearchText;

/**
 * The rows a chunk of a bulk load writes, table by table: each model with its movements, targets,
 * registrations (and their claims), progress reports and values, and its line in the audit log;
 * then written with one batched insert a table.
 */
final class BulkRows {

  private final List<Object[]> models = new ArrayList<>();
  private final List<Object[]> movements = new ArrayList<>();
  private final List<Object[]> targets = new ArrayList<>();
  private final List<Object[]> registrations = new ArrayList<>();
  private final List<Object[]> claims = new ArrayList<>();
  private final List<Object[]> reports = new ArrayList<>();
  private final List<Object[]> values = new ArrayList<>();
  private final List<AuditLog.Loaded> audit = new ArrayList<>();

  /**
   * Adds a model under the given id, its reports numbered from {@code nextReport}; returns the
   * number of its next report.
   */
  long add(BulkModel model, long id, List<String> unitNames, long nextReport) {
    var d = model.details();
    var created = Timestamp.from(model.createdAt());
    models.add(modelRow(d, id, SearchText.of(d, unitNames), model.createdBy(), created));
    d.movementCodes().forEach(code -> movements.add(new Object[] {id, code}));
    d.targets()
        .forEach(t -> targets.add(new Object[] {id, t.indicatorCode(), t.baseline(), t.target()}));
    for (var registration : model.registrations()) {
      addRegistration(id, d, registration);
    }
    var reportId = nextReport;
    for (var report : model.reports()) {
      addReport(id, reportId++, report);
    }
    audit.add(
        new AuditLog.Loaded(
            model.createdAt(),
            model.createdBy(),
            "MODEL_IMPORTED",
            ModelAudit.SUBJECT,
            String.valueOf(id),
            d.unitCode(),
            d.title()));
    return reportId;
  }

  private static Object[] modelRow(
      ModelDetails d, long id, String searchText, String createdBy, Timestamp created) {
    return new Object[] {
      id,
      d.title(),
      d.ownerKind().name(),
      d.unitCode(),
      d.personName(),
      d.personPosition(),
      d.fieldCode(),
      d.situation(),
      d.objectives(),
      d.evaluationCriteria(),
      d.contentMethod(),
      d.area(),
      d.beneficiaries(),
      d.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
      d.forces(),
      d.resources(),
      d.fundsVnd(),
      d.contributionVnd(),
      d.workingDays(),
      date(d.startDate()),
      date(d.evaluationDate()),
      d.milestones(),
      d.sustainability(),
      searchText,
      createdBy,
      created,
      createdBy,
      created
    };
  }

  private void addRegistration(
      long id, ModelDetails d, ModelBulkLoader.BulkRegistration registration) {
    claims.add(
        new Object[] {
          d.unitCode(), RegistrationRepository.titleKey(d.title()), registration.year(), id
        });
    var at = registration.decidedAt() == null ? null : Timestamp.from(registration.decidedAt());
    registrations.add(
        new Object[] {
          id,
          registration.year(),
          registration.kind().name(),
          registration.state().name(),
          registration.submittedBy(),
          at,
          registration.decidedBy(),
          at
        });
  }

  private void addReport(long id, long reportId, ModelBulkLoader.BulkReport report) {
    var at = Timestamp.valueOf(report.date().atTime(9, 0));
    reports.add(
        new Object[] {
          reportId, id, date(report.date()), report.summary(), report.reportedBy(), at
        });
    var verifiedAt = report.verifiedBy() == null ? null : at;
    report
        .values()
        .forEach(
            (code, value) ->
                values.add(new Object[] {reportId, code, value, report.verifiedBy(), verifiedAt}));
  }

  /** Writes every row, a batch a table. */
  void writeTo(JdbcTemplate jdbc, AuditLog log) {
    jdbc.batchUpdate(
        """
        insert into models_model (id, version, title, owner_kind, unit_code, person_name,
            person_position, field_code, situation, objectives, evaluation_criteria,
            content_method, area, beneficiaries, target_groups, forces, resources, funds_vnd,
            contribution_vnd, working_days, start_date, evaluation_date, milestones,
            sustainability, search_text, created_by, created_at, updated_by, updated_at)
        values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
            ?, ?)
        """,
        models);
    jdbc.batchUpdate(
        "insert into models_model_movement (model_id, movement_code) values (?, ?)", movements);
    jdbc.batchUpdate(
        "insert into models_indicator_target (model_id, indicator_code, baseline, target)"
            + " values (?, ?, ?, ?)",
        targets);
    jdbc.batchUpdate(
        "insert into models_registration (model_id, registration_year, kind, state,"
            + " submitted_by, submitted_at, decided_by, decided_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        registrations);
    jdbc.batchUpdate(
        "insert into models_registration_claim (unit_code, title_key, registration_year,"
            + " model_id) values (?, ?, ?, ?)",
        claims);
    jdbc.batchUpdate(
        "insert into models_progress_report (id, model_id, report_date, summary, reported_by,"
            + " reported_at) values (?, ?, ?, ?, ?, ?)",
        reports);
    jdbc.batchUpdate(
        "insert into models_progress_value (report_id, indicator_code, achieved, verified_by,"
            + " verified_at) values (?, ?, ?, ?, ?)",
        values);
    log.recordLoaded(audit);
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}

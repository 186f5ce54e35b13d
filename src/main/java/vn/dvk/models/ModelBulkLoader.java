package vn.dvk.models;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.models.domain.SearchChanges;
import vn.dvk.models.domain.SearchText;
import vn.dvk.units.UnitSearchNames;

/**
 * Loads many models at once with batched inserts: the demo data and national-size data sets for
 * benchmarks. The input is trusted (generated), so the per-model checks of {@link
 * MobilizationModels} are not repeated; it is meant for a database nobody else writes to meanwhile.
 * Commits every {@value #CHUNK} models.
 */
@Service
public class ModelBulkLoader {

  static final int CHUNK = 5_000;

  /** A model with its registrations and progress reports. */
  public record BulkModel(
      ModelDetails details,
      String createdBy,
      Instant createdAt,
      List<BulkRegistration> registrations,
      List<BulkReport> reports) {}

  /** One year's registration, already in its final state. */
  public record BulkRegistration(
      int year,
      RegistrationKind kind,
      RegistrationState state,
      String submittedBy,
      String decidedBy,
      Instant decidedAt) {}

  /** A progress report, with who verified it (null: not verified). */
  public record BulkReport(
      LocalDate date,
      String summary,
      Map<String, BigDecimal> values,
      String reportedBy,
      String verifiedBy) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final UnitSearchNames searchNames;
  private final SearchChanges searchChanges;

  ModelBulkLoader(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      UnitSearchNames searchNames,
      SearchChanges searchChanges) {
    this.searchChanges = searchChanges;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.searchNames = searchNames;
  }

  /** The models whose registration for the year was approved, by id: for loaders that follow. */
  public List<ModelSummary> registeredIn(int year) {
    return jdbc.query(
        """
        select m.id, m.title, m.owner_kind, m.person_name, m.person_position, m.unit_code,
               m.field_code
          from models_model m join models_registration r on r.model_id = m.id
         where r.registration_year = ? and r.state in ('REGISTERED', 'IN_PROGRESS')
         order by m.id
        """,
        (rs, n) ->
            new ModelSummary(
                rs.getLong("id"),
                rs.getString("title"),
                OwnerKind.valueOf(rs.getString("owner_kind")),
                rs.getString("person_name"),
                rs.getString("person_position"),
                rs.getString("unit_code"),
                rs.getString("field_code")),
        year);
  }

  /** Loads every model; {@code progress} hears the number loaded after each chunk. */
  public long load(Iterator<BulkModel> models, LongConsumer progress) {
    var nextModel = nextId("models_model");
    var nextReport = nextId("models_progress_report");
    var chains = new HashMap<String, List<String>>();
    var claims = new BulkClaims(jdbc);
    long loaded = 0;
    var chunk = new ArrayList<BulkModel>(CHUNK);
    while (models.hasNext()) {
      chunk.add(models.next());
      if (chunk.size() == CHUNK || !models.hasNext()) {
        var ids = new long[] {nextModel, nextReport};
        var batch = List.copyOf(chunk);
        transaction.executeWithoutResult(status -> write(claims.distinct(batch), ids, chains));
        nextModel = ids[0];
        nextReport = ids[1];
        loaded += chunk.size();
        chunk.clear();
        progress.accept(loaded);
      }
    }
    restartIdentity("models_model", nextModel);
    restartIdentity("models_progress_report", nextReport);
    searchChanges.everything();
    return loaded;
  }

  private void write(List<BulkModel> batch, long[] ids, Map<String, List<String>> chains) {
    var models = new ArrayList<Object[]>();
    var movements = new ArrayList<Object[]>();
    var targets = new ArrayList<Object[]>();
    var registrations = new ArrayList<Object[]>();
    var reports = new ArrayList<Object[]>();
    var values = new ArrayList<Object[]>();
    var audit = new ArrayList<Object[]>();
    var claims = new ArrayList<Object[]>();
    for (var model : batch) {
      var id = ids[0]++;
      var d = model.details();
      var chain = chains.computeIfAbsent(d.unitCode(), searchNames::of);
      var created = Timestamp.from(model.createdAt());
      models.add(
          new Object[] {
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
            SearchText.of(d, chain),
            model.createdBy(),
            created,
            model.createdBy(),
            created
          });
      d.movementCodes().forEach(code -> movements.add(new Object[] {id, code}));
      d.targets()
          .forEach(
              t -> targets.add(new Object[] {id, t.indicatorCode(), t.baseline(), t.target()}));
      for (var registration : model.registrations()) {
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
      for (var report : model.reports()) {
        var reportId = ids[1]++;
        var at = Timestamp.valueOf(report.date().atTime(9, 0));
        reports.add(
            new Object[] {
              reportId, id, date(report.date()), report.summary(), report.reportedBy(), at
            });
        report
            .values()
            .forEach(
                (code, value) ->
                    values.add(
                        new Object[] {
                          reportId,
                          code,
                          value,
                          report.verifiedBy(),
                          report.verifiedBy() == null ? null : at
                        }));
      }
      audit.add(
          new Object[] {
            created,
            model.createdBy(),
            "MODEL_IMPORTED",
            ModelAudit.SUBJECT,
            String.valueOf(id),
            d.unitCode(),
            d.title()
          });
    }
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
    jdbc.batchUpdate(
        "insert into audit_event (occurred_at, actor, action, subject_type, subject_id,"
            + " unit_code, summary) values (?, ?, ?, ?, ?, ?, ?)",
        audit);
  }

  private long nextId(String table) {
    var max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    return (max == null ? 0 : max) + 1;
  }

  /** Generated ids go on after the ones given explicitly. */
  private void restartIdentity(String table, long next) {
    jdbc.execute("alter table " + table + " alter column id restart with " + next);
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}

package vn.dvk.models;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.audit.AuditLog;
import vn.dvk.models.domain.RegistrationSpan;
import vn.dvk.models.domain.SearchChanges;
import vn.dvk.units.UnitSearchNames;

/**
 * Loads many models at once with batched inserts: the demo data and national-size data sets for
 * benchmarks. The input is trusted (generated), so the per-model checks of {@link
 * MobilizationModels} are not repeated; it is meant for a database nobody else writes to meanwhile.
 * Commits every {@value #CHUNK} models.
 */
@NamedInterface("bulk-loading")
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
  private final RegistrationSpan span;
  private final AuditLog audit;

  ModelBulkLoader(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      UnitSearchNames searchNames,
      SearchChanges searchChanges,
      RegistrationSpan span,
      AuditLog audit) {
    this.searchChanges = searchChanges;
    this.span = span;
    this.audit = audit;
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
          from models_model m join models_registration_facts r on r.model_id = m.id
         where r.registration_year = ? and r.approved
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
    span.forget();
    return loaded;
  }

  private void write(List<BulkModel> batch, long[] ids, Map<String, List<String>> chains) {
    var rows = new BulkRows();
    for (var model : batch) {
      var unitNames = chains.computeIfAbsent(model.details().unitCode(), searchNames::of);
      ids[1] = rows.add(model, ids[0]++, unitNames, ids[1]);
    }
    rows.writeTo(jdbc, audit);
  }

  private long nextId(String table) {
    var max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    return (max == null ? 0 : max) + 1;
  }

  /** Generated ids go on after the ones given explicitly. */
  private void restartIdentity(String table, long next) {
    jdbc.execute("alter table " + table + " alter column id restart with " + next);
  }
}

package vn.dvk.models.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.models.ImportJob;

/**
 * Import jobs. Each write commits on its own, so that progress is visible to whoever polls while
 * the import's own transaction is still open.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class ImportJobRepository {

  private static final TypeReference<List<ImportJob.ImportError>> ERRORS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  public ImportJobRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  public long create(String username, String fileName) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into models_import_job (username, file_name, status, created_at, heartbeat_at)"
                + " values (:u, :f, 'QUEUED', :at, :at)")
        .param("u", username)
        .param("f", fileName)
        .param("at", now())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void progress(long id, ImportJob.Status status, int total, int processed) {
    jdbc.sql(
            "update models_import_job set status = :s, total_rows = :t, processed = :p,"
                + " heartbeat_at = :at where id = :id")
        .param("at", now())
        .param("s", status.name())
        .param("t", total)
        .param("p", processed)
        .param("id", id)
        .update();
  }

  public void finish(long id, int imported, List<ImportJob.ImportError> errors, int errorCount) {
    jdbc.sql(
            """
            update models_import_job set status = :s, imported = :i, error_count = :n,
                   errors = :e, processed = total_rows, finished_at = :at where id = :id
            """)
        .param("s", errorCount == 0 ? "DONE" : "FAILED")
        .param("i", imported)
        .param("n", errorCount)
        .param("e", errors.isEmpty() ? null : json.writeValueAsString(errors))
        .param("at", now())
        .param("id", id)
        .update();
  }

  /**
   * Records what the rows of an import created, in the import's own transaction: if it rolls back,
   * so does this.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void created(long id, Map<Integer, ImportJob.Created> byRow) {
    byRow.forEach(
        (row, created) ->
            jdbc.sql(
                    "insert into models_import_created (job_id, row_number, model_id,"
                        + " registration_id) values (:id, :row, :model, :registration)")
                .param("id", id)
                .param("row", row)
                .param("model", created.modelId())
                .param("registration", created.registrationId())
                .update());
  }

  /** Those of the jobs that have finished. */
  @Transactional(readOnly = true)
  public List<Long> finishedAmong(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id from models_import_job where id in (:ids) and finished_at is not null")
        .param("ids", ids)
        .query(Long.class)
        .list();
  }

  /** The running imports of this instance are alive. */
  public void beat(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            "update models_import_job set heartbeat_at = :at where id in (:ids)"
                + " and finished_at is null")
        .param("at", now())
        .param("ids", ids)
        .update();
  }

  /**
   * Marks INTERRUPTED every unfinished import whose heart has not beaten since {@code before}, but
   * those this instance runs. Returns how many.
   */
  public int interruptStale(Instant before, Collection<Long> runningHere) {
    return jdbc.sql(
            """
            update models_import_job set status = 'INTERRUPTED', finished_at = :at
             where finished_at is null and status <> 'INTERRUPTED'
               and coalesce(heartbeat_at, created_at) < :before
               and id not in (:here)
            """)
        .param("at", now())
        .param("before", before.atOffset(ZoneOffset.UTC))
        .param("here", runningHere.isEmpty() ? List.of(-1L) : runningHere)
        .update();
  }

  @Transactional(readOnly = true)
  public Optional<ImportJob> find(long id) {
    return jdbc.sql("select * from models_import_job where id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  private ImportJob map(ResultSet rs, int row) throws SQLException {
    var errors = rs.getString("errors");
    var finished = rs.getObject("finished_at", OffsetDateTime.class);
    return new ImportJob(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("file_name"),
        ImportJob.Status.valueOf(rs.getString("status")),
        rs.getInt("total_rows"),
        rs.getInt("processed"),
        rs.getInt("imported"),
        rs.getInt("error_count"),
        errors == null ? List.of() : json.readValue(errors, ERRORS),
        created(rs.getLong("id")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        finished == null ? null : finished.toInstant());
  }

  private List<ImportJob.Created> created(long id) {
    return jdbc.sql(
            "select model_id, registration_id from models_import_created where job_id = :id"
                + " order by row_number")
        .param("id", id)
        .query((rs, n) -> new ImportJob.Created(rs.getLong(1), rs.getLong(2)))
        .list();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}

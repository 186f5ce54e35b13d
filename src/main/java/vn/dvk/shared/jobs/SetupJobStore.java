package vn.dvk.shared.jobs;

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

/**
 * The set-up jobs' rows. Each write commits on its own, so that progress is visible to whoever
 * polls while the import's own transaction is still open.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class SetupJobStore {

  private static final TypeReference<List<SetupJob.RowError>> ERRORS = new TypeReference<>() {};
  private static final TypeReference<List<String>> CREATED = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> SECRETS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  SetupJobStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  long create(String kind, String username, String fileName) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into shared_setup_job (kind, username, file_name, status, created_at,"
                + " heartbeat_at) values (:k, :u, :f, 'QUEUED', :at, :at)")
        .param("k", kind)
        .param("u", username)
        .param("f", fileName)
        .param("at", now())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void progress(long id, SetupJob.State state, int total, int processed) {
    jdbc.sql(
            "update shared_setup_job set status = :s, total_rows = :t, processed = :p,"
                + " heartbeat_at = :at where id = :id")
        .param("at", now())
        .param("s", state.name())
        .param("t", total)
        .param("p", processed)
        .param("id", id)
        .update();
  }

  void succeed(long id, List<String> created, Map<String, String> secrets) {
    jdbc.sql(
            """
            update shared_setup_job set status = 'DONE', created = :c, secrets = :x,
                   processed = total_rows, finished_at = :at where id = :id
            """)
        .param("c", json.writeValueAsString(created))
        .param("x", secrets.isEmpty() ? null : json.writeValueAsString(secrets))
        .param("at", now())
        .param("id", id)
        .update();
  }

  void fail(long id, List<SetupJob.RowError> errors, int errorCount) {
    jdbc.sql(
            """
            update shared_setup_job set status = 'FAILED', error_count = :n, errors = :e,
                   processed = total_rows, finished_at = :at where id = :id
            """)
        .param("n", errorCount)
        .param("e", json.writeValueAsString(errors))
        .param("at", now())
        .param("id", id)
        .update();
  }

  /**
   * Takes the job's secrets: the one caller whose update empties them gets them; any other (a
   * second reading, even at the same moment) gets nothing.
   */
  Map<String, String> takeSecrets(long id) {
    var secrets =
        jdbc.sql("select secrets from shared_setup_job where id = :id")
            .param("id", id)
            .query(String.class)
            .optional();
    if (secrets.isEmpty()) {
      return Map.of();
    }
    var taken =
        jdbc.sql(
                "update shared_setup_job set secrets = null where id = :id and secrets is not null")
            .param("id", id)
            .update();
    return taken == 1 ? json.readValue(secrets.get(), SECRETS) : Map.of();
  }

  /** Empties the secrets nobody came to read of the jobs finished before the instant. */
  int forgetSecrets(Instant finishedBefore) {
    return jdbc.sql(
            "update shared_setup_job set secrets = null where secrets is not null"
                + " and finished_at < :before")
        .param("before", finishedBefore.atOffset(ZoneOffset.UTC))
        .update();
  }

  @Transactional(readOnly = true)
  List<Long> finishedAmong(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id from shared_setup_job where id in (:ids) and finished_at is not null")
        .param("ids", ids)
        .query(Long.class)
        .list();
  }

  void beat(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            "update shared_setup_job set heartbeat_at = :at where id in (:ids)"
                + " and finished_at is null")
        .param("at", now())
        .param("ids", ids)
        .update();
  }

  /** Marks INTERRUPTED every unfinished job silent since the instant, but this instance's. */
  int interruptStale(Instant before, Collection<Long> runningHere) {
    return jdbc.sql(
            """
            update shared_setup_job set status = 'INTERRUPTED', finished_at = :at
             where finished_at is null and coalesce(heartbeat_at, created_at) < :before
               and id not in (:here)
            """)
        .param("at", now())
        .param("before", before.atOffset(ZoneOffset.UTC))
        .param("here", runningHere.isEmpty() ? List.of(-1L) : runningHere)
        .update();
  }

  @Transactional(readOnly = true)
  Optional<SetupJob> find(long id) {
    return jdbc.sql("select * from shared_setup_job where id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  private SetupJob map(ResultSet rs, int row) throws SQLException {
    var errors = rs.getString("errors");
    var created = rs.getString("created");
    var finished = rs.getObject("finished_at", OffsetDateTime.class);
    return new SetupJob(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("username"),
        rs.getString("file_name"),
        SetupJob.State.valueOf(rs.getString("status")),
        rs.getInt("total_rows"),
        rs.getInt("processed"),
        rs.getInt("error_count"),
        errors == null ? List.of() : json.readValue(errors, ERRORS),
        created == null ? List.of() : json.readValue(created, CREATED),
        Map.of(),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        finished == null ? null : finished.toInstant());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}

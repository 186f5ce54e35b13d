package vn.dvk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the same transaction as the change itself, so that a change and its record
 * stand or fall together. There is no method to update or delete an entry.
 */
@Service
public class AuditLog {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final JsonMapper json;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
    this.clock = clock;
  }

  /** What changed; {@code before} and {@code after} are snapshots turned into JSON. */
  public record Change(
      String actor,
      String actorRole,
      String action,
      String subjectType,
      String subjectId,
      String unitCode,
      String summary,
      Object before,
      Object after) {}

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Change change) {
    jdbc.sql(
            """
            insert into audit_event (occurred_at, actor, actor_role, action, subject_type,
                subject_id, unit_code, summary, before_state, after_state)
            values (:at, :actor, :role, :action, :type, :id, :unit, :summary, :before, :after)
            """)
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .param("actor", change.actor())
        .param("role", change.actorRole())
        .param("action", change.action())
        .param("type", change.subjectType())
        .param("id", change.subjectId())
        .param("unit", change.unitCode())
        .param("summary", truncate(change.summary()))
        .param("before", toJson(change.before()))
        .param("after", toJson(change.after()))
        .update();
  }

  /** A line of a bulk load: one record it wrote, at the time the record stands for. */
  public record Loaded(
      Instant at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String unitCode,
      String summary) {}

  /** Records what a bulk load wrote, in one batch, in the load's transaction (no snapshots). */
  @Transactional
  public void recordLoaded(List<Loaded> entries) {
    batch.batchUpdate(
        "insert into audit_event (occurred_at, actor, action, subject_type, subject_id,"
            + " unit_code, summary) values (?, ?, ?, ?, ?, ?, ?)",
        entries.stream()
            .map(
                e ->
                    new Object[] {
                      Timestamp.from(e.at()),
                      e.actor(),
                      e.action(),
                      e.subjectType(),
                      e.subjectId(),
                      e.unitCode(),
                      truncate(e.summary())
                    })
            .toList());
  }

  /** Every entry about one subject, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> history(String subjectType, String subjectId) {
    return jdbc.sql(
            "select * from audit_event where subject_type = :type and subject_id = :id order by id")
        .param("type", subjectType)
        .param("id", subjectId)
        .query(this::map)
        .list();
  }

  private AuditEntry map(ResultSet rs, int row) throws SQLException {
    var before = rs.getString("before_state");
    var after = rs.getString("after_state");
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("actor_role"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("unit_code"),
        rs.getString("summary"),
        before,
        after,
        differences(before, after));
  }

  private List<AuditEntry.FieldChange> differences(String before, String after) {
    var old = parse(before);
    var now = parse(after);
    var keys = new LinkedHashSet<String>();
    keys.addAll(old.keySet());
    keys.addAll(now.keySet());
    var changes = new ArrayList<AuditEntry.FieldChange>();
    for (var key : keys) {
      var was = old.get(key);
      var is = now.get(key);
      if (!Objects.equals(was, is)) {
        changes.add(
            new AuditEntry.FieldChange(
                key,
                was == null ? null : String.valueOf(was),
                is == null ? null : String.valueOf(is)));
      }
    }
    return changes;
  }

  private Map<String, Object> parse(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    var value = json.readValue(text, MAP);
    return value == null ? Map.of() : new LinkedHashMap<>(value);
  }

  private String toJson(Object snapshot) {
    return snapshot == null ? null : json.writeValueAsString(snapshot);
  }

  private static String truncate(String summary) {
    return summary == null || summary.length() <= 500 ? summary : summary.substring(0, 497) + "…";
  }
}

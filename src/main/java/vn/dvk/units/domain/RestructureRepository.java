package vn.dvk.units.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.shared.MovementTime;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.RestructurePlan;

/** Stores restructure plans, their changes as a JSON list. */
@Repository
public class RestructureRepository {

  private static final TypeReference<List<RestructureChange>> CHANGES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public RestructureRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public long insert(
      LocalDate effectiveOn,
      String title,
      List<RestructureChange> changes,
      String homeUnit,
      String by,
      Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into units_restructure (effective_on, title, changes, change_count, state,
                                           home_unit, created_by, created_at)
            values (:on, :title, :changes, :count, 'DRAFT', :home, :by, :at)
            """)
        .param("on", effectiveOn)
        .param("title", title)
        .param("changes", json.writeValueAsString(changes))
        .param("count", changes.size())
        .param("home", homeUnit)
        .param("by", by)
        .param("at", MovementTime.utc(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<RestructurePlan> find(long id) {
    return jdbc.sql("select * from units_restructure where id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** The latest plans, newest first. */
  public List<RestructurePlan> latest(int limit) {
    return jdbc.sql("select * from units_restructure order by id desc").query(this::map).stream()
        .limit(limit)
        .toList();
  }

  /** Marks a draft applied; false when it was applied meanwhile (by another request). */
  public boolean markApplied(long id, String by, Instant at) {
    return jdbc.sql(
                "update units_restructure set state = 'APPLIED', applied_by = :by,"
                    + " applied_at = :at where id = :id and state = 'DRAFT'")
            .param("id", id)
            .param("by", by)
            .param("at", MovementTime.utc(at))
            .update()
        == 1;
  }

  private RestructurePlan map(ResultSet rs, int row) throws SQLException {
    return new RestructurePlan(
        rs.getLong("id"),
        rs.getObject("effective_on", LocalDate.class),
        rs.getString("title"),
        json.readValue(rs.getString("changes"), CHANGES),
        RestructurePlan.State.valueOf(rs.getString("state")),
        rs.getString("home_unit"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        rs.getString("applied_by"),
        instant(rs, "applied_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

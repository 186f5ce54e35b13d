package vn.dvk.recognition.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.recognition.LowResultView;

/**
 * What follows the absence of results: low-result flags with their follow-up actions and reviews.
 * (Commendations are the {@link Commendation} aggregate's.)
 */
@Repository
public class AftercareRepository {

  private final JdbcClient jdbc;

  public AftercareRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ------------------------------------------------------------------------- low results

  public long flag(long modelId, String unitCode, int year, String reason, String by, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into recognition_low_result (version, model_id, unit_code, flag_year, reason,
                state, flagged_by, flagged_at)
            values (0, :model, :unit, :year, :reason, 'OPEN', :by, :at)
            """)
        .param("model", modelId)
        .param("unit", unitCode)
        .param("year", year)
        .param("reason", reason)
        .param("by", by)
        .param("at", utc(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void addFollowUp(long flagId, String action, LocalDate dueDate) {
    jdbc.sql(
            "insert into recognition_follow_up (flag_id, action, due_date)"
                + " values (:flag, :action, :due)")
        .param("flag", flagId)
        .param("action", action)
        .param("due", dueDate)
        .update();
  }

  /** Records the unit's report on an action, once; false if it was reported already. */
  public boolean report(long followUpId, String report, String by, Instant at) {
    return jdbc.sql(
                "update recognition_follow_up set report = :report, reported_by = :by,"
                    + " reported_at = :at where id = :id and report is null")
            .param("report", report)
            .param("by", by)
            .param("at", utc(at))
            .param("id", followUpId)
            .update()
        == 1;
  }

  /** Records a review; clearing closes the flag. False if the flag changed meanwhile. */
  public boolean review(
      LowResultView flag, LowResultView.Outcome outcome, String note, String by, Instant at) {
    var updated =
        jdbc.sql(
                "update recognition_low_result set state = :state, version = version + 1"
                    + " where id = :id and version = :version and state = 'OPEN'")
            .param("state", outcome == LowResultView.Outcome.CLEARED ? "CLEARED" : "OPEN")
            .param("id", flag.id())
            .param("version", flag.version())
            .update();
    if (updated != 1) {
      return false;
    }
    jdbc.sql(
            "insert into recognition_flag_review (flag_id, outcome, note, reviewed_by, reviewed_at)"
                + " values (:flag, :outcome, :note, :by, :at)")
        .param("flag", flag.id())
        .param("outcome", outcome.name())
        .param("note", note)
        .param("by", by)
        .param("at", utc(at))
        .update();
    return true;
  }

  public Optional<LowResultView> flag(long id) {
    return jdbc.sql("select * from recognition_low_result where id = :id")
        .param("id", id)
        .query(this::lowResult)
        .optional();
  }

  /** The flag a follow-up action belongs to. */
  public Optional<LowResultView> flagOfFollowUp(long followUpId) {
    return jdbc.sql(
            "select f.* from recognition_low_result f join recognition_follow_up a"
                + " on a.flag_id = f.id where a.id = :id")
        .param("id", followUpId)
        .query(this::lowResult)
        .optional();
  }

  public List<LowResultView> flagsOf(long modelId) {
    return jdbc.sql("select * from recognition_low_result where model_id = :id order by id")
        .param("id", modelId)
        .query(this::lowResult)
        .list();
  }

  /** The flags of a year (or every year) on models of the units, by unit. */
  public List<LowResultView> flagged(Collection<String> unitCodes, Integer year) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from recognition_low_result where unit_code in (:units)"
                + (year == null ? "" : " and flag_year = :year")
                + " order by flag_year desc, unit_code, id")
        .param("units", unitCodes)
        .param("year", year)
        .query(this::lowResult)
        .list();
  }

  private LowResultView lowResult(ResultSet rs, int row) throws SQLException {
    var id = rs.getLong("id");
    var followUps =
        jdbc.sql("select * from recognition_follow_up where flag_id = :id order by due_date, id")
            .param("id", id)
            .query(
                (r, n) ->
                    new LowResultView.FollowUp(
                        r.getLong("id"),
                        r.getString("action"),
                        r.getObject("due_date", LocalDate.class),
                        r.getString("report"),
                        r.getString("reported_by"),
                        instant(r, "reported_at")))
            .list();
    var reviews =
        jdbc.sql("select * from recognition_flag_review where flag_id = :id order by id")
            .param("id", id)
            .query(
                (r, n) ->
                    new LowResultView.Review(
                        LowResultView.Outcome.valueOf(r.getString("outcome")),
                        r.getString("note"),
                        r.getString("reviewed_by"),
                        instant(r, "reviewed_at")))
            .list();
    return new LowResultView(
        id,
        rs.getInt("version"),
        rs.getLong("model_id"),
        rs.getString("unit_code"),
        rs.getInt("flag_year"),
        rs.getString("reason"),
        LowResultView.State.valueOf(rs.getString("state")),
        rs.getString("flagged_by"),
        instant(rs, "flagged_at"),
        followUps,
        reviews);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

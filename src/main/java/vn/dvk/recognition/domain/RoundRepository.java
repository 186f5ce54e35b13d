package vn.dvk.recognition.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.shared.WorkChanges;
import vn.dvk.units.Level;

/** Writes review rounds, their council and their meeting ({@link RoundReads} reads them). */
@Repository
public class RoundRepository {

  private final JdbcClient jdbc;
  private final WorkChanges work;

  public RoundRepository(JdbcClient jdbc, WorkChanges work) {
    this.jdbc = jdbc;
    this.work = work;
  }

  /** The round's settings when it opens; {@code recorded}: from paper, by the one who opens it. */
  public record NewRound(
      String unitCode,
      Level level,
      int year,
      String title,
      LocalDate proposalDeadline,
      int scaleMin,
      int scaleMax,
      VoteRule voteRule,
      boolean recorded) {}

  public long insert(NewRound round, String by, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into recognition_round (version, unit_code, level, round_year, title,
                proposal_deadline, scale_min, scale_max, vote_rule, state, opened_by, opened_at,
                recorded, recorded_by)
            values (0, :unit, :level, :year, :title, :deadline, :min, :max, :rule, 'OPEN', :by, :at,
                :recorded, :recordedBy)
            """)
        .param("unit", round.unitCode())
        .param("level", round.level().name())
        .param("year", round.year())
        .param("title", round.title())
        .param("deadline", round.proposalDeadline())
        .param("min", round.scaleMin())
        .param("max", round.scaleMax())
        .param("rule", round.voteRule().name())
        .param("by", by)
        .param("at", utc(at))
        .param("recorded", round.recorded())
        .param("recordedBy", round.recorded() ? by : null)
        .update(keys, "id");
    var id = keys.getKey().longValue();
    jdbc.sql(
            """
            insert into recognition_round_criterion (round_id, code, name, weight, position)
            select :id, code, name, weight, position from recognition_criterion where active
            """)
        .param("id", id)
        .update();
    return id;
  }

  /** Replaces the council, if the round is still at the version the change was made on. */
  public boolean replaceMembers(RoundView round, Collection<String> usernames) {
    if (!bump(round)) {
      return false;
    }
    jdbc.sql("delete from recognition_member where round_id = :id")
        .param("id", round.id())
        .update();
    for (var username : usernames) {
      jdbc.sql("insert into recognition_member (round_id, username) values (:id, :username)")
          .param("id", round.id())
          .param("username", username)
          .update();
    }
    return true;
  }

  /** Records the meeting and who attended, moving the round from OPEN to MEETING_HELD. */
  public boolean recordMeeting(
      RoundView round, LocalDate date, String place, String note, Set<String> present) {
    var updated =
        jdbc.sql(
                """
                update recognition_round set state = 'MEETING_HELD', meeting_date = :date,
                    meeting_place = :place, meeting_note = :note, version = version + 1
                 where id = :id and version = :version and state = 'OPEN'
                """)
            .param("date", date)
            .param("place", place)
            .param("note", note)
            .param("id", round.id())
            .param("version", round.version())
            .update();
    if (updated != 1) {
      return false;
    }
    work.units(round.unitCode());
    for (var member : round.members()) {
      jdbc.sql(
              "update recognition_member set present = :present"
                  + " where round_id = :id and username = :username")
          .param("present", present.contains(member.username()))
          .param("id", round.id())
          .param("username", member.username())
          .update();
    }
    return true;
  }

  /** The size of the council of a round recorded from paper, as its minutes give it. */
  public void recordCouncilSize(long roundId, Integer size) {
    jdbc.sql("update recognition_round set council_size = :size where id = :id")
        .param("size", size)
        .param("id", roundId)
        .update();
  }

  /** Closes the round with its decision (none when nothing was recognized). */
  public boolean decide(RoundView round, Long decisionId, String by, Instant at) {
    var decided =
        jdbc.sql(
                    """
                update recognition_round set state = 'DECIDED', decision_id = :decision,
                    closed_by = :by, closed_at = :at, version = version + 1
                 where id = :id and version = :version and state = 'MEETING_HELD'
                """)
                .param("decision", decisionId)
                .param("by", by)
                .param("at", utc(at))
                .param("id", round.id())
                .param("version", round.version())
                .update()
            == 1;
    if (decided) {
      work.units(round.unitCode());
    }
    return decided;
  }

  /**
   * Records a round held before the system in one go: its meeting (every member present) and its
   * decision (none when nothing was recognized). For bulk loading only.
   */
  public void closeAsHeld(
      long roundId,
      String unitCode,
      LocalDate meetingDate,
      String place,
      Long decisionId,
      String by,
      Instant at) {
    jdbc.sql(
            """
            update recognition_round set state = 'DECIDED', meeting_date = :date,
                meeting_place = :place, decision_id = :decision, closed_by = :by, closed_at = :at,
                version = version + 2
             where id = :id
            """)
        .param("date", meetingDate)
        .param("place", place)
        .param("decision", decisionId)
        .param("by", by)
        .param("at", utc(at))
        .param("id", roundId)
        .update();
    jdbc.sql("update recognition_member set present = true where round_id = :id")
        .param("id", roundId)
        .update();
    work.units(unitCode);
  }

  /** Holds the round's row until the transaction ends, so that its changes happen one at a time. */
  public void lock(long roundId) {
    jdbc.sql("select id from recognition_round where id = :id for update")
        .param("id", roundId)
        .query(Long.class)
        .optional();
  }

  /** Counts a change made on the round's current version; false if someone changed it first. */
  public boolean bump(RoundView round) {
    return jdbc.sql(
                "update recognition_round set version = version + 1"
                    + " where id = :id and version = :version")
            .param("id", round.id())
            .param("version", round.version())
            .update()
        == 1;
  }
}

package vn.dvk.recognition.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.recognition.RoundState;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.units.Level;

/**
 * Reads review rounds with their criteria and council members ({@link RoundRepository} writes
 * them): a list of rounds in three statements, whatever its length.
 */
@Repository
public class RoundReads {

  private final JdbcClient jdbc;

  public RoundReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<RoundView> find(long id) {
    return withDetails(
            jdbc.sql("select * from recognition_round where id = :id")
                .param("id", id)
                .query(RoundReads::row)
                .list())
        .stream()
        .findFirst();
  }

  /** Rounds held by any of the units, for a year or every year, newest first. */
  public List<RoundView> heldBy(Collection<String> unitCodes, Integer year) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return withDetails(
        jdbc.sql(
                "select * from recognition_round where unit_code in (:units)"
                    + (year == null ? "" : " and round_year = :year")
                    + " order by round_year desc, id desc")
            .param("units", unitCodes)
            .param("year", year)
            .query(RoundReads::row)
            .list());
  }

  /** Rounds whose council the user sits on. */
  public List<RoundView> withMember(String username) {
    return withDetails(
        jdbc.sql(
                "select r.* from recognition_round r join recognition_member m"
                    + " on m.round_id = r.id where m.username = :username"
                    + " order by r.round_year desc, r.id desc")
            .param("username", username)
            .query(RoundReads::row)
            .list());
  }

  /** The rounds with their criteria and members, each read once for them all. */
  private List<RoundView> withDetails(List<RoundView> rounds) {
    if (rounds.isEmpty()) {
      return rounds;
    }
    var ids = rounds.stream().map(RoundView::id).toList();
    var criteria = new HashMap<Long, List<RoundView.CriterionView>>();
    jdbc.sql(
            "select round_id, code, name, weight from recognition_round_criterion"
                + " where round_id in (:ids) order by round_id, position")
        .param("ids", ids)
        .query(
            (RowCallbackHandler)
                rs ->
                    listOf(criteria, rs.getLong("round_id"))
                        .add(
                            new RoundView.CriterionView(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getObject("weight", BigDecimal.class))));
    var members = new HashMap<Long, List<RoundView.MemberView>>();
    jdbc.sql(
            "select round_id, username, present from recognition_member"
                + " where round_id in (:ids) order by round_id, username")
        .param("ids", ids)
        .query(
            (RowCallbackHandler)
                rs ->
                    listOf(members, rs.getLong("round_id"))
                        .add(
                            new RoundView.MemberView(
                                rs.getString("username"), rs.getObject("present", Boolean.class))));
    return rounds.stream()
        .map(
            r ->
                r.withDetails(
                    criteria.getOrDefault(r.id(), List.of()),
                    new ArrayList<>(members.getOrDefault(r.id(), List.of()))))
        .toList();
  }

  private static <T> List<T> listOf(Map<Long, List<T>> lists, long id) {
    return lists.computeIfAbsent(id, key -> new ArrayList<>());
  }

  private static RoundView row(ResultSet rs, int row) throws SQLException {
    return new RoundView(
        rs.getLong("id"),
        rs.getInt("version"),
        rs.getString("unit_code"),
        Level.valueOf(rs.getString("level")),
        rs.getInt("round_year"),
        rs.getString("title"),
        rs.getObject("proposal_deadline", LocalDate.class),
        rs.getInt("scale_min"),
        rs.getInt("scale_max"),
        VoteRule.valueOf(rs.getString("vote_rule")),
        RoundState.valueOf(rs.getString("state")),
        rs.getObject("meeting_date", LocalDate.class),
        rs.getString("meeting_place"),
        rs.getString("meeting_note"),
        rs.getObject("decision_id", Long.class),
        rs.getString("opened_by"),
        rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
        List.of(),
        List.of(),
        rs.getBoolean("recorded")
            ? new RoundView.Paper(
                rs.getString("recorded_by"), rs.getObject("council_size", Integer.class))
            : null);
  }
}

package vn.dvk.recognition.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A council's work on a round's proposals: which members are assigned to each, who stepped aside
 * and why, the scores on each criterion and the ballots. Read a whole round at a time.
 */
@Repository
public class CouncilRepository {

  private final JdbcClient jdbc;

  public CouncilRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void assign(long proposalId, Collection<String> usernames) {
    jdbc.sql("delete from recognition_assignment where proposal_id = :id")
        .param("id", proposalId)
        .update();
    for (var username : usernames) {
      jdbc.sql("insert into recognition_assignment (proposal_id, username) values (:id, :username)")
          .param("id", proposalId)
          .param("username", username)
          .update();
    }
  }

  /** For each proposal of the round, the members assigned to it. */
  public Map<Long, Set<String>> assignments(long roundId) {
    var result = new HashMap<Long, Set<String>>();
    jdbc.sql(
            "select a.proposal_id, a.username from recognition_assignment a"
                + " join recognition_proposal p on p.id = a.proposal_id where p.round_id = :id")
        .param("id", roundId)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("proposal_id"), k -> new TreeSet<>())
                  .add(rs.getString("username"));
            });
    return result;
  }

  public void recuse(long proposalId, String username, String reason, Instant at) {
    jdbc.sql(
            "insert into recognition_recusal (proposal_id, username, reason, recused_at)"
                + " values (:id, :username, :reason, :at)")
        .param("id", proposalId)
        .param("username", username)
        .param("reason", reason)
        .param("at", utc(at))
        .update();
  }

  /** For each proposal of the round, the members who recused, with their reason. */
  public Map<Long, Map<String, String>> recusals(long roundId) {
    var result = new HashMap<Long, Map<String, String>>();
    jdbc.sql(
            "select x.proposal_id, x.username, x.reason from recognition_recusal x"
                + " join recognition_proposal p on p.id = x.proposal_id where p.round_id = :id")
        .param("id", roundId)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("proposal_id"), k -> new HashMap<>())
                  .put(rs.getString("username"), rs.getString("reason"));
            });
    return result;
  }

  /** Saves a member's scores on a proposal, replacing those saved before. */
  public void saveScores(long proposalId, String username, Map<String, BigDecimal> scores) {
    for (var score : scores.entrySet()) {
      var updated =
          jdbc.sql(
                  "update recognition_score set score = :score where proposal_id = :id"
                      + " and username = :username and criterion_code = :code")
              .param("score", score.getValue())
              .param("id", proposalId)
              .param("username", username)
              .param("code", score.getKey())
              .update();
      if (updated == 0) {
        jdbc.sql(
                "insert into recognition_score (proposal_id, username, criterion_code, score)"
                    + " values (:id, :username, :code, :score)")
            .param("id", proposalId)
            .param("username", username)
            .param("code", score.getKey())
            .param("score", score.getValue())
            .update();
      }
    }
  }

  /** Every score of the round: proposal → member → criterion → score. */
  public Map<Long, Map<String, Map<String, BigDecimal>>> scores(long roundId) {
    var result = new HashMap<Long, Map<String, Map<String, BigDecimal>>>();
    jdbc.sql(
            "select s.proposal_id, s.username, s.criterion_code, s.score from recognition_score s"
                + " join recognition_proposal p on p.id = s.proposal_id where p.round_id = :id")
        .param("id", roundId)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("proposal_id"), k -> new HashMap<>())
                  .computeIfAbsent(rs.getString("username"), k -> new HashMap<>())
                  .put(rs.getString("criterion_code"), rs.getObject("score", BigDecimal.class));
            });
    return result;
  }

  /** A member's vote on a proposal, submitted once. */
  public record Ballot(String username, boolean agree, String comment, Instant submittedAt) {}

  public void insertBallot(long proposalId, Ballot ballot) {
    jdbc.sql(
            "insert into recognition_ballot (proposal_id, username, agree, comment, submitted_at)"
                + " values (:id, :username, :agree, :comment, :at)")
        .param("id", proposalId)
        .param("username", ballot.username())
        .param("agree", ballot.agree())
        .param("comment", ballot.comment())
        .param("at", utc(ballot.submittedAt()))
        .update();
  }

  /** Every ballot of the round: proposal → member → ballot. */
  public Map<Long, Map<String, Ballot>> ballots(long roundId) {
    var result = new HashMap<Long, Map<String, Ballot>>();
    jdbc.sql(
            "select b.* from recognition_ballot b"
                + " join recognition_proposal p on p.id = b.proposal_id where p.round_id = :id")
        .param("id", roundId)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("proposal_id"), k -> new HashMap<>())
                  .put(
                      rs.getString("username"),
                      new Ballot(
                          rs.getString("username"),
                          rs.getBoolean("agree"),
                          rs.getString("comment"),
                          rs.getObject("submitted_at", OffsetDateTime.class).toInstant()));
            });
    return result;
  }
}

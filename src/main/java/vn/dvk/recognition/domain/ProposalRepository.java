package vn.dvk.recognition.domain;

import static vn.dvk.recognition.domain.RoundRepository.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.ProposalView;
import vn.dvk.shared.i18n.Message;

/** Proposals, who is assigned to score them, recusals, scores and ballots. */
@Repository
public class ProposalRepository {

  private final JdbcClient jdbc;

  public ProposalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What the proposing unit sends besides the model: its own consideration's minutes and vote. */
  public record Dossier(String considerationNote, Integer votesFor, Integer votesAgainst) {}

  public long insert(
      long roundId,
      long modelId,
      OwnerKind ownerKind,
      String proposingUnit,
      Long basisRecognitionId,
      Dossier dossier,
      String by,
      Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into recognition_proposal (version, round_id, model_id, owner_kind,
                proposing_unit_code, state, basis_recognition_id, consideration_note, votes_for,
                votes_against, proposed_by, proposed_at)
            values (0, :round, :model, :owner, :unit, 'PROPOSED', :basis, :note, :for, :against,
                :by, :at)
            """)
        .param("round", roundId)
        .param("model", modelId)
        .param("owner", ownerKind.name())
        .param("unit", proposingUnit)
        .param("basis", basisRecognitionId)
        .param("note", dossier.considerationNote())
        .param("for", dossier.votesFor())
        .param("against", dossier.votesAgainst())
        .param("by", by)
        .param("at", utc(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** A proposal of a round held before the system, inserted as it ended. For bulk loading only. */
  public long insertDecided(
      long roundId,
      long modelId,
      OwnerKind ownerKind,
      String proposingUnit,
      Long basisRecognitionId,
      ProposalState state,
      String reason,
      String by,
      Instant proposedAt,
      Instant decidedAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into recognition_proposal (version, round_id, model_id, owner_kind,
                proposing_unit_code, state, reason, basis_recognition_id, proposed_by, proposed_at,
                decided_by, decided_at)
            values (1, :round, :model, :owner, :unit, :state, :reason, :basis, :by, :proposedAt,
                :by, :decidedAt)
            """)
        .param("round", roundId)
        .param("model", modelId)
        .param("owner", ownerKind.name())
        .param("unit", proposingUnit)
        .param("state", state.name())
        .param("reason", reason)
        .param("basis", basisRecognitionId)
        .param("by", by)
        .param("proposedAt", utc(proposedAt))
        .param("decidedAt", utc(decidedAt))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<ProposalView> find(long id) {
    return jdbc.sql("select * from recognition_proposal where id = :id")
        .param("id", id)
        .query(ProposalRepository::map)
        .optional();
  }

  public List<ProposalView> ofRound(long roundId) {
    return jdbc.sql("select * from recognition_proposal where round_id = :id order by id")
        .param("id", roundId)
        .query(ProposalRepository::map)
        .list();
  }

  public List<ProposalView> ofModel(long modelId) {
    return jdbc.sql("select * from recognition_proposal where model_id = :id order by id")
        .param("id", modelId)
        .query(ProposalRepository::map)
        .list();
  }

  /** Moves a proposal on, if it is still in the state and version the change was made on. */
  public boolean transition(
      ProposalView from,
      ProposalState to,
      String reason,
      Message reasonMessage,
      String by,
      Instant at) {
    return jdbc.sql(
                """
                update recognition_proposal set state = :to, reason = :reason,
                    reason_key = :reasonKey, reason_args = :reasonArgs, decided_by = :by,
                    decided_at = :at, version = version + 1
                 where id = :id and version = :version and state = :from
                """)
            .param("to", to.name())
            .param("reason", reason)
            .param("reasonKey", reasonMessage == null ? null : reasonMessage.key())
            .param("reasonArgs", reasonMessage == null ? null : reasonMessage.storedArguments())
            .param("by", by)
            .param("at", utc(at))
            .param("id", from.id())
            .param("version", from.version())
            .param("from", from.state().name())
            .update()
        == 1;
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

  /** Inserts a member's scores on a proposal in one statement (bulk loading: none saved before). */
  public void insertScores(long proposalId, String username, Map<String, BigDecimal> scores) {
    if (scores.isEmpty()) {
      return;
    }
    var rows = new java.util.ArrayList<String>();
    var spec = new java.util.LinkedHashMap<String, Object>();
    int i = 0;
    for (var score : scores.entrySet()) {
      rows.add("(:id, :username, :code" + i + ", :score" + i + ")");
      spec.put("code" + i, score.getKey());
      spec.put("score" + i, score.getValue());
      i++;
    }
    var statement =
        jdbc.sql(
                "insert into recognition_score (proposal_id, username, criterion_code, score) values "
                    + String.join(", ", rows))
            .param("id", proposalId)
            .param("username", username);
    for (var parameter : spec.entrySet()) {
      statement = statement.param(parameter.getKey(), parameter.getValue());
    }
    statement.update();
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

  static ProposalView map(ResultSet rs, int row) throws SQLException {
    var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
    return new ProposalView(
        rs.getLong("id"),
        rs.getInt("version"),
        rs.getLong("round_id"),
        rs.getLong("model_id"),
        OwnerKind.valueOf(rs.getString("owner_kind")),
        rs.getString("proposing_unit_code"),
        ProposalState.valueOf(rs.getString("state")),
        rs.getString("reason"),
        Message.stored(rs.getString("reason_key"), rs.getString("reason_args")),
        rs.getObject("basis_recognition_id", Long.class),
        rs.getString("consideration_note"),
        rs.getObject("votes_for", Integer.class),
        rs.getObject("votes_against", Integer.class),
        rs.getString("proposed_by"),
        rs.getObject("proposed_at", OffsetDateTime.class).toInstant(),
        rs.getString("decided_by"),
        decidedAt == null ? null : decidedAt.toInstant());
  }
}

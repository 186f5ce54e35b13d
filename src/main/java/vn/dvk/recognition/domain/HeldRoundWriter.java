package vn.dvk.recognition.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.ProposalState;
import vn.dvk.shared.WorkChanges;
import vn.dvk.units.Level;

/**
 * Writes a round held before the system in a statement of each kind (JDBC batches): its proposals
 * as decided, its council's scores and ballots, and the recognitions it made. For the bulk loader,
 * which writes rounds nobody else writes to meanwhile.
 */
@Repository
public class HeldRoundWriter {

  /** A proposal as its round decided it. */
  public record Decided(
      long modelId,
      OwnerKind ownerKind,
      String proposingUnit,
      Long basisRecognitionId,
      boolean recognized,
      String reason) {}

  /** A member's scores and vote on the proposal at {@code index} of the round's proposals. */
  public record Vote(
      int index, String username, List<Score> scores, boolean agree, Instant submittedAt) {}

  public record Score(String criterionCode, BigDecimal score) {}

  /** A recognition made by the round, of the proposal at {@code index}. */
  public record Made(
      int index,
      long modelId,
      OwnerKind ownerKind,
      Level level,
      String unitCode,
      int year,
      boolean outstanding) {}

  private final JdbcTemplate jdbc;
  private final WorkChanges work;

  HeldRoundWriter(JdbcTemplate jdbc, WorkChanges work) {
    this.jdbc = jdbc;
    this.work = work;
  }

  /** Inserts the round's proposals; returns their keys in the same order. */
  public List<Long> proposals(
      long roundId, List<Decided> decided, String by, Instant proposedAt, Instant decidedAt) {
    var rows = new ArrayList<Object[]>();
    for (var p : decided) {
      var state = p.recognized() ? ProposalState.RECOGNIZED : ProposalState.NOT_RECOGNIZED;
      rows.add(
          new Object[] {
            roundId,
            p.modelId(),
            p.ownerKind().name(),
            p.proposingUnit(),
            state.name(),
            p.recognized() ? null : p.reason(),
            p.basisRecognitionId(),
            by,
            utc(proposedAt),
            by,
            utc(decidedAt)
          });
      work.units(p.proposingUnit());
    }
    jdbc.batchUpdate(
        """
        insert into recognition_proposal (version, round_id, model_id, owner_kind,
            proposing_unit_code, state, reason, basis_recognition_id, proposed_by, proposed_at,
            decided_by, decided_at)
        values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows);
    // The round is new and written by this transaction alone: its keys come in insertion order.
    return jdbc.queryForList(
        "select id from recognition_proposal where round_id = ? order by id", Long.class, roundId);
  }

  /** Inserts every member's scores and ballot on the round's proposals. */
  public void votes(List<Long> proposalIds, List<Vote> votes) {
    var scores = new ArrayList<Object[]>();
    var ballots = new ArrayList<Object[]>();
    for (var vote : votes) {
      var proposal = proposalIds.get(vote.index());
      for (var score : vote.scores()) {
        scores.add(new Object[] {proposal, vote.username(), score.criterionCode(), score.score()});
      }
      ballots.add(new Object[] {proposal, vote.username(), vote.agree(), utc(vote.submittedAt())});
    }
    jdbc.batchUpdate(
        "insert into recognition_score (proposal_id, username, criterion_code, score)"
            + " values (?, ?, ?, ?)",
        scores);
    jdbc.batchUpdate(
        "insert into recognition_ballot (proposal_id, username, agree, submitted_at)"
            + " values (?, ?, ?, ?)",
        ballots);
  }

  /** Inserts the recognitions the round's decision made. */
  public void recognitions(long roundId, Long decisionId, List<Long> proposalIds, List<Made> made) {
    var rows = new ArrayList<Object[]>();
    for (var m : made) {
      rows.add(
          new Object[] {
            m.modelId(),
            m.ownerKind().name(),
            m.level().name(),
            m.unitCode(),
            m.year(),
            decisionId,
            roundId,
            proposalIds.get(m.index()),
            m.outstanding()
          });
      work.units(m.unitCode());
      work.model(m.modelId());
    }
    jdbc.batchUpdate(
        """
        insert into recognition_recognition (model_id, owner_kind, level, unit_code,
            recognition_year, decision_id, round_id, proposal_id, outstanding)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows);
  }
}

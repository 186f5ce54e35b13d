package vn.dvk.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.domain.CouncilRepository;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.units.Level;

/**
 * Records rounds that were held before the system (the demo data, or a unit's past years typed in
 * from paper): each is written as held and decided at once — its council's ballots, its meeting,
 * its numbered decision and the recognitions it made. The input is trusted; it is for loading a
 * database nobody else writes to meanwhile, inside the caller's transaction.
 */
@Service
public class RecognitionBulkLoader {

  private final RoundRepository rounds;
  private final ProposalRepository proposals;
  private final CouncilRepository council;
  private final DecisionRepository decisions;

  RecognitionBulkLoader(
      RoundRepository rounds,
      ProposalRepository proposals,
      CouncilRepository council,
      DecisionRepository decisions) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.council = council;
    this.decisions = decisions;
  }

  /** A round as it was held. */
  public record HeldRound(
      String unitCode,
      Level level,
      int year,
      String title,
      LocalDate proposalDeadline,
      LocalDate meetingDate,
      String meetingPlace,
      List<String> members,
      LocalDate decisionDate,
      String signerName,
      String signerTitle,
      List<HeldProposal> proposals) {}

  /**
   * A proposal and how it ended; {@code basisRecognitionId} is the recognition below it rests on.
   */
  public record HeldProposal(
      long modelId,
      OwnerKind ownerKind,
      String proposingUnitCode,
      Long basisRecognitionId,
      boolean recognized,
      String reason,
      boolean outstanding) {

    public HeldProposal(
        long modelId,
        OwnerKind ownerKind,
        String proposingUnitCode,
        Long basisRecognitionId,
        boolean recognized,
        String reason) {
      this(modelId, ownerKind, proposingUnitCode, basisRecognitionId, recognized, reason, false);
    }
  }

  /** For each proposal's model, the recognition the round made (absent if not recognized). */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<Long, Long> load(HeldRound held, String by) {
    var openedAt = held.proposalDeadline().minusMonths(2).atTime(8, 0).toInstant(ZoneOffset.UTC);
    var roundId =
        rounds.insert(
            new RoundRepository.NewRound(
                held.unitCode(),
                held.level(),
                held.year(),
                held.title(),
                held.proposalDeadline(),
                0,
                10,
                VoteRule.MAJORITY_OF_PRESENT),
            by,
            openedAt);
    var criteria = List.<RoundView.CriterionView>of();
    if (!held.members().isEmpty()) {
      var round = rounds.find(roundId).orElseThrow();
      rounds.replaceMembers(round, held.members());
      criteria = round.criteria();
    }
    var proposedAt = held.proposalDeadline().atTime(9, 0).toInstant(ZoneOffset.UTC);
    var decidedAt = held.decisionDate().atTime(15, 0).toInstant(ZoneOffset.UTC);
    Long decisionId = null;
    if (held.proposals().stream().anyMatch(HeldProposal::recognized)) {
      decisionId =
          decisions.insert(
              new DecisionRepository.NewDecision(
                  DecisionKind.RECOGNITION,
                  held.unitCode(),
                  held.level(),
                  held.decisionDate(),
                  held.signerName(),
                  held.signerTitle(),
                  roundId,
                  null),
              by,
              decidedAt);
    }
    var seed = 0;
    for (var p : held.proposals()) {
      var id =
          proposals.insertDecided(
              roundId,
              p.modelId(),
              p.ownerKind(),
              p.proposingUnitCode(),
              p.basisRecognitionId(),
              p.recognized() ? ProposalState.RECOGNIZED : ProposalState.NOT_RECOGNIZED,
              p.recognized() ? null : p.reason(),
              by,
              proposedAt,
              decidedAt);
      for (var member : held.members()) {
        seed++;
        var scores = new HashMap<String, BigDecimal>();
        for (var criterion : criteria) {
          var base = p.recognized() ? 7 : 4;
          scores.put(
              criterion.code(),
              BigDecimal.valueOf(base + (seed * 7 + criterion.code().length()) % 4));
        }
        council.insertScores(id, member, scores);
        council.insertBallot(
            id,
            new CouncilRepository.Ballot(
                member, p.recognized(), null, proposedAt.plusSeconds(86_400)));
      }
      if (p.recognized()) {
        decisions.insertRecognition(
            p.modelId(),
            p.ownerKind(),
            held.level(),
            held.unitCode(),
            held.year(),
            decisionId,
            roundId,
            id,
            p.outstanding());
      }
    }
    rounds.closeAsHeld(roundId, held.meetingDate(), held.meetingPlace(), decisionId, by, decidedAt);
    var made = new HashMap<Long, Long>();
    for (var recognition : decisions.recognitionsOfRound(roundId)) {
      made.put(recognition.modelId(), recognition.id());
    }
    return made;
  }
}

package vn.dvk.recognition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.HeldRoundWriter;
import vn.dvk.recognition.domain.RecognitionReads;
import vn.dvk.recognition.domain.RoundReads;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.units.Level;

/**
 * Records rounds that were held before the system (the demo data, or a unit's past years typed in
 * from paper): each is written as held and decided at once — its council's ballots, its meeting,
 * its numbered decision and the recognitions it made. The input is trusted; it is for loading a
 * database nobody else writes to meanwhile, inside the caller's transaction.
 */
@NamedInterface("bulk-loading")
@Service
public class RecognitionBulkLoader {

  private final RoundRepository rounds;
  private final RoundReads reads;
  private final RecognitionReads recognized;
  private final DecisionRepository decisions;
  private final HeldRoundWriter writer;

  RecognitionBulkLoader(
      RoundRepository rounds,
      RoundReads reads,
      RecognitionReads recognized,
      DecisionRepository decisions,
      HeldRoundWriter writer) {
    this.rounds = rounds;
    this.reads = reads;
    this.recognized = recognized;
    this.decisions = decisions;
    this.writer = writer;
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

    /** The same proposal as its round decided it; the reason stays only if not recognized. */
    public HeldProposal decided(boolean recognized, String reason, boolean outstanding) {
      return new HeldProposal(
          modelId,
          ownerKind,
          proposingUnitCode,
          basisRecognitionId,
          recognized,
          recognized ? null : reason,
          outstanding);
    }
  }

  /** For each proposal's model, the recognition the round made (absent if not recognized). */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<Long, Long> load(HeldRound held, String by) {
    var roundId = open(held, by);
    var criteria = council(roundId, held.members());
    var decidedAt = held.decisionDate().atTime(15, 0).toInstant(ZoneOffset.UTC);
    var decisionId = decision(held, roundId, by, decidedAt);
    var proposed = held.proposalDeadline().atTime(9, 0).toInstant(ZoneOffset.UTC);
    var decided = new ArrayList<HeldRoundWriter.Decided>();
    var votes = new ArrayList<HeldRoundWriter.Vote>();
    var made = new ArrayList<HeldRoundWriter.Made>();
    for (int i = 0; i < held.proposals().size(); i++) {
      var p = held.proposals().get(i);
      decided.add(
          new HeldRoundWriter.Decided(
              p.modelId(),
              p.ownerKind(),
              p.proposingUnitCode(),
              p.basisRecognitionId(),
              p.recognized(),
              p.reason()));
      votes.addAll(ballots(i, p, held.members(), criteria, proposed));
      if (p.recognized()) {
        made.add(
            new HeldRoundWriter.Made(
                i,
                p.modelId(),
                p.ownerKind(),
                held.level(),
                held.unitCode(),
                held.year(),
                p.outstanding()));
      }
    }
    var proposalIds = writer.proposals(roundId, decided, by, proposed, decidedAt);
    writer.votes(proposalIds, votes);
    writer.recognitions(roundId, decisionId, proposalIds, made);
    rounds.closeAsHeld(
        roundId,
        held.unitCode(),
        held.meetingDate(),
        held.meetingPlace(),
        decisionId,
        by,
        decidedAt);
    var recognitions = new HashMap<Long, Long>();
    recognized.recognitionsOfRound(roundId).forEach(r -> recognitions.put(r.modelId(), r.id()));
    return recognitions;
  }

  /** The round, opened two months before its deadline for proposals. */
  private long open(HeldRound held, String by) {
    var openedAt = held.proposalDeadline().minusMonths(2).atTime(8, 0).toInstant(ZoneOffset.UTC);
    return rounds.insert(
        new RoundRepository.NewRound(
            held.unitCode(),
            held.level(),
            held.year(),
            held.title(),
            held.proposalDeadline(),
            0,
            10,
            VoteRule.MAJORITY_OF_PRESENT,
            false),
        by,
        openedAt);
  }

  /** Seats the round's council, if it had one; returns the criteria its members scored. */
  private List<RoundView.CriterionView> council(long roundId, List<String> members) {
    if (members.isEmpty()) {
      return List.of();
    }
    var round = reads.find(roundId).orElseThrow();
    rounds.replaceMembers(round, members);
    return round.criteria();
  }

  /** The round's numbered decision, if it recognized anything. */
  private Long decision(HeldRound held, long roundId, String by, Instant decidedAt) {
    if (held.proposals().stream().noneMatch(HeldProposal::recognized)) {
      return null;
    }
    return decisions.insert(
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

  /**
   * Each member's scores and vote on the proposal at {@code index}, the day after the deadline:
   * high scores and a yes for a recognized model, low ones and a no otherwise, varied by the
   * member's place among all the round's ballots.
   */
  private static List<HeldRoundWriter.Vote> ballots(
      int index,
      HeldProposal p,
      List<String> members,
      List<RoundView.CriterionView> criteria,
      Instant proposed) {
    var votes = new ArrayList<HeldRoundWriter.Vote>();
    var seed = index * members.size();
    for (var member : members) {
      seed++;
      var scores = new ArrayList<HeldRoundWriter.Score>();
      for (var criterion : criteria) {
        var base = p.recognized() ? 7 : 4;
        var code = criterion.code();
        scores.add(
            new HeldRoundWriter.Score(
                code, BigDecimal.valueOf(base + (seed * 7 + code.length()) % 4)));
      }
      votes.add(
          new HeldRoundWriter.Vote(
              index, member, scores, p.recognized(), proposed.plusSeconds(86_400)));
    }
    return votes;
  }
}

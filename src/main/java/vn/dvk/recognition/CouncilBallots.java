package vn.dvk.recognition;

import static vn.dvk.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.domain.CouncilRepository;
import vn.dvk.recognition.domain.CouncilRepository.Ballot;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.recognition.domain.Scoring;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.Violations;

/**
 * What a council member does: scores the proposals they are assigned on each criterion of the
 * round's scale, submits a final vote, or steps aside from one with a reason. A member sees the
 * others' scores and votes on a proposal only after submitting their own.
 */
@Service
@Transactional
public class CouncilBallots {

  private final RoundRepository rounds;
  private final ProposalRepository proposals;
  private final CouncilRepository council;
  private final ScoringSheets sheets;
  private final RoundAccess access;
  private final RecognitionAudit audit;
  private final Clock clock;

  CouncilBallots(
      RoundRepository rounds,
      ProposalRepository proposals,
      CouncilRepository council,
      ScoringSheets sheets,
      RoundAccess access,
      RecognitionAudit audit,
      Clock clock) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.council = council;
    this.sheets = sheets;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A proposal as one member sees it on their scoring page. */
  public record Sheet(
      ProposalView proposal,
      ModelSummary model,
      Map<String, BigDecimal> myScores,
      BigDecimal myScore,
      Ballot myBallot,
      String myRecusal,
      Map<String, Map<String, BigDecimal>> othersScores,
      Map<String, Ballot> othersBallots) {

    public boolean isSubmitted() {
      return myBallot != null;
    }
  }

  /**
   * The proposals of a round the signed-in member is to score, each with their own scores and —
   * only once they submitted their own ballot on it — the other members' scores and votes.
   */
  @Transactional(readOnly = true)
  public List<Sheet> sheets(long roundId) {
    return sheets.of(roundId);
  }

  /** Saves some of the member's scores on a proposal (each on the round's scale). */
  public Sheet score(long proposalId, Map<String, BigDecimal> scores) {
    var user = access.member();
    var round = openBallot(user, proposalId);
    var codes =
        round.criteria().stream().map(RoundView.CriterionView::code).collect(Collectors.toSet());
    var violations = new ArrayList<Violation>();
    scores.forEach(
        (code, score) -> {
          if (!codes.contains(code)) {
            violations.add(new Violation(code, "recognition.error.unknown-criterion", code));
          } else if (score == null || !Scoring.onScale(score, round.scaleMin(), round.scaleMax())) {
            violations.add(
                new Violation(
                    code, "recognition.error.off-scale", round.scaleMin(), round.scaleMax()));
          }
        });
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    council.saveScores(proposalId, user.username(), scores);
    audit.record(
        user,
        "SCORES_SAVED",
        ProposalMoves.PROPOSAL,
        proposalId,
        round.unitCode(),
        null,
        null,
        RecognitionAudit.fields("scores", scores));
    return sheet(round, proposalId);
  }

  /** Submits the member's vote; every criterion must be scored, and a ballot is final. */
  public Sheet submit(long proposalId, boolean agree, String comment) {
    var user = access.member();
    var round = openBallot(user, proposalId);
    var mine =
        council
            .scores(round.id())
            .getOrDefault(proposalId, Map.of())
            .getOrDefault(user.username(), Map.of());
    if (Scoring.weighted(mine, RoundAccess.criteria(round)).isEmpty()) {
      throw new BusinessRuleException("recognition.error.scores-incomplete");
    }
    council.insertBallot(
        proposalId, new Ballot(user.username(), agree, blankToNull(comment), clock.instant()));
    audit.record(
        user,
        "BALLOT_SUBMITTED",
        ProposalMoves.PROPOSAL,
        proposalId,
        round.unitCode(),
        agree ? "agree" : "disagree",
        null,
        RecognitionAudit.fields("agree", agree, "comment", comment, "scores", mine));
    return sheet(round, proposalId);
  }

  /** The member steps aside from a proposal, with a reason; they no longer score or vote on it. */
  public void recuse(long proposalId, String reason) {
    var user = access.member();
    var round = openBallot(user, proposalId);
    Violations.check().required("reason", reason).refuseAny();
    council.recuse(proposalId, user.username(), reason.trim(), clock.instant());
    audit.record(
        user,
        "MEMBER_RECUSED",
        ProposalMoves.PROPOSAL,
        proposalId,
        round.unitCode(),
        reason.trim(),
        null,
        RecognitionAudit.fields("reason", reason.trim()));
  }

  /** The round, when the member may still score and vote on this proposal of it. */
  private RoundView openBallot(CurrentUser user, long proposalId) {
    var proposal = access.loadProposal(proposalId);
    // Ballots wait for a meeting or decision being recorded, then see the round closed.
    rounds.lock(proposal.roundId());
    var round = access.load(proposal.roundId());
    var assigned =
        RoundBoard.assignedTo(
            proposalId, council.assignments(round.id()), RoundBoard.usernames(round));
    if (!round.isMember(user.username()) || !assigned.contains(user.username())) {
      throw new NotFoundException(
          "recognition.error.proposal-not-found", String.valueOf(proposalId));
    }
    var model = access.summary(proposal.modelId());
    if (access.conflicts(round).test(user.username(), model.unitCode())) {
      throw new ForbiddenException("recognition.error.conflict-of-interest", user.username());
    }
    new ReviewRound(round)
        .checkBallot(
            proposal,
            has(council.ballots(round.id()), proposalId, user.username()),
            has(council.recusals(round.id()), proposalId, user.username()));
    return round;
  }

  private static boolean has(Map<Long, ? extends Map<String, ?>> byProposal, long id, String who) {
    var ofProposal = byProposal.get(id);
    return ofProposal != null && ofProposal.containsKey(who);
  }

  private Sheet sheet(RoundView round, long proposalId) {
    return sheets(round.id()).stream()
        .filter(s -> s.proposal().id() == proposalId)
        .findFirst()
        .orElseThrow();
  }
}

package vn.dvk.recognition;

import static vn.dvk.shared.Texts.blankToNull;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.recognition.ProposalMoves.Why;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ProposalRules;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.units.Units;

/**
 * What a unit does with the rounds above it: proposes the models it recognized (under the rules of
 * {@link ProposalRules}), with its own consideration, and withdraws a proposal while the round is
 * open.
 */
@Service
@Transactional
public class RoundProposals {

  private final RoundRepository rounds;
  private final ProposalRepository proposals;
  private final DecisionRepository decisions;
  private final MobilizationModels models;
  private final Units units;
  private final RoundAccess access;
  private final ProposalMoves moves;
  private final RecognitionAudit audit;
  private final Clock clock;

  RoundProposals(
      RoundRepository rounds,
      ProposalRepository proposals,
      DecisionRepository decisions,
      MobilizationModels models,
      Units units,
      RoundAccess access,
      ProposalMoves moves,
      RecognitionAudit audit,
      Clock clock) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.decisions = decisions;
    this.models = models;
    this.units = units;
    this.access = access;
    this.moves = moves;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a unit sends with a proposal besides the model: its own consideration. */
  public record Dossier(String considerationNote, Integer votesFor, Integer votesAgainst) {
    public static Dossier none() {
      return new Dossier(null, null, null);
    }
  }

  /** Proposes a model to a round, by the user's unit. */
  public ProposalView propose(long roundId, long modelId, Dossier dossier) {
    var user = access.userWith(Permission.PROPOSALS_SUBMIT, "recognition.error.proposer-only");
    access.readable(user, roundId);
    // One proposal at a time per round: a second one sees the first (and a closed round).
    rounds.lock(roundId);
    var round = access.load(roundId);
    var model = models.get(modelId);
    var result = ProposalRules.check(candidate(user, round, model));
    if (!result.isAccepted()) {
      throw new BusinessRuleException(result.refusal().messageKey(), result.refusal().arguments());
    }
    var d = dossier == null ? Dossier.none() : dossier;
    var id =
        proposals.insert(
            roundId,
            modelId,
            model.details().ownerKind(),
            user.unitCode(),
            result.accepted().basis().map(ProposalRules.Standing::id).orElse(null),
            new ProposalRepository.Dossier(
                blankToNull(d.considerationNote()), d.votesFor(), d.votesAgainst()),
            user.username(),
            clock.instant());
    var proposal = access.loadProposal(id);
    audit.record(
        user,
        "PROPOSAL_SUBMITTED",
        ProposalMoves.PROPOSAL,
        id,
        user.unitCode(),
        model.title(),
        null,
        proposal);
    return proposal;
  }

  public ProposalView withdraw(long proposalId, int version) {
    var user = access.user();
    var proposal = access.loadProposal(proposalId);
    if (!user.can(Permission.PROPOSALS_SUBMIT)
        || !user.unitCode().equals(proposal.proposingUnitCode())) {
      throw new ForbiddenException("recognition.error.proposer-only");
    }
    var round = access.readable(user, proposal.roundId());
    new ReviewRound(round).requireOpen();
    return moves.move(
        user, round, proposal, version, ProposalState.WITHDRAWN, Why.none(), "PROPOSAL_WITHDRAWN");
  }

  private ProposalRules.Candidate candidate(CurrentUser user, RoundView round, ModelView model) {
    var standings =
        decisions.ofModel(model.id()).stream()
            .filter(RecognitionView::isStanding)
            .map(r -> new ProposalRules.Standing(r.id(), r.level(), r.unitCode()))
            .toList();
    var alreadyProposed =
        proposals.ofModel(model.id()).stream()
            .anyMatch(
                p ->
                    p.roundId() == round.id()
                        && p.state() != ProposalState.RETURNED
                        && p.state() != ProposalState.WITHDRAWN);
    return new ProposalRules.Candidate(
        new ProposalRules.Round(
            round.unitCode(),
            round.level(),
            round.year(),
            round.proposalDeadline(),
            round.isOpen()),
        units.today(),
        user.unitCode(),
        units.chain(model.unitCode(), units.asOfYear(round.year())),
        standings,
        model.registration(round.year()).map(r -> r.state().isRegistered()).orElse(false),
        alreadyProposed);
  }
}

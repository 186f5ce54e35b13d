package vn.dvk.recognition;

import static vn.dvk.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.recognition.ProposalMoves.Why;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ProposalRules;
import vn.dvk.recognition.domain.RecognitionReads;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.Violations;
import vn.dvk.units.UnitView;
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
  private final RecognitionReads recognitions;
  private final MobilizationModels models;
  private final Units units;
  private final RoundAccess access;
  private final ProposalMoves moves;
  private final RecognitionAudit audit;
  private final Clock clock;

  RoundProposals(
      RoundRepository rounds,
      ProposalRepository proposals,
      RecognitionReads recognitions,
      MobilizationModels models,
      Units units,
      RoundAccess access,
      ProposalMoves moves,
      RecognitionAudit audit,
      Clock clock) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.recognitions = recognitions;
    this.models = models;
    this.units = units;
    this.access = access;
    this.moves = moves;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a unit sends with a proposal besides the model: its own consideration; and, to a round
   * recorded from paper, the day the paper record says it was proposed ({@code proposedOn}: the
   * round's deadline when it does not say).
   */
  public record Dossier(
      String considerationNote, Integer votesFor, Integer votesAgainst, LocalDate proposedOn) {

    public Dossier(String considerationNote, Integer votesFor, Integer votesAgainst) {
      this(considerationNote, votesFor, votesAgainst, null);
    }

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
    var result = ProposalRules.check(candidate(user.unitCode(), round, model));
    if (!result.isAccepted()) {
      throw new BusinessRuleException(result.refusal().messageKey(), result.refusal().arguments());
    }
    var d = dossier == null ? Dossier.none() : dossier;
    Violations.check()
        .including(new ReviewRound(round).paperDay("proposedOn", d.proposedOn(), units.today()))
        .refuseAny();
    return insert(user, round, model, user.unitCode(), result.accepted(), d);
  }

  /**
   * Writes an accepted proposal by the unit, made when its dossier says for a round recorded from
   * paper, else now; and records it in the audit log.
   */
  ProposalView insert(
      CurrentUser user,
      RoundView round,
      ModelView model,
      String proposerUnitCode,
      ProposalRules.Accepted accepted,
      Dossier d) {
    var id =
        proposals.insert(
            round.id(),
            model.id(),
            model.details().ownerKind(),
            proposerUnitCode,
            accepted.basis().map(ProposalRules.Standing::id).orElse(null),
            new ProposalRepository.Dossier(
                blankToNull(d.considerationNote()), d.votesFor(), d.votesAgainst()),
            user.username(),
            round.isRecorded()
                ? ReviewRound.onPaper(
                    d.proposedOn() == null ? round.proposalDeadline() : d.proposedOn())
                : clock.instant());
    var proposal = access.loadProposal(id);
    audit.record(
        user,
        "PROPOSAL_SUBMITTED",
        ProposalMoves.PROPOSAL,
        id,
        proposerUnitCode,
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

  /**
   * What {@link ProposalRules} look at when the unit proposes the model to the round; when no unit
   * is named, the unit the rules expect (a round recorded from paper lists its proposals itself).
   */
  ProposalRules.Candidate candidate(String proposerUnitCode, RoundView round, ModelView model) {
    var standings =
        recognitions.ofModel(model.id()).stream()
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
    var chain = units.chain(model.unitCode(), units.asOfYear(round.year()));
    var proposer =
        proposerUnitCode != null
            ? proposerUnitCode
            : ProposalRules.proposerOf(chain, round.unitCode()).map(UnitView::code).orElse(null);
    return new ProposalRules.Candidate(
        new ProposalRules.Round(
            round.unitCode(),
            round.level(),
            round.year(),
            round.proposalDeadline(),
            round.isOpen(),
            round.isRecorded()),
        units.today(),
        proposer,
        chain,
        standings,
        model.registration(round.year()).map(r -> r.state().isRegistered()).orElse(false),
        alreadyProposed);
  }
}

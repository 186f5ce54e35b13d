package vn.dvk.recognition;

import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.recognition.ProposalMoves.Why;
import vn.dvk.recognition.ReviewRounds.Entry;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.RequestRules;
import vn.dvk.shared.RequiredText;
import vn.dvk.shared.Text;

/**
 * Issues a round's decision: the proposals the council's vote carried are recognized at the round's
 * level by one numbered decision; the others are not, each with its reason. The reviewer who
 * proposed any of them may not issue it (maker-checker). Of two reviewers issuing at once, one gets
 * a conflict and nothing of theirs is written.
 */
@Service
@Transactional
public class RoundDecisions {

  private final RoundRepository rounds;
  private final ProposalRepository proposals;
  private final DecisionRepository decisions;
  private final RoundAccess access;
  private final RoundBoard board;
  private final ProposalMoves moves;
  private final RecognitionAudit audit;
  private final RequestRules rules;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RoundDecisions(
      RoundRepository rounds,
      ProposalRepository proposals,
      DecisionRepository decisions,
      RoundAccess access,
      RoundBoard board,
      ProposalMoves moves,
      RecognitionAudit audit,
      RequestRules rules,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.decisions = decisions;
    this.access = access;
    this.board = board;
    this.moves = moves;
    this.audit = audit;
    this.rules = rules;
    this.events = events;
    this.clock = clock;
  }

  /** The round's decision as the reviewer issues it. */
  public record Issue(
      @NotNull(message = "{validation.required}") LocalDate date,
      @RequiredText(max = 200) String signerName,
      @RequiredText(max = 200) String signerTitle,
      Map<Long, @Text(max = 2000) String> reasons,
      Set<Long> outstanding) {

    /** A decision naming no model outstanding. */
    public Issue(LocalDate date, String signerName, String signerTitle, Map<Long, String> reasons) {
      this(date, signerName, signerTitle, reasons, Set.of());
    }
  }

  public RoundView decide(long roundId, Issue issue, int version) {
    var user = access.userWith(Permission.ROUNDS_MANAGE, "recognition.error.reviewer-only");
    if (!user.can(Permission.DECISIONS_ISSUE)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    var aggregate = access.managed(user, roundId, version);
    aggregate.requireStep(RoundState.DECIDED);
    rules.check(issue);
    var round = aggregate.view();
    var list = proposals.ofRound(roundId);
    if (list.stream().anyMatch(p -> p.proposedBy().equals(user.username()))) {
      throw new ForbiddenException("recognition.error.maker-checker");
    }
    // Claim the round first: a second reviewer on the same version stops here.
    if (!rounds.bump(round)) {
      throw new ConflictException("recognition.error.round-changed");
    }
    var claimed = access.load(roundId);
    var entries = board.entries(claimed, list.stream().filter(p -> p.state().isActive()).toList());
    var verdicts = entries.stream().map(e -> new Judged(e, verdict(e, round, issue))).toList();
    var decisionId = issueDecision(user, round, issue, verdicts);
    verdicts.forEach(judged -> apply(user, round, judged, decisionId, issue));
    if (!rounds.decide(claimed, decisionId, user.username(), clock.instant())) {
      throw new ConflictException("recognition.error.round-changed");
    }
    var after = access.load(roundId);
    audit.record(
        user,
        "ROUND_DECIDED",
        RoundAdministration.ROUND,
        roundId,
        round.unitCode(),
        decisionId == null ? "—" : decisions.find(decisionId).map(DecisionView::number).orElse(""),
        RecognitionAudit.fields("state", round.state()),
        RecognitionAudit.fields("state", after.state(), "decision", after.decisionId()));
    return after;
  }

  private record Judged(Entry entry, ReviewRound.Verdict verdict) {
    boolean recognized() {
      return verdict.state() == ProposalState.RECOGNIZED;
    }
  }

  private ReviewRound.Verdict verdict(Entry entry, RoundView round, Issue issue) {
    var reasons = issue.reasons() == null ? Map.<Long, String>of() : issue.reasons();
    return ReviewRound.verdict(
        entry.outcome(),
        board.stillStanding(entry.proposal(), round),
        reasons.get(entry.proposal().id()));
  }

  /** One numbered decision for everything recognized; none when nothing is. */
  private Long issueDecision(
      CurrentUser user, RoundView round, Issue issue, List<Judged> verdicts) {
    if (verdicts.stream().noneMatch(Judged::recognized)) {
      return null;
    }
    return issue(user, round, issue.date(), issue.signerName(), issue.signerTitle(), null);
  }

  /**
   * The round's recognition decision, numbered next in its unit's year unless {@code number} is
   * given (as a decision recorded from paper has it).
   */
  long issue(
      CurrentUser user,
      RoundView round,
      LocalDate date,
      String signerName,
      String signerTitle,
      String number) {
    return decisions.insert(
        new DecisionRepository.NewDecision(
            DecisionKind.RECOGNITION,
            round.unitCode(),
            round.level(),
            date,
            signerName.trim(),
            signerTitle.trim(),
            round.id(),
            null,
            number),
        user.username(),
        clock.instant());
  }

  private void apply(
      CurrentUser user, RoundView round, Judged judged, Long decisionId, Issue issue) {
    var proposal = judged.entry().proposal();
    var verdict = judged.verdict();
    if (judged.recognized()) {
      var outstanding = issue.outstanding() == null ? Set.<Long>of() : issue.outstanding();
      grant(round, proposal, decisionId, outstanding.contains(proposal.id()));
    }
    moves.move(
        user,
        round,
        proposal,
        proposal.version(),
        verdict.state(),
        new Why(verdict.reason(), verdict.reasonMessage()),
        judged.recognized() ? "PROPOSAL_RECOGNIZED" : "PROPOSAL_NOT_RECOGNIZED");
  }

  /** Recognizes the proposal's model at the round's level by the decision, and says so. */
  void grant(RoundView round, ProposalView proposal, long decisionId, boolean outstanding) {
    var recognitionId =
        decisions.insertRecognition(
            proposal.modelId(),
            proposal.ownerKind(),
            round.level(),
            round.unitCode(),
            round.year(),
            decisionId,
            round.id(),
            proposal.id(),
            outstanding);
    events.publishEvent(
        new RecognitionGranted(
            proposal.modelId(), recognitionId, round.unitCode(), round.level(), round.year()));
  }
}

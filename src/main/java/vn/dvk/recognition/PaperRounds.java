package vn.dvk.recognition;

import static vn.dvk.shared.Texts.blankToNull;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.recognition.PaperResultCheck.Line;
import vn.dvk.recognition.ProposalMoves.Why;
import vn.dvk.recognition.domain.PaperMinutes.PaperVote;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.Text;

/**
 * Records a round held before the system from its paper minutes, in one call: its proposals (those
 * the units already sent to it, and the others listed), the council's votes on each, the meeting,
 * and the numbered decision as the paper gives them, with the paper's dates. Every row is checked
 * with the rules of a proposal and of the minutes; any refusal refuses all, each listed by row, and
 * nothing is written. Recognitions made so are real ones: same decision, same events.
 */
@Service
@Transactional
public class PaperRounds {

  private final RoundRepository rounds;
  private final ProposalRepository proposals;
  private final RoundAccess access;
  private final PaperResultCheck check;
  private final RoundProposals proposing;
  private final RoundDecisions deciding;
  private final ProposalMoves moves;
  private final RecognitionAudit audit;
  private final Clock clock;

  PaperRounds(
      RoundRepository rounds,
      ProposalRepository proposals,
      RoundAccess access,
      PaperResultCheck check,
      RoundProposals proposing,
      RoundDecisions deciding,
      ProposalMoves moves,
      RecognitionAudit audit,
      Clock clock) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.access = access;
    this.check = check;
    this.proposing = proposing;
    this.deciding = deciding;
    this.moves = moves;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The round's result as its minutes give it: the meeting, the council's size when they say it,
   * the decision (needed when anything is recognized) and each proposal's result.
   */
  public record PaperResult(
      LocalDate meetingDate,
      @Text(max = 300) String meetingPlace,
      Integer councilSize,
      @Text(max = 60) String decisionNumber,
      LocalDate decisionDate,
      @Text(max = 200) String signerName,
      @Text(max = 200) String signerTitle,
      List<@Valid PaperProposal> proposals) {}

  /**
   * One proposal's result: its model (by id, or by the id of one of its registrations), when it was
   * proposed (the round's deadline when the paper does not say), the votes for and against, or only
   * whether it was recognized, and why not.
   */
  public record PaperProposal(
      Long modelId,
      Long registrationId,
      LocalDate proposedOn,
      Integer votesFor,
      Integer votesAgainst,
      Boolean recognized,
      @Text(max = 2000) String reason,
      Boolean outstanding) {

    PaperVote vote() {
      return new PaperVote(votesFor, votesAgainst, recognized);
    }
  }

  public RoundView record(long roundId, PaperResult result, int version) {
    var user = access.reviewer();
    if (!user.can(Permission.DECISIONS_ISSUE)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    access.managed(user, roundId, version).requireRecorded();
    rounds.lock(roundId);
    var aggregate = new ReviewRound(access.load(roundId));
    aggregate.requireVersion(version);
    var lines = check.check(aggregate, result);
    var round = aggregate.view();
    var written = propose(user, round, lines);
    var met = meet(user, round, result);
    var decisionId =
        lines.stream().anyMatch(Line::recognized)
            ? deciding.issue(
                user,
                met,
                result.decisionDate(),
                result.signerName(),
                result.signerTitle(),
                result.decisionNumber().trim())
            : null;
    conclude(user, met, lines, written, decisionId, result);
    var after = access.load(round.id());
    audit.record(
        user,
        "ROUND_RECORDED",
        RoundAdministration.ROUND,
        round.id(),
        round.unitCode(),
        decisionId == null ? "—" : result.decisionNumber().trim(),
        RecognitionAudit.fields("state", round.state()),
        RecognitionAudit.fields(
            "state", after.state(), "decision", after.decisionId(), "paper", result));
    return after;
  }

  /** Each row's proposal: the one the unit sent, or a new one made on the paper's day. */
  private List<ProposalView> propose(CurrentUser user, RoundView round, List<Line> lines) {
    var written = new ArrayList<ProposalView>();
    for (var line : lines) {
      var proposal =
          line.existing() != null
              ? line.existing()
              : proposing.insert(
                  user,
                  round,
                  line.model(),
                  line.candidate().proposerUnitCode(),
                  line.accepted(),
                  new RoundProposals.Dossier(null, null, null, line.row().proposedOn()));
      proposals.recordCouncilVotes(proposal.id(), line.row().votesFor(), line.row().votesAgainst());
      written.add(proposal);
    }
    return written;
  }

  /** What the minutes made of each proposal, as of the decision's day, and the round decided. */
  private void conclude(
      CurrentUser user,
      RoundView met,
      List<Line> lines,
      List<ProposalView> written,
      Long decisionId,
      PaperResult result) {
    var decidedOn =
        ReviewRound.onPaper(decisionId == null ? result.meetingDate() : result.decisionDate());
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i);
      var proposal = written.get(i);
      if (line.recognized()) {
        deciding.grant(met, proposal, decisionId, Boolean.TRUE.equals(line.row().outstanding()));
      }
      var verdict = line.verdict();
      moves.move(
          user,
          met,
          proposal,
          proposal.version(),
          verdict.state(),
          new Why(verdict.reason(), verdict.reasonMessage()),
          line.recognized() ? "PROPOSAL_RECOGNIZED" : "PROPOSAL_NOT_RECOGNIZED",
          decidedOn);
    }
    if (!rounds.decide(met, decisionId, user.username(), clock.instant())) {
      throw new ConflictException("recognition.error.round-changed");
    }
  }

  /** The meeting as the minutes give it: its date and place, the council's size. */
  private RoundView meet(CurrentUser user, RoundView round, PaperResult result) {
    rounds.recordCouncilSize(round.id(), result.councilSize());
    if (!rounds.recordMeeting(
        round, result.meetingDate(), blankToNull(result.meetingPlace()), null, Set.of())) {
      throw new ConflictException("recognition.error.round-changed");
    }
    audit.record(
        user,
        "MEETING_RECORDED",
        RoundAdministration.ROUND,
        round.id(),
        round.unitCode(),
        String.valueOf(result.meetingDate()),
        null,
        RecognitionAudit.fields(
            "date", result.meetingDate(), "place", result.meetingPlace(), "paper", true));
    return access.load(round.id());
  }
}

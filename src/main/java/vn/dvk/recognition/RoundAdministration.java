package vn.dvk.recognition;

import static vn.dvk.shared.Texts.blankToNull;

import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.recognition.ProposalMoves.Why;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.RequestRules;
import vn.dvk.shared.RequiredText;
import vn.dvk.shared.Text;
import vn.dvk.shared.Violations;
import vn.dvk.units.Units;

/**
 * What a reviewer does with a round at their unit's level before its decision: opens it, returns a
 * proposal for revision, and records the meeting ({@link CouncilFormation} forms its council).
 * Every action is recorded in the audit log, and a change made on a stale version gets a conflict.
 */
@Service
@Transactional
public class RoundAdministration {

  static final String ROUND = "ROUND";

  private final RoundRepository rounds;
  private final Units units;
  private final RoundAccess access;
  private final ProposalMoves moves;
  private final RecognitionAudit audit;
  private final RequestRules rules;
  private final Clock clock;

  RoundAdministration(
      RoundRepository rounds,
      Units units,
      RoundAccess access,
      ProposalMoves moves,
      RecognitionAudit audit,
      RequestRules rules,
      Clock clock) {
    this.rounds = rounds;
    this.units = units;
    this.access = access;
    this.moves = moves;
    this.audit = audit;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * What a reviewer fills in to open a round, on the page or through the API; the level is that of
   * the reviewer's unit. Each field's own rules are declared here, once; the scale's rule (its
   * lowest below its highest) is the round's. A round held before the system is opened {@code
   * recordedFromPaper}, with the deadline of its paper record (see {@link PaperRounds}).
   */
  public record OpenRound(
      @NotNull(message = "{validation.required}") @MovementYear Integer year,
      @RequiredText(max = 300) String title,
      @NotNull(message = "{validation.required}") LocalDate proposalDeadline,
      Integer scaleMin,
      Integer scaleMax,
      VoteRule voteRule,
      Boolean recordedFromPaper) {

    /** A round held in the system (not recorded from paper). */
    public OpenRound(
        Integer year,
        String title,
        LocalDate proposalDeadline,
        Integer scaleMin,
        Integer scaleMax,
        VoteRule voteRule) {
      this(year, title, proposalDeadline, scaleMin, scaleMax, voteRule, false);
    }
  }

  /** The meeting as recorded: when, where, who attended. */
  public record Meeting(
      LocalDate date,
      @Text(max = 300) String place,
      @Text(max = 2000) String note,
      Set<String> present) {}

  /**
   * Opens a round. One recorded from paper is a round already held: its proposal deadline must have
   * passed, so that no round still running can skip its council's ballots.
   */
  public RoundView open(OpenRound request) {
    var user = access.reviewer();
    var scale = ReviewRound.Scale.of(request.scaleMin(), request.scaleMax());
    Violations.check()
        .including(rules.violations(request))
        .when(!scale.isValid(), "scaleMax", "recognition.error.scale")
        .when(
            Boolean.TRUE.equals(request.recordedFromPaper())
                && request.proposalDeadline() != null
                && !request.proposalDeadline().isBefore(units.today()),
            "recordedFromPaper",
            "recognition.error.paper-round-open")
        .refuseAny();
    var unit = units.get(user.unitCode(), units.today());
    var id =
        rounds.insert(
            new RoundRepository.NewRound(
                unit.code(),
                unit.level(),
                request.year(),
                request.title().trim(),
                request.proposalDeadline(),
                scale.min(),
                scale.max(),
                request.voteRule() == null ? VoteRule.MAJORITY_OF_PRESENT : request.voteRule(),
                Boolean.TRUE.equals(request.recordedFromPaper())),
            user.username(),
            clock.instant());
    var round = access.load(id);
    audit.record(user, "ROUND_OPENED", ROUND, id, unit.code(), round.title(), null, round);
    return round;
  }

  /** Sends a proposal back before the meeting, with what is to be revised. */
  public ProposalView returnForRevision(long proposalId, String reason, int version) {
    var user = access.reviewer();
    var proposal = access.loadProposal(proposalId);
    var round = access.managed(user, proposal.roundId(), null);
    round.requireOpen();
    Violations.check().required("reason", reason).refuseAny();
    return moves.move(
        user,
        round.view(),
        proposal,
        version,
        ProposalState.RETURNED,
        Why.typed(reason.trim()),
        "PROPOSAL_RETURNED");
  }

  public RoundView recordMeeting(long roundId, Meeting meeting, int version) {
    var user = access.reviewer();
    var aggregate = access.managed(user, roundId, version);
    var present = meeting.present() == null ? Set.<String>of() : meeting.present();
    aggregate.checkMeeting(meeting.date(), present, rules.violations(meeting));
    var round = aggregate.view();
    if (!rounds.recordMeeting(
        round,
        meeting.date(),
        blankToNull(meeting.place()),
        blankToNull(meeting.note()),
        present)) {
      throw new ConflictException("recognition.error.round-changed");
    }
    audit.record(
        user,
        "MEETING_RECORDED",
        ROUND,
        roundId,
        round.unitCode(),
        String.valueOf(meeting.date()),
        null,
        RecognitionAudit.fields(
            "date", meeting.date(), "place", meeting.place(), "present", new TreeSet<>(present)));
    return access.load(roundId);
  }
}

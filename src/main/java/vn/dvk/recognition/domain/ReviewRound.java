package vn.dvk.recognition.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.ProposalView;
import vn.dvk.recognition.RoundState;
import vn.dvk.recognition.RoundView;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.MovementTime;
import vn.dvk.shared.Violations;
import vn.dvk.shared.i18n.Message;

/**
 * A review round and the rules of its life (SPEC §4): what opening one takes; that it takes
 * proposals, council changes and ballots only while open; that it moves {@code OPEN → MEETING_HELD
 * → DECIDED} one step at a time; what its meeting record needs; and what each proposal comes to
 * when the decision is issued; and, for a round recorded from paper, what its minutes' result must
 * say and what it comes to. The services load the round, ask it, and write what it allows.
 */
public final class ReviewRound {

  /** The scale a round scores on when its reviewer names none. */
  public static final Scale DEFAULT_SCALE = new Scale(0, 10);

  /** The lowest and highest score a council member may give on each criterion. */
  public record Scale(int min, int max) {
    public static Scale of(Integer min, Integer max) {
      return new Scale(
          min == null ? DEFAULT_SCALE.min() : min, max == null ? DEFAULT_SCALE.max() : max);
    }

    /** Within 0 to 100, its lowest below its highest. */
    public boolean isValid() {
      return min >= 0 && max <= 100 && min < max;
    }
  }

  /** What the decision does with one proposal: recognizes it, or not and why. */
  public record Verdict(ProposalState state, String reason, Message reasonMessage) {}

  private final RoundView round;

  public ReviewRound(RoundView round) {
    this.round = round;
  }

  public RoundView view() {
    return round;
  }

  /** Proposals, the council, assignments, returns and ballots change only while it is open. */
  public void requireOpen() {
    if (!round.isOpen()) {
      throw new BusinessRuleException("recognition.error.round-closed");
    }
  }

  /** The round may move to {@code next} only from the state just before it. */
  public void requireStep(RoundState next) {
    if (!round.state().canTransitionTo(next)) {
      throw new BusinessRuleException(
          next == RoundState.DECIDED && round.isOpen()
              ? "recognition.error.no-meeting-yet"
              : "recognition.error.round-closed");
    }
  }

  /** The change was made on the round's current version, or someone changed it first. */
  public void requireVersion(Integer version) {
    if (version != null && round.version() != version) {
      throw new ConflictException("recognition.error.round-changed");
    }
  }

  /**
   * A meeting needs its date, a council, and only council members among those present; refused with
   * those and whatever else was found wrong with its record ({@code alsoWrong}).
   */
  public void checkMeeting(LocalDate date, Set<String> present, List<Violation> alsoWrong) {
    requireStep(RoundState.MEETING_HELD);
    var check =
        Violations.check()
            .including(alsoWrong)
            .required("date", date)
            .when(round.members().isEmpty(), "present", "recognition.error.no-council");
    present.stream()
        .filter(username -> !round.isMember(username))
        .forEach(
            username ->
                check.when(true, "present", "recognition.error.not-a-council-member", username));
    check.refuseAny();
  }

  /**
   * A member may score and vote on a proposal while the round is open and the proposal before the
   * council, once, and not after stepping aside from it.
   */
  public void checkBallot(ProposalView proposal, boolean submitted, boolean recused) {
    if (!round.isOpen() || !proposal.state().isActive()) {
      throw new BusinessRuleException("recognition.error.ballot-closed");
    }
    if (submitted) {
      throw new BusinessRuleException("recognition.error.ballot-submitted");
    }
    if (recused) {
      throw new BusinessRuleException("recognition.error.recused");
    }
  }

  /**
   * What the decision does with a proposal: recognized when the council's vote carried it and it
   * still stands (the recognition below it stands, and this unit has not recognized the model
   * meanwhile); otherwise not, for the reviewer's reason, or else for what the vote came to.
   */
  public static Verdict verdict(
      CouncilVote.Outcome outcome, boolean stillStanding, String reviewersReason) {
    if (!stillStanding) {
      return notRecognized(Message.of("recognition.reason.basis-gone"));
    }
    if (outcome.recognized()) {
      return new Verdict(ProposalState.RECOGNIZED, null, null);
    }
    if (reviewersReason != null && !reviewersReason.isBlank()) {
      return new Verdict(ProposalState.NOT_RECOGNIZED, reviewersReason.trim(), null);
    }
    return notRecognized(
        Message.of(
            outcome.quorum() ? "recognition.reason.vote" : "recognition.reason.vote-no-quorum",
            outcome.agree(),
            outcome.present()));
  }

  /**
   * Noon of a day of the paper record, in the movement's zone: the instant a recorded entry keeps.
   */
  public static Instant onPaper(LocalDate day) {
    return MovementTime.onPaper(day);
  }

  /** A day given from the paper record: only a round recorded from paper takes one, none ahead. */
  public List<Violation> paperDay(String field, LocalDate day, LocalDate today) {
    return Violations.check()
        .when(day != null && !round.isRecorded(), field, "recognition.error.paper-only")
        .when(day != null && day.isAfter(today), field, "recognition.error.paper-day-ahead")
        .list();
  }

  /** Only a round recorded from paper takes its result from the minutes, once, while it is open. */
  public void requireRecorded() {
    if (!round.isRecorded()) {
      throw new BusinessRuleException("recognition.error.not-recorded");
    }
    requireStep(RoundState.MEETING_HELD);
  }

  /** The rules of the round's result as its paper minutes give it. */
  public PaperMinutes minutes() {
    return new PaperMinutes(round);
  }

  private static Verdict notRecognized(Message reason) {
    return new Verdict(ProposalState.NOT_RECOGNIZED, null, reason);
  }
}

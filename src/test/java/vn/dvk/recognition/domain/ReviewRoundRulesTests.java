package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.ProposalView;
import vn.dvk.recognition.RoundState;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.recognition.domain.ReviewRound.Scale;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.i18n.Message;
import vn.dvk.units.Level;

class ReviewRoundRulesTests {

  static final LocalDate DEADLINE = LocalDate.of(2023, 10, 31);

  @Test
  void aRoundMovesForwardOneStepAtATime() {
    assertThat(RoundState.OPEN.canTransitionTo(RoundState.MEETING_HELD)).isTrue();
    assertThat(RoundState.MEETING_HELD.canTransitionTo(RoundState.DECIDED)).isTrue();
    assertThat(RoundState.OPEN.canTransitionTo(RoundState.DECIDED)).isFalse();
    assertThat(RoundState.DECIDED.canTransitionTo(RoundState.OPEN)).isFalse();
    assertThat(RoundState.MEETING_HELD.canTransitionTo(RoundState.OPEN)).isFalse();
  }

  @Test
  void onlyAProposalBeforeTheCouncilMovesAndEveryOtherStateIsFinal() {
    for (var next : List.of(ProposalState.values())) {
      assertThat(ProposalState.PROPOSED.canTransitionTo(next))
          .isEqualTo(next != ProposalState.PROPOSED);
      for (var done : List.of(ProposalState.values())) {
        if (done != ProposalState.PROPOSED) {
          assertThat(done.canTransitionTo(next)).isFalse();
        }
      }
    }
  }

  @Test
  void aRoundsScaleRisesWithin0To100() {
    assertThat(new Scale(5, 5).isValid()).isFalse();
    assertThat(new Scale(0, 101).isValid()).isFalse();
    assertThat(new Scale(-1, 10).isValid()).isFalse();
    assertThat(new Scale(1, 100).isValid()).isTrue();
    assertThat(Scale.of(null, null).isValid()).isTrue();
  }

  @Test
  void aRoundScoresFrom0To10WhenItsReviewerNamesNoScale() {
    assertThat(Scale.of(null, null)).isEqualTo(new Scale(0, 10));
    assertThat(Scale.of(1, null)).isEqualTo(new Scale(1, 10));
  }

  @Test
  void aClosedRoundTakesNoMoreChangesAndADecisionWaitsForTheMeeting() {
    var open = new ReviewRound(round(RoundState.OPEN, List.of()));
    var held = new ReviewRound(round(RoundState.MEETING_HELD, List.of()));
    var decided = new ReviewRound(round(RoundState.DECIDED, List.of()));

    assertThatCode(open::requireOpen).doesNotThrowAnyException();
    assertThat(refusal(held::requireOpen)).isEqualTo("recognition.error.round-closed");
    assertThat(refusal(() -> open.requireStep(RoundState.DECIDED)))
        .isEqualTo("recognition.error.no-meeting-yet");
    assertThatCode(() -> held.requireStep(RoundState.DECIDED)).doesNotThrowAnyException();
    assertThat(refusal(() -> decided.requireStep(RoundState.DECIDED)))
        .isEqualTo("recognition.error.round-closed");
  }

  @Test
  void aChangeMadeOnAnOlderVersionOfTheRoundIsAConflict() {
    var round = new ReviewRound(round(RoundState.OPEN, List.of()));

    assertThatCode(() -> round.requireVersion(3)).doesNotThrowAnyException();
    assertThatCode(() -> round.requireVersion(null)).doesNotThrowAnyException();
    assertThat(catchThrowableOfType(ConflictException.class, () -> round.requireVersion(2)))
        .isNotNull();
  }

  @Test
  void aMeetingNeedsItsDateACouncilAndOnlyCouncilMembersPresent() {
    var withoutCouncil = new ReviewRound(round(RoundState.OPEN, List.of()));
    var withCouncil = new ReviewRound(round(RoundState.OPEN, List.of("council.tl")));

    var refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> withoutCouncil.checkMeeting(null, Set.of("someone"), List.of()));
    assertThat(refused.violations())
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("date", "validation.required"),
            org.assertj.core.groups.Tuple.tuple("present", "recognition.error.no-council"),
            org.assertj.core.groups.Tuple.tuple(
                "present", "recognition.error.not-a-council-member"));
    assertThatCode(() -> withCouncil.checkMeeting(DEADLINE, Set.of("council.tl"), List.of()))
        .doesNotThrowAnyException();
    assertThat(
            refusal(
                () ->
                    new ReviewRound(round(RoundState.MEETING_HELD, List.of("council.tl")))
                        .checkMeeting(DEADLINE, Set.of(), List.of())))
        .isEqualTo("recognition.error.round-closed");
  }

  @Test
  void aMemberVotesOnceOnAnOpenProposalAndNotAfterSteppingAside() {
    var open = new ReviewRound(round(RoundState.OPEN, List.of("council.tl")));
    var held = new ReviewRound(round(RoundState.MEETING_HELD, List.of("council.tl")));

    assertThatCode(() -> open.checkBallot(proposal(ProposalState.PROPOSED), false, false))
        .doesNotThrowAnyException();
    assertThat(refusal(() -> held.checkBallot(proposal(ProposalState.PROPOSED), false, false)))
        .isEqualTo("recognition.error.ballot-closed");
    assertThat(refusal(() -> open.checkBallot(proposal(ProposalState.WITHDRAWN), false, false)))
        .isEqualTo("recognition.error.ballot-closed");
    assertThat(refusal(() -> open.checkBallot(proposal(ProposalState.PROPOSED), true, false)))
        .isEqualTo("recognition.error.ballot-submitted");
    assertThat(refusal(() -> open.checkBallot(proposal(ProposalState.PROPOSED), false, true)))
        .isEqualTo("recognition.error.recused");
  }

  @Test
  void aProposalTheVoteCarriedIsRecognizedWhileWhatItRestsOnStands() {
    var carried = new CouncilVote.Outcome(3, 3, 3, 0, true, true);

    assertThat(ReviewRound.verdict(carried, true, "ignored").state())
        .isEqualTo(ProposalState.RECOGNIZED);
    var gone = ReviewRound.verdict(carried, false, null);
    assertThat(gone.state()).isEqualTo(ProposalState.NOT_RECOGNIZED);
    assertThat(gone.reasonMessage()).isEqualTo(Message.of("recognition.reason.basis-gone"));
  }

  @Test
  void aProposalNotCarriedKeepsTheReviewersReasonOrElseWhatTheVoteCameTo() {
    var lost = new CouncilVote.Outcome(3, 3, 1, 2, true, false);
    var noQuorum = new CouncilVote.Outcome(5, 2, 2, 0, false, false);

    var typed = ReviewRound.verdict(lost, true, "  Chưa lan tỏa ");
    assertThat(typed.reason()).isEqualTo("Chưa lan tỏa");
    assertThat(typed.reasonMessage()).isNull();
    assertThat(ReviewRound.verdict(lost, true, " ").reasonMessage())
        .isEqualTo(Message.of("recognition.reason.vote", 1, 3));
    assertThat(ReviewRound.verdict(noQuorum, true, null).reasonMessage())
        .isEqualTo(Message.of("recognition.reason.vote-no-quorum", 2, 2));
  }

  private static String refusal(Runnable action) {
    return catchThrowableOfType(BusinessRuleException.class, action::run).messageKey();
  }

  static RoundView round(RoundState state, List<String> members) {
    return new RoundView(
        1,
        3,
        "BT",
        Level.PROVINCE,
        2023,
        "Xét cấp tỉnh",
        DEADLINE,
        0,
        10,
        VoteRule.MAJORITY_OF_PRESENT,
        state,
        null,
        null,
        null,
        null,
        "reviewer",
        Instant.EPOCH,
        List.of(),
        members.stream().map(m -> new RoundView.MemberView(m, null)).toList(),
        null);
  }

  static ProposalView proposal(ProposalState state) {
    return new ProposalView(
        7,
        0,
        1,
        11,
        OwnerKind.values()[0],
        "BT.DL",
        state,
        null,
        null,
        null,
        null,
        null,
        null,
        "duclinh",
        Instant.EPOCH,
        null,
        null,
        null);
  }
}

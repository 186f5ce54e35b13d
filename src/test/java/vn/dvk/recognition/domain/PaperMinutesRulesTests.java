package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.RoundState;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.recognition.domain.PaperMinutes.PaperVote;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.MovementTime;
import vn.dvk.shared.i18n.Message;
import vn.dvk.units.Level;

/** A round recorded from paper: what its minutes' result must say and what it comes to. */
class PaperMinutesRulesTests {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final LocalDate MEETING = LocalDate.of(2024, 11, 20);

  @Test
  void onlyARoundRecordedFromPaperTakesItsResultFromMinutesAndOnlyWhileOpen() {
    assertThat(refusal(() -> round(VoteRule.MAJORITY_OF_PRESENT, false).requireRecorded()))
        .isEqualTo("recognition.error.not-recorded");
    assertThat(
            refusal(
                () ->
                    new ReviewRound(view(VoteRule.MAJORITY_OF_PRESENT, true, RoundState.DECIDED))
                        .requireRecorded()))
        .isEqualTo("recognition.error.round-closed");
    round(VoteRule.MAJORITY_OF_PRESENT, true).requireRecorded();
  }

  @Test
  void aDayOfThePaperRecordIsTakenOnlyByARecordedRoundAndNeverAfterToday() {
    var normal = round(VoteRule.MAJORITY_OF_PRESENT, false);
    var recorded = round(VoteRule.MAJORITY_OF_PRESENT, true);

    assertThat(keys(normal.paperDay("proposedOn", MEETING, TODAY)))
        .containsExactly("recognition.error.paper-only");
    assertThat(normal.paperDay("proposedOn", null, TODAY)).isEmpty();
    assertThat(recorded.paperDay("proposedOn", MEETING, TODAY)).isEmpty();
    assertThat(keys(recorded.paperDay("proposedOn", TODAY.plusDays(1), TODAY)))
        .containsExactly("recognition.error.paper-day-ahead");
  }

  @Test
  void aRecordedEntryKeepsNoonOfThePaperDayInVietnam() {
    var kept = ReviewRound.onPaper(MEETING);

    assertThat(kept.atZone(MovementTime.ZONE).toLocalDate()).isEqualTo(MEETING);
    assertThat(kept.atOffset(java.time.ZoneOffset.UTC).toLocalDate()).isEqualTo(MEETING);
  }

  @Test
  void theMeetingNeedsItsDateTheDecisionNotBeforeItAndNeitherAfterToday() {
    var minutes = round(VoteRule.MAJORITY_OF_PRESENT, true).minutes();

    assertThat(fields(minutes.meeting(null, null, null, TODAY))).containsExactly("meetingDate");
    assertThat(keys(minutes.meeting(MEETING, MEETING.minusDays(1), 7, TODAY)))
        .containsExactly("recognition.error.decision-before-meeting");
    assertThat(keys(minutes.meeting(TODAY.plusDays(1), TODAY.plusDays(2), 7, TODAY)))
        .containsExactly("recognition.error.paper-day-ahead", "recognition.error.paper-day-ahead");
    assertThat(keys(minutes.meeting(MEETING, MEETING, 0, TODAY)))
        .containsExactly("recognition.error.council-size");
    assertThat(minutes.meeting(MEETING, MEETING.plusDays(5), null, TODAY)).isEmpty();
  }

  @Test
  void aMajorityOfAllMembersNeedsTheCouncilsSize() {
    var minutes = round(VoteRule.MAJORITY_OF_MEMBERS, true).minutes();

    assertThat(keys(minutes.meeting(MEETING, MEETING, null, TODAY)))
        .containsExactly("recognition.error.council-size-needed");
    assertThat(minutes.verdict(new PaperVote(4, 0, null), 9, null).state())
        .as("4 of 9 members is no majority of the members")
        .isEqualTo(ProposalState.NOT_RECOGNIZED);
    assertThat(minutes.verdict(new PaperVote(5, 0, null), 9, null).state())
        .isEqualTo(ProposalState.RECOGNIZED);
  }

  @Test
  void votesAreNeverNegativeComeTogetherAndNeverOutnumberTheCouncil() {
    var minutes = round(VoteRule.MAJORITY_OF_PRESENT, true).minutes();

    assertThat(minutes.vote("p[0]", new PaperVote(-1, 2, null), 7))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "p[0].votesFor", "recognition.error.paper-votes-negative"));
    assertThat(fields(minutes.vote("p[0]", new PaperVote(5, null, null), 7)))
        .containsExactly("p[0].votesAgainst");
    var over = minutes.vote("p[0]", new PaperVote(6, 2, null), 7);
    assertThat(keys(over)).containsExactly("recognition.error.paper-votes-over-council");
    assertThat(over.get(0).arguments()).containsExactly(8, 7);
    assertThat(minutes.vote("p[0]", new PaperVote(6, 2, null), null))
        .as("no council size given: any count")
        .isEmpty();
  }

  @Test
  void recognizedFollowsTheVoteByTheRoundsRuleOrIsStatedWhenTheMinutesGiveNoVotes() {
    var minutes = round(VoteRule.MAJORITY_OF_PRESENT, true).minutes();

    assertThat(minutes.vote("p", new PaperVote(5, 2, true), 7)).isEmpty();
    assertThat(minutes.vote("p", new PaperVote(5, 2, null), 7)).isEmpty();
    var contradicted = minutes.vote("p", new PaperVote(3, 4, true), 7);
    assertThat(fields(contradicted)).containsExactly("p.recognized");
    assertThat(keys(contradicted)).containsExactly("recognition.error.paper-vote-contradicts");
    assertThat(keys(minutes.vote("p", new PaperVote(null, null, null), 7)))
        .containsExactly("recognition.error.paper-result");
    assertThat(minutes.vote("p", new PaperVote(null, null, false), 7)).isEmpty();
  }

  @Test
  void whatTheMinutesMakeOfAProposalAndWhyNot() {
    var minutes = round(VoteRule.TWO_THIRDS_OF_PRESENT, true).minutes();

    assertThat(minutes.verdict(new PaperVote(4, 2, null), 7, null).state())
        .isEqualTo(ProposalState.RECOGNIZED);
    assertThat(minutes.verdict(new PaperVote(3, 2, null), 7, null).reasonMessage())
        .isEqualTo(Message.of("recognition.reason.vote", 3, 5));
    assertThat(minutes.verdict(new PaperVote(2, 1, null), 7, null).state())
        .as("3 of 7 present: no quorum")
        .isEqualTo(ProposalState.NOT_RECOGNIZED);
    assertThat(minutes.verdict(new PaperVote(null, null, true), 7, null).state())
        .isEqualTo(ProposalState.RECOGNIZED);
    assertThat(minutes.verdict(new PaperVote(null, null, false), null, null).reasonMessage())
        .isEqualTo(Message.of("recognition.reason.paper"));
    assertThat(minutes.verdict(new PaperVote(1, 5, null), 7, " Chưa lan tỏa ").reason())
        .isEqualTo("Chưa lan tỏa");
  }

  private static ReviewRound round(VoteRule rule, boolean recorded) {
    return new ReviewRound(view(rule, recorded, RoundState.OPEN));
  }

  static RoundView view(VoteRule rule, boolean recorded, RoundState state) {
    return new RoundView(
        1,
        0,
        "BT.DL",
        Level.DISTRICT,
        2024,
        "Xét cấp huyện 2024",
        LocalDate.of(2024, 10, 31),
        0,
        10,
        rule,
        state,
        null,
        null,
        null,
        null,
        "reviewer",
        Instant.EPOCH,
        List.of(),
        List.of(),
        recorded ? new RoundView.Paper("reviewer", null) : null);
  }

  private static List<String> keys(List<Violation> violations) {
    return violations.stream().map(Violation::messageKey).toList();
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  private static String refusal(Runnable action) {
    return catchThrowableOfType(BusinessRuleException.class, action::run).messageKey();
  }
}

package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.VoteRule;

class CouncilVoteTests {

  static final Set<String> FIVE = Set.of("a", "b", "c", "d", "e");

  @Test
  void moreThanHalfOfTheMembersPresentAgreeingRecognizes() {
    var outcome =
        CouncilVote.count(
            FIVE,
            Set.of("a", "b", "c", "d"),
            Set.of(),
            Map.of("a", true, "b", true, "c", true, "d", false),
            VoteRule.MAJORITY_OF_PRESENT);

    assertThat(outcome.recognized()).isTrue();
    assertThat(outcome.agree()).isEqualTo(3);
    assertThat(outcome.present()).isEqualTo(4);
  }

  @Test
  void exactlyHalfIsNotMoreThanHalf() {
    var outcome =
        CouncilVote.count(
            FIVE,
            Set.of("a", "b", "c", "d"),
            Set.of(),
            Map.of("a", true, "b", true, "c", false, "d", false),
            VoteRule.MAJORITY_OF_PRESENT);

    assertThat(outcome.recognized()).isFalse();
  }

  @Test
  void withoutAQuorumNothingIsRecognized() {
    var outcome =
        CouncilVote.count(
            FIVE,
            Set.of("a", "b"),
            Set.of(),
            Map.of("a", true, "b", true),
            VoteRule.MAJORITY_OF_PRESENT);

    assertThat(outcome.quorum()).isFalse();
    assertThat(outcome.recognized()).isFalse();
  }

  @Test
  void ballotsOfAbsentMembersDoNotCount() {
    var outcome =
        CouncilVote.count(
            FIVE,
            Set.of("a", "b", "c"),
            Set.of(),
            Map.of("a", false, "b", false, "d", true, "e", true),
            VoteRule.MAJORITY_OF_PRESENT);

    assertThat(outcome.agree()).isZero();
    assertThat(outcome.recognized()).isFalse();
  }

  @Test
  void aMemberWhoRecusedIsNotCountedForTheProposal() {
    var outcome =
        CouncilVote.count(
            FIVE,
            Set.of("a", "b", "c", "d"),
            Set.of("c", "d"),
            Map.of("a", true, "b", true, "c", false, "d", false),
            VoteRule.MAJORITY_OF_PRESENT);

    assertThat(outcome.present()).isEqualTo(2);
    assertThat(outcome.recognized()).isTrue();
  }

  @Test
  void theRuleIsConfigurable() {
    var ballots = Map.of("a", true, "b", true, "c", false);
    var present = Set.of("a", "b", "c");

    assertThat(
            CouncilVote.count(FIVE, present, Set.of(), ballots, VoteRule.TWO_THIRDS_OF_PRESENT)
                .recognized())
        .isTrue();
    assertThat(
            CouncilVote.count(FIVE, present, Set.of(), ballots, VoteRule.MAJORITY_OF_MEMBERS)
                .recognized())
        .as("two of five members is not a majority of the council")
        .isFalse();
  }

  @Test
  void aProposalIsJudgedByTheMembersAssignedToItWhileTheQuorumCountsTheWholeCouncil() {
    var nine = Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i");

    var outcome =
        CouncilVote.count(
            nine,
            Set.of("a", "b", "c"),
            nine,
            Set.of(),
            Map.of("a", true, "b", true, "c", false),
            VoteRule.MAJORITY_OF_PRESENT);

    assertThat(outcome.quorum()).isTrue();
    assertThat(outcome.present()).isEqualTo(3);
    assertThat(outcome.recognized()).isTrue();
  }
}

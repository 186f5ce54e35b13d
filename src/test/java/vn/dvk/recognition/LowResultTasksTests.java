package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.LowResultView.FollowUp;

class LowResultTasksTests {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  @Test
  void aFlagIsDueForReviewOnceEveryActionIsReported() {
    var flag = flag(reported(TODAY.plusDays(30)), reported(TODAY.plusDays(60)));

    assertThat(LowResultTasks.isDueForReview(flag, TODAY)).isTrue();
  }

  @Test
  void aFlagIsDueForReviewOnceItsLastActionsDayHasGoneByEvenUnreported() {
    var flag = flag(reported(TODAY.minusDays(30)), unreported(TODAY.minusDays(1)));

    assertThat(LowResultTasks.isDueForReview(flag, TODAY)).isTrue();
  }

  @Test
  void aFlagWhoseActionsAreStillUnderWayWaits() {
    var flag = flag(reported(TODAY.minusDays(30)), unreported(TODAY));

    assertThat(LowResultTasks.isDueForReview(flag, TODAY)).isFalse();
    assertThat(LowResultTasks.isDueForReview(flag(), TODAY)).isFalse();
  }

  private static LowResultView flag(FollowUp... actions) {
    return new LowResultView(
        1,
        0,
        10,
        "BT.DL",
        2026,
        "reason",
        LowResultView.State.OPEN,
        "reviewer",
        Instant.EPOCH,
        List.of(actions),
        List.of());
  }

  private static FollowUp reported(LocalDate due) {
    return new FollowUp(1, "action", due, "done", "duclinh", Instant.EPOCH);
  }

  private static FollowUp unreported(LocalDate due) {
    return new FollowUp(2, "action", due, null, null, null);
  }
}

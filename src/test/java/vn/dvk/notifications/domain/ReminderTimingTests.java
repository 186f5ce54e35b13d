package vn.dvk.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderTimingTests {

  private static final LocalDate DEADLINE = LocalDate.of(2023, 7, 31);

  @Test
  void theWeekBeforeADeadlineAndTheDayItselfGetTheReminderBefore() {
    assertThat(ReminderTiming.of(DEADLINE, DEADLINE.minusDays(7))).contains(ReminderTiming.BEFORE);
    assertThat(ReminderTiming.of(DEADLINE, DEADLINE)).contains(ReminderTiming.BEFORE);
  }

  @Test
  void theWeekAfterADeadlineGetsTheReminderAfter() {
    assertThat(ReminderTiming.of(DEADLINE, DEADLINE.plusDays(1))).contains(ReminderTiming.AFTER);
    assertThat(ReminderTiming.of(DEADLINE, DEADLINE.plusDays(7))).contains(ReminderTiming.AFTER);
  }

  @Test
  void outsideThoseWeeksNobodyIsReminded() {
    assertThat(ReminderTiming.of(DEADLINE, DEADLINE.minusDays(8))).isEmpty();
    assertThat(ReminderTiming.of(DEADLINE, DEADLINE.plusDays(8))).isEmpty();
  }
}

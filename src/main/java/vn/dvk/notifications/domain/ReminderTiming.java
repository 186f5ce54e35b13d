package vn.dvk.notifications.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a unit that has not met a deadline is reminded of it: in the week before it (the deadline
 * day included), and in the week after it. Outside those weeks, not at all.
 */
public enum ReminderTiming {
  BEFORE,
  AFTER;

  /** How many days before and after a deadline the reminders run. */
  public static final int DAYS = 7;

  /** The reminder due on {@code today} for the deadline, if any. */
  public static Optional<ReminderTiming> of(LocalDate deadline, LocalDate today) {
    if (!today.isAfter(deadline) && !today.isBefore(deadline.minusDays(DAYS))) {
      return Optional.of(BEFORE);
    }
    if (today.isAfter(deadline) && !today.isAfter(deadline.plusDays(DAYS))) {
      return Optional.of(AFTER);
    }
    return Optional.empty();
  }
}

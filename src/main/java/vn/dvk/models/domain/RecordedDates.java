package vn.dvk.models.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.MovementTime;

/**
 * The day a registration moved on paper, when a year that is already over is entered after the
 * fact: kept as that day (at noon in Vietnam), so that coverage counts when it really happened and
 * not the day of typing. Only a past year's registration takes one, and only a day from the year
 * before it to the year after it, never a day ahead.
 */
public final class RecordedDates {

  private RecordedDates() {}

  /** The instant to keep for the move: now, or the recorded day's noon. */
  public static Instant of(LocalDate recordedOn, int year, Instant now) {
    if (recordedOn == null) {
      return now;
    }
    var today = LocalDate.ofInstant(now, MovementTime.ZONE);
    if (year >= today.getYear()) {
      throw new BusinessRuleException("models.error.recorded-year-open", String.valueOf(year));
    }
    if (recordedOn.isAfter(today)) {
      throw new BusinessRuleException("models.error.recorded-day-ahead");
    }
    if (recordedOn.getYear() < year - 1 || recordedOn.getYear() > year + 1) {
      throw new BusinessRuleException(
          "models.error.recorded-day-range", String.valueOf(year - 1), String.valueOf(year + 1));
    }
    return MovementTime.onPaper(recordedOn);
  }
}

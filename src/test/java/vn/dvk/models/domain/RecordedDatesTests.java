package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.MovementTime;

class RecordedDatesTests {

  static final java.time.Instant NOW =
      ZonedDateTime.of(2026, 3, 5, 9, 30, 0, 0, MovementTime.ZONE).toInstant();

  @Test
  void withoutARecordedDayTheMoveKeepsNow() {
    assertThat(RecordedDates.of(null, 2026, NOW)).isEqualTo(NOW);
  }

  @Test
  void aPastYearKeepsTheDayOfThePaperAtNoonInVietnam() {
    var kept = RecordedDates.of(LocalDate.of(2024, 3, 15), 2024, NOW);

    assertThat(kept.atZone(MovementTime.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(kept.atZone(MovementTime.ZONE).getHour()).isEqualTo(12);
  }

  @Test
  void theYearMustBeOverTheDayNotAheadAndNearTheYear() {
    assertThatThrownBy(() -> RecordedDates.of(LocalDate.of(2026, 1, 10), 2026, NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.recorded-year-open");
    assertThatThrownBy(() -> RecordedDates.of(LocalDate.of(2026, 3, 6), 2025, NOW))
        .hasFieldOrPropertyWithValue("messageKey", "models.error.recorded-day-ahead");
    assertThatThrownBy(() -> RecordedDates.of(LocalDate.of(2021, 12, 31), 2023, NOW))
        .hasFieldOrPropertyWithValue("messageKey", "models.error.recorded-day-range");
    assertThat(RecordedDates.of(LocalDate.of(2022, 11, 1), 2023, NOW)).isNotNull();
  }
}

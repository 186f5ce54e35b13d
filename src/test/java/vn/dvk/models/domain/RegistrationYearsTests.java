package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.BusinessRuleException;

class RegistrationYearsTests {

  private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);

  @Test
  void aModelIsRegisteredFrom2000UpToNextYear() {
    assertThatCode(() -> RegistrationYears.check(2000, TODAY)).doesNotThrowAnyException();
    assertThatCode(() -> RegistrationYears.check(2025, TODAY)).doesNotThrowAnyException();
  }

  @Test
  void yearsBefore2000OrAfterNextYearAreRefused() {
    for (var year : new int[] {1999, 2026}) {
      assertThatThrownBy(() -> RegistrationYears.check(year, TODAY))
          .isInstanceOf(BusinessRuleException.class)
          .hasFieldOrPropertyWithValue("messageKey", "models.error.year");
    }
  }
}

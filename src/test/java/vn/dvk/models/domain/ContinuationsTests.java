package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.RegistrationView;
import vn.dvk.shared.BusinessRuleException;

class ContinuationsTests {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  @Test
  void aRegisteredOrRunningModelIsContinuedIntoALaterYear() {
    assertThatCode(
            () -> Continuations.check(latest(2023, RegistrationState.REGISTERED), 2024, TODAY))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> Continuations.check(latest(2022, RegistrationState.IN_PROGRESS), 2025, TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void aModelIsNotContinuedIntoItsOwnYearOrAnEarlierOne() {
    for (var year : new int[] {2023, 2022}) {
      assertThatThrownBy(
              () -> Continuations.check(latest(2023, RegistrationState.REGISTERED), year, TODAY))
          .isInstanceOf(BusinessRuleException.class)
          .hasFieldOrPropertyWithValue("messageKey", "models.error.continue-year");
    }
  }

  @Test
  void aModelNotYetApprovedIsNotContinued() {
    assertThatThrownBy(
            () -> Continuations.check(latest(2023, RegistrationState.DRAFT), 2024, TODAY))
        .hasFieldOrPropertyWithValue("messageKey", "models.error.continue-state");
  }

  @Test
  void aModelIsNotContinuedBeyondNextYear() {
    assertThatThrownBy(
            () -> Continuations.check(latest(2023, RegistrationState.REGISTERED), 2026, TODAY))
        .hasFieldOrPropertyWithValue("messageKey", "models.error.year");
  }

  private static RegistrationView latest(int year, RegistrationState state) {
    return new RegistrationView(
        1, 1, year, RegistrationKind.NEW, state, null, null, null, null, null, 0);
  }
}

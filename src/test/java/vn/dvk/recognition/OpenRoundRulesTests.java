package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.RequestRules;

/** The rules a request to open a round carries, the same for the page and the API. */
class OpenRoundRulesTests {

  private final RequestRules rules = rules();

  @Test
  void aRoundNeedsAYearOfTheMovementATitleAndADeadline() {
    var refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> rules.check(new RoundAdministration.OpenRound(-1, " ", null, null, null, null)));

    assertThat(refused.violations())
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("proposalDeadline", "validation.required"),
            tuple("title", "validation.required"),
            tuple("year", "validation.year"));
  }

  @Test
  void aTitleLongerThanItsColumnIsRefusedWithTheLimit() {
    var refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                rules.check(
                    new RoundAdministration.OpenRound(
                        2023, "x".repeat(301), LocalDate.of(2023, 10, 31), null, null, null)));

    assertThat(refused.violations())
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("title", "validation.too-long"));
    assertThat(refused.violations().get(0).arguments()).containsExactly(300);
    assertThatCode(
            () ->
                rules.check(
                    new RoundAdministration.OpenRound(
                        2023, "x".repeat(300), LocalDate.of(2023, 10, 31), null, null, null)))
        .doesNotThrowAnyException();
  }

  private static RequestRules rules() {
    return new RequestRules(Validation.buildDefaultValidatorFactory().getValidator());
  }
}

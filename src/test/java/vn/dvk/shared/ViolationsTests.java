package vn.dvk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.InvalidInputException.Violation;

class ViolationsTests {

  @Test
  void aMissingValueOrBlankTextIsRequiredAndGivenOnesPass() {
    var found =
        Violations.check()
            .required("date", null)
            .required("title", "  ")
            .required("signer", "Trần Văn Minh")
            .required("deadline", LocalDate.of(2023, 10, 31))
            .list();

    assertThat(found)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("date", "validation.required"),
            org.assertj.core.groups.Tuple.tuple("title", "validation.required"));
  }

  @Test
  void everythingFoundIsRefusedAtOnceWithItsArgumentsAndNothingFoundPasses() {
    var refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Violations.check()
                    .required("reason", "")
                    .when(true, "scaleMax", "recognition.error.off-scale", 0, 10)
                    .when(false, "year", "recognition.error.year")
                    .refuseAny());

    assertThat(refused.violations())
        .extracting(Violation::field)
        .containsExactly("reason", "scaleMax");
    assertThat(refused.violations().get(1).arguments()).containsExactly(0, 10);
    assertThatCode(() -> Violations.check().required("x", 1).refuseAny())
        .doesNotThrowAnyException();
  }
}

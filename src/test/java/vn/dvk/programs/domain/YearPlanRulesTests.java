package vn.dvk.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.programs.YearPlan;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

class YearPlanRulesTests {

  private static final LocalDate JULY = LocalDate.of(2023, 7, 31);

  @Test
  void aPlanWithItsDeadlinesAndTargetsInRangeIsAccepted() {
    assertThatCode(() -> YearPlanRules.check(plan(JULY, 100, 3))).doesNotThrowAnyException();
  }

  @Test
  void everyMissingDeadlineAndTargetOutOfRangeIsNamed() {
    var refused =
        catchThrowableOfType(
            InvalidInputException.class, () -> YearPlanRules.check(plan(null, 101, -1)));

    assertThat(refused.violations())
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("registrationDeadline", "validation.required"),
            tuple("targetConsideredPercent", "plans.error.percent"),
            tuple("targetProposalsPerUnit", "plans.error.count"));
  }

  private static YearPlan plan(LocalDate registration, int percent, int proposals) {
    return new YearPlan(
        "CT08", "Chỉ thị 08", 2023, 0, registration, JULY, JULY, percent, proposals);
  }
}

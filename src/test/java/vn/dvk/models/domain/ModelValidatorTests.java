package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.Models;
import vn.dvk.models.OwnerKind;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

class ModelValidatorTests {

  private static final ModelValidator.References REFERENCES =
      new ModelValidator.References(
          Set.of("BT.DL")::contains,
          Set.of("ECONOMY")::contains,
          Set.of("NONG_THON_MOI", "DAN_VAN_KHEO")::contains,
          Set.of("ROAD_BUILT", "LAND_DONATED")::contains);

  private static final ModelDetails VALID = Models.collective("Dân vận khéo", "BT.DL");

  private static List<Violation> violations(ModelDetails details) {
    return ModelValidator.violations(details, REFERENCES);
  }

  private static List<Violation> violationsWith(String property, Object value) {
    return violations(ModelDetailsCopies.with(VALID, property, value));
  }

  @Test
  void aCompleteModelOfAUnitThePersonMayUseHasNoViolation() {
    assertThat(violations(VALID)).isEmpty();
  }

  @Test
  void aTitleIsRequiredAndHoldsAtMost500Characters() {
    assertThat(violationsWith("title", null))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("title", "validation.required"));
    assertThat(violationsWith("title", "   "))
        .extracting(Violation::messageKey)
        .containsExactly("validation.required");
    assertThat(violationsWith("title", "a".repeat(500))).isEmpty();
    assertThat(violationsWith("title", "a".repeat(501)))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("title", "validation.too-long"));
  }

  @Test
  void anOwnerKindIsRequired() {
    assertThat(violationsWith("ownerKind", null))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("ownerKind", "validation.required"));
  }

  @Test
  void aUnitIsRequiredAndMustBeOneThePersonRegisteringMayUse() {
    assertThat(violationsWith("unitCode", " "))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("unitCode", "validation.required"));
    var outside = violationsWith("unitCode", "BT.TL");
    assertThat(outside)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("unitCode", "models.error.unit"));
    assertThat(outside.get(0).arguments()).containsExactly("BT.TL");
  }

  @Test
  void anIndividualsModelNamesThePersonAndACollectivesNeedNot() {
    var individual = ModelDetailsCopies.with(VALID, "ownerKind", OwnerKind.INDIVIDUAL);
    assertThat(violations(individual))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("personName", "models.error.person-required"));
    assertThat(violations(ModelDetailsCopies.with(individual, "personName", "Nguyễn Văn A")))
        .isEmpty();
    assertThat(violationsWith("personName", null)).isEmpty();
  }

  @Test
  void aFieldIsRequiredAndMustBeAnActiveCode() {
    assertThat(violationsWith("fieldCode", null))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("fieldCode", "validation.required"));
    assertThat(violationsWith("fieldCode", "RETIRED"))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("fieldCode", "models.error.unknown-code"));
  }

  @Test
  void eachMovementThatIsNotAnActiveCodeIsNamed() {
    var found = violationsWith("movementCodes", List.of("NONG_THON_MOI", "OLD", "GONE"));
    assertThat(found).extracting(Violation::field).containsOnly("movementCodes");
    assertThat(found).extracting(v -> v.arguments()[0]).containsExactly("OLD", "GONE");
    assertThat(violationsWith("movementCodes", List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "situation",
        "objectives",
        "evaluationCriteria",
        "contentMethod",
        "beneficiaries",
        "forces",
        "resources",
        "milestones",
        "sustainability"
      })
  void aLongTextHoldsAtMost20000Characters(String property) {
    assertThat(violationsWith(property, "x".repeat(20_000))).isEmpty();
    assertThat(violationsWith(property, "x".repeat(20_001)))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple(property, "validation.too-long"));
  }

  @Test
  void theAreaHoldsAtMost500Characters() {
    assertThat(violationsWith("area", "x".repeat(500))).isEmpty();
    assertThat(violationsWith("area", "x".repeat(501)))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("area", "validation.too-long"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"personName", "personPosition"})
  void aPersonsNameAndPositionHoldAtMost200CharactersAsTheirColumns(String property) {
    assertThat(violationsWith(property, "x".repeat(200))).isEmpty();
    var tooLong = violationsWith(property, "x".repeat(201));
    assertThat(tooLong)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple(property, "validation.too-long"));
    assertThat(tooLong.get(0).arguments()).as("the limit, for the message").containsExactly(200);
  }

  @Test
  void fundsContributionsAndWorkingDaysMayBeZeroButNotNegative() {
    assertThat(violationsWith("fundsVnd", 0L)).isEmpty();
    assertThat(violationsWith("fundsVnd", -1L))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("fundsVnd", "validation.not-negative"));
    assertThat(violationsWith("contributionVnd", -1L))
        .extracting(Violation::field)
        .containsExactly("contributionVnd");
    assertThat(violationsWith("workingDays", -1))
        .extracting(Violation::field)
        .containsExactly("workingDays");
  }

  @Test
  void theEvaluationDateMayNotComeBeforeTheStart() {
    var start = VALID.startDate();
    assertThat(violationsWith("evaluationDate", start)).isEmpty();
    assertThat(violationsWith("evaluationDate", start.minusDays(1)))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("evaluationDate", "models.error.evaluation-before-start"));
    assertThat(
            violations(
                ModelDetailsCopies.with(
                    ModelDetailsCopies.with(VALID, "startDate", null),
                    "evaluationDate",
                    LocalDate.of(2000, 1, 1))))
        .isEmpty();
  }

  @Test
  void anIndicatorTargetMustBeActiveOnceSetAndNotNegative() {
    var found =
        violationsWith(
            "targets",
            List.of(
                target("ROAD_BUILT", "0", "3.5"),
                target("ROAD_BUILT", "0", "4"),
                target("UNKNOWN", "0", "1"),
                target("LAND_DONATED", "-1", null)));
    assertThat(found)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("targets.ROAD_BUILT", "models.error.duplicate-indicator"),
            tuple("targets.UNKNOWN", "models.error.unknown-code"),
            tuple("targets.LAND_DONATED", "models.error.target-required"),
            tuple("targets.LAND_DONATED", "validation.not-negative"));
  }

  @Test
  void aNegativeTargetIsRefusedLikeANegativeBaseline() {
    assertThat(violationsWith("targets", List.of(target("ROAD_BUILT", null, "-2"))))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("targets.ROAD_BUILT", "validation.not-negative"));
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    var broken =
        ModelDetailsCopies.with(ModelDetailsCopies.with(VALID, "title", null), "fundsVnd", -5L);

    assertThatThrownBy(() -> ModelValidator.validate(broken, REFERENCES))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.violations())
                    .extracting(Violation::field)
                    .containsExactly("title", "fundsVnd"));
    ModelValidator.validate(VALID, REFERENCES);
  }

  private static IndicatorTarget target(String code, String baseline, String target) {
    return new IndicatorTarget(
        code,
        baseline == null ? null : new BigDecimal(baseline),
        target == null ? null : new BigDecimal(target));
  }
}

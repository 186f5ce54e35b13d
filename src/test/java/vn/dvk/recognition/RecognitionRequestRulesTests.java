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

/**
 * The rules recognition's requests carry, declared once on their records and the same for the page
 * and the API: required fields, and texts no longer than their columns.
 */
class RecognitionRequestRulesTests {

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

  @Test
  void aRevocationNeedsItsDateSignerAndReasonAndEachTextFitsItsColumn() {
    var refused =
        refused(new Recognitions.Revocation(null, "x".repeat(201), " ", "x".repeat(2001)));

    assertThat(refused)
        .containsExactly(
            tuple("date", "validation.required"),
            tuple("reason", "validation.too-long"),
            tuple("signerName", "validation.too-long"),
            tuple("signerTitle", "validation.required"));
  }

  @Test
  void aDecisionsReasonForEachProposalFitsItsColumnAndItsSignerIsRequired() {
    var refused =
        refused(
            new RoundDecisions.Issue(
                LocalDate.of(2023, 11, 20),
                "",
                "Trưởng ban",
                java.util.Map.of(11L, "x".repeat(2001))));

    assertThat(refused)
        .extracting(t -> t.toList().get(1))
        .containsExactlyInAnyOrder("validation.too-long", "validation.required");
    assertThat(refused).extracting(t -> t.toList().get(0).toString()).contains("signerName");
  }

  @Test
  void aMeetingsPlaceAndNoteAndACommendationsDecisionFitTheirColumns() {
    assertThat(
            refused(
                new RoundAdministration.Meeting(
                    LocalDate.of(2023, 11, 15),
                    "x".repeat(301),
                    "x".repeat(2001),
                    java.util.Set.of())))
        .containsExactly(
            tuple("note", "validation.too-long"), tuple("place", "validation.too-long"));
    assertThat(
            refused(
                new vn.dvk.recognition.domain.Commendation.Answer(
                    CommendationView.State.AWARDED, "x".repeat(61), null, null, null, null)))
        .containsExactly(tuple("number", "validation.too-long"));
  }

  private java.util.List<org.assertj.core.groups.Tuple> refused(Object request) {
    return rules.violations(request).stream().map(v -> tuple(v.field(), v.messageKey())).toList();
  }

  private static RequestRules rules() {
    return new RequestRules(Validation.buildDefaultValidatorFactory().getValidator());
  }
}

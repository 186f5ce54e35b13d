package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CommendationView.State;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

class CommendationTests {

  static final Instant AT = Instant.parse("2023-11-20T02:00:00Z");

  @Test
  void aCommendationIsProposedInAFormAndWaitsForTheCommendingBody() {
    var proposed = Commendation.propose(7, 11, "  Giấy khen ", "duclinh.reviewer", AT);

    assertThat(proposed.form()).isEqualTo("Giấy khen");
    assertThat(proposed.state()).isEqualTo(State.PROPOSED);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> Commendation.propose(7, 11, " ", "duclinh.reviewer", AT))
                .violations())
        .extracting(Violation::field)
        .containsExactly("form");
  }

  @Test
  void anAwardTakesItsDecisionsNumberDateAndIssuerAndADeclineItsReason() {
    var award = new Commendation.Answer(State.AWARDED, " ", null, null, null, null);
    var decline = new Commendation.Answer(State.DECLINED, null, null, null, null, null);

    assertThat(refused(award)).containsExactly("number", "date", "issuer");
    assertThat(refused(decline)).containsExactly("reason");
    assertThat(refused(new Commendation.Answer(null, null, null, null, null, null)))
        .containsExactly("state");
  }

  @Test
  void anAnswerIsRecordedOnceAndOnlyOnTheVersionItWasMadeOn() {
    var commendation = stored();
    var award =
        new Commendation.Answer(
            State.AWARDED, "12/QĐ", LocalDate.of(2023, 12, 1), "UBND", "", null);

    assertThat(
            catchThrowableOfType(
                ConflictException.class, () -> commendation.answer(award, 2, "x", AT)))
        .isNotNull();
    commendation.answer(award, 3, "duclinh.reviewer2", AT);
    assertThat(commendation.view().state()).isEqualTo(State.AWARDED);
    assertThat(commendation.view().decisionNumber()).isEqualTo("12/QĐ");
    assertThat(
            catchThrowableOfType(
                ConflictException.class, () -> commendation.answer(award, 3, "x", AT)))
        .isNotNull();
  }

  private static java.util.List<String> refused(Commendation.Answer answer) {
    return catchThrowableOfType(
            InvalidInputException.class, () -> stored().answer(answer, 3, "duclinh.reviewer2", AT))
        .violations()
        .stream()
        .map(Violation::field)
        .toList();
  }

  private static Commendation stored() {
    return new Commendation(1L, 3, 7, 11, "Giấy khen", State.PROPOSED, "duclinh.reviewer", AT);
  }
}

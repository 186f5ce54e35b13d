package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.InvalidInputException.Violation;

class ValuesTests {

  private final List<Violation> problems = new ArrayList<>();

  @Test
  void aWholeAmountIsReadWithAnyOneGroupingMark() {
    assertThat(Values.whole("f", "1.500.000", problems)).isEqualTo(1_500_000L);
    assertThat(Values.whole("f", "1,500,000", problems)).isEqualTo(1_500_000L);
    assertThat(Values.whole("f", "1 500 000", problems)).isEqualTo(1_500_000L);
    assertThat(Values.whole("f", "1\u00a0500", problems)).isEqualTo(1_500L);
    assertThat(Values.whole("f", " 250 ", problems)).isEqualTo(250L);
    assertThat(Values.whole("f", "1.500.000,00", problems)).isEqualTo(1_500_000L);
    assertThat(Values.whole("f", "1,500.00", problems)).isEqualTo(1_500L);
    assertThat(Values.whole("f", "-12", problems)).isEqualTo(-12L);
    assertThat(Values.whole("f", "100.000", problems)).isEqualTo(100_000L);
    assertThat(Values.whole("f", "1500,00", problems)).isEqualTo(1_500L);
    assertThat(problems).isEmpty();
  }

  @Test
  void aFractionIsNotReadAsAnotherWholeNumber() {
    assertThat(Values.whole("f", "2.5", problems)).isNull();
    assertThat(Values.whole("f", "2,5", problems)).isNull();
    assertThat(Values.whole("f", "1.500.000,5", problems)).isNull();

    assertThat(problems).extracting(Violation::messageKey).containsOnly("validation.whole-number");
  }

  @Test
  void groupsThatAreNotThousandsOrMixMarksAreRefused() {
    assertThat(Values.whole("f", "12.34.567", problems)).isNull();
    assertThat(Values.whole("f", "1.500.0000", problems)).isNull();
    assertThat(Values.whole("f", "1.500.000.00", problems)).isNull();
    assertThat(Values.whole("f", "mười", problems)).isNull();

    assertThat(problems).hasSize(4);
  }

  @Test
  void aNumberBeyondTheLargestAmountIsRefused() {
    assertThat(Values.whole("f", "99999999999999999999", problems)).isNull();
    assertThat(Values.integer("f", "3000000000", problems)).isNull();
    assertThat(problems).hasSize(2);
  }

  @Test
  void decimalsFollowTheReadersLanguage() {
    var vi = Locale.forLanguageTag("vi");
    assertThat(Values.decimal("f", "1.200,5", vi, problems)).isEqualByComparingTo("1200.5");
    assertThat(Values.decimal("f", "1,200.5", Locale.ENGLISH, problems))
        .isEqualByComparingTo("1200.5");
    assertThat(Values.plain(new BigDecimal("39.00"), vi)).isEqualTo("39");
    assertThat(Values.plain(new BigDecimal("2.50"), vi)).isEqualTo("2,5");
  }

  @Test
  void datesAreReadAsIsoOrDayMonthYear() {
    assertThat(Values.date("f", "2024-10-31", problems)).isEqualTo(LocalDate.of(2024, 10, 31));
    assertThat(Values.date("f", "31/10/2024", problems)).isEqualTo(LocalDate.of(2024, 10, 31));
    assertThat(Values.date("f", "31/02/2024", problems)).isNull();
    assertThat(problems).extracting(Violation::field).containsExactly("f");
  }

  @Test
  void aDecimalMarkIsNotTakenForAThousandsMark() {
    var vi = Locale.forLanguageTag("vi");
    assertThat(Values.decimal("f", "2,5", vi, problems)).isEqualByComparingTo("2.5");
    assertThat(Values.decimal("f", "2.5", Locale.ENGLISH, problems)).isEqualByComparingTo("2.5");
    assertThat(Values.decimal("f", ",5", vi, problems)).isEqualByComparingTo("0.5");
    assertThat(Values.decimal("f", "1.234.567,89", vi, problems))
        .isEqualByComparingTo("1234567.89");
    assertThat(Values.decimal("f", "1 234 567,89", vi, problems))
        .isEqualByComparingTo("1234567.89");
    assertThat(problems).isEmpty();
  }

  @Test
  void aGroupingMarkThatDoesNotGroupThousandsIsRefusedNotDropped() {
    var vi = Locale.forLanguageTag("vi");
    assertThat(Values.decimal("f", "2.5", vi, problems)).isNull();
    assertThat(Values.decimal("f", "2,5", Locale.ENGLISH, problems)).isNull();
    assertThat(Values.decimal("f", "12.34,5", vi, problems)).isNull();
    assertThat(Values.decimal("f", "1,2,3", Locale.ENGLISH, problems)).isNull();
    assertThat(Values.decimal("f", "-", vi, problems)).isNull();
    assertThat(Values.decimal("f", "ba", vi, problems)).isNull();

    assertThat(problems).extracting(Violation::messageKey).containsOnly("validation.number");
    assertThat(problems).hasSize(6);
  }

  @Test
  void aFractionIsNotACountOfDays() {
    assertThat(Values.integer("f", "2,5", problems)).isNull();
    assertThat(Values.integer("f", "1.200", problems)).isEqualTo(1200);
    assertThat(problems)
        .extracting(Violation::messageKey)
        .containsExactly("validation.whole-number");
  }

  @Test
  void aBlankValueIsAbsentAndNoError() {
    for (var blank : new String[] {null, "", "   ", "\t"}) {
      assertThat(Values.whole("f", blank, problems)).isNull();
      assertThat(Values.integer("f", blank, problems)).isNull();
      assertThat(Values.decimal("f", blank, Locale.ENGLISH, problems)).isNull();
      assertThat(Values.date("f", blank, problems)).isNull();
    }
    assertThat(problems).isEmpty();
    assertThat(Values.plain(null, Locale.ENGLISH)).isEmpty();
  }
}

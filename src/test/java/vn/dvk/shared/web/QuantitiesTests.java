package vn.dvk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuantitiesTests {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final Quantities quantities = new Quantities();

  @Test
  void aWholeNumberIsShownWithoutDecimals() {
    assertThat(quantities.show(new BigDecimal("39.00"), VI)).isEqualTo("39");
    assertThat(quantities.show(new BigDecimal("1250"), VI)).isEqualTo("1.250");
  }

  @Test
  void decimalsAreKeptToTwoInTheReadersLanguage() {
    assertThat(quantities.show(new BigDecimal("1234.5"), VI)).isEqualTo("1.234,5");
    assertThat(quantities.show(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.5");
    assertThat(quantities.show(new BigDecimal("12.345"), VI)).isEqualTo("12,35");
  }

  @Test
  void nothingReportedIsADash() {
    assertThat(quantities.show(null, VI)).isEqualTo("—");
  }
}

package vn.dvk.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows a reported quantity as people read it ({@code ${@quantities.show(value, #locale)}} in a
 * template): a whole number as one (39 households, not “39,00”), anything else to two decimals at
 * most, grouped and marked in the reader's language (1.234,5 in Vietnamese, 1,234.5 in English).
 */
@Component("quantities")
public class Quantities {

  public String show(BigDecimal value, Locale locale) {
    if (value == null) {
      return "—";
    }
    var format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}

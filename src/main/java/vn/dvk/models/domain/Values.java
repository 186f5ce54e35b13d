package vn.dvk.models.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * Reading numbers and dates as people type them, for the form and the spreadsheet import. A value
 * that cannot be read adds a violation for its field and reads as absent.
 */
public final class Values {

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

  private Values() {}

  /**
   * A whole amount, with any grouping: “1.500.000” or “1 500 000” (Vietnamese), “1,500,000”
   * (English).
   */
  public static Long whole(String field, String text, List<Violation> problems) {
    if (isBlank(text)) {
      return null;
    }
    var digits = text.replaceAll("[\\s.,_\\u00a0]", "");
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException bad) {
      problems.add(new Violation(field, "validation.number"));
      return null;
    }
  }

  public static Integer integer(String field, String text, List<Violation> problems) {
    var value = whole(field, text, problems);
    if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
      problems.add(new Violation(field, "validation.number"));
      return null;
    }
    return value == null ? null : value.intValue();
  }

  /**
   * A decimal as written in the reader's language: in Vietnamese the comma marks the decimals and
   * the point groups thousands (“1.200,5”); in English and Hebrew the other way round (“1,200.5”).
   */
  public static BigDecimal decimal(
      String field, String text, Locale locale, List<Violation> problems) {
    if (isBlank(text)) {
      return null;
    }
    var cleaned = text.trim().replace(" ", "").replace("\u00a0", "");
    if (usesDecimalComma(locale)) {
      cleaned = cleaned.replace(".", "").replace(',', '.');
    } else {
      cleaned = cleaned.replace(",", "");
    }
    try {
      return new BigDecimal(cleaned);
    } catch (NumberFormatException bad) {
      problems.add(new Violation(field, "validation.number"));
      return null;
    }
  }

  /** A date as ISO (from a date input or a date cell) or as day/month/year (typed). */
  public static LocalDate date(String field, String text, List<Violation> problems) {
    if (isBlank(text)) {
      return null;
    }
    var trimmed = text.trim();
    try {
      return trimmed.contains("/")
          ? LocalDate.parse(trimmed, DAY_MONTH_YEAR)
          : LocalDate.parse(trimmed);
    } catch (DateTimeParseException bad) {
      problems.add(new Violation(field, "validation.date"));
      return null;
    }
  }

  /** A decimal shown in the reader's language, without trailing zeros. */
  public static String plain(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    var text = value.stripTrailingZeros().toPlainString();
    return usesDecimalComma(locale) ? text.replace('.', ',') : text;
  }

  public static boolean usesDecimalComma(Locale locale) {
    return "vi".equals(locale.getLanguage());
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

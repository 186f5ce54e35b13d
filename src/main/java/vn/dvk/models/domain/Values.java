package vn.dvk.models.domain;

import static vn.dvk.shared.Texts.isBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * Reading numbers and dates as people type them, for the form and the spreadsheet import. A value
 * that cannot be read adds a violation for its field and reads as absent.
 */
public final class Values {

  /** Strict: “31/02/2024” is refused, never moved to the 29th. */
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Values() {}

  /**
   * Thousands grouped by one mark, the same throughout (“1.500.000”, “1,500,000”, “1 500 000”),
   * with at most zero decimals after the other mark (“1.500.000,00”).
   */
  private static final Pattern GROUPED =
      Pattern.compile(
          "[-+]?\\d{1,3}(?<mark>[.,_ \\u00a0])\\d{3}(?:\\k<mark>\\d{3})*(?:(?<decimal>[.,])0+)?");

  /** A decimal with points grouping thousands and a comma before the decimals (“1.200,5”). */
  private static final Pattern DECIMAL_COMMA = decimalPattern('.', ',');

  /** A decimal with commas grouping thousands and a point before the decimals (“1,200.5”). */
  private static final Pattern DECIMAL_POINT = decimalPattern(',', '.');

  private static Pattern decimalPattern(char group, char point) {
    var g = Pattern.quote(String.valueOf(group));
    var p = Pattern.quote(String.valueOf(point));
    return Pattern.compile("[-+]?(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d*)(?:" + p + "\\d+)?");
  }

  /** Digits alone, or with one or two zero decimals (“1500,00”); “1.000” is a thousand. */
  private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(?:[.,]0{1,2})?");

  /**
   * A whole amount, as typed with or without grouping: “1.500.000” or “1 500 000” (Vietnamese),
   * “1,500,000” (English). Anything else with a point or comma is a fraction (“2.5”, “2,5”) or a
   * typing slip (“12.34.567”), and is refused rather than read as another number.
   */
  public static Long whole(String field, String text, List<Violation> problems) {
    if (isBlank(text)) {
      return null;
    }
    var number = wholePart(text.strip());
    if (number == null) {
      problems.add(new Violation(field, "validation.whole-number"));
      return null;
    }
    try {
      return Long.parseLong(number.replaceAll("[^-+0-9]", ""));
    } catch (NumberFormatException tooLarge) {
      problems.add(new Violation(field, "validation.number"));
      return null;
    }
  }

  /** The text without its zero decimals, or null when it is not a whole number as typed. */
  private static String wholePart(String text) {
    if (PLAIN.matcher(text).matches()) {
      return text.replaceAll("[.,]0{1,2}$", "");
    }
    var grouped = GROUPED.matcher(text);
    if (!grouped.matches()) {
      return null;
    }
    var decimal = grouped.group("decimal");
    if (decimal == null) {
      return text;
    }
    return decimal.equals(grouped.group("mark"))
        ? null
        : text.substring(0, grouped.start("decimal"));
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
   * A grouping mark that does not group thousands (“2.5” in Vietnamese, “2,5” in English) is
   * refused rather than dropped, which would read it as 25.
   */
  public static BigDecimal decimal(
      String field, String text, Locale locale, List<Violation> problems) {
    if (isBlank(text)) {
      return null;
    }
    var cleaned = text.trim().replace(" ", "").replace("\u00a0", "");
    var decimalComma = usesDecimalComma(locale);
    if ((decimalComma ? DECIMAL_COMMA : DECIMAL_POINT).matcher(cleaned).matches()) {
      try {
        return new BigDecimal(
            decimalComma ? cleaned.replace(".", "").replace(',', '.') : cleaned.replace(",", ""));
      } catch (NumberFormatException noDigits) {
        // a sign alone
      }
    }
    problems.add(new Violation(field, "validation.number"));
    return null;
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
}

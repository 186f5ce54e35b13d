package vn.dvk.units;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/**
 * One version of a unit: its name (and the short name used in running text), kind, level and parent
 * over a period. {@code validTo} is exclusive and {@code null} while the version is current.
 */
public record UnitView(
    String code,
    String name,
    String shortName,
    UnitKind kind,
    Level level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    UnitChange change,
    String changeNote) {

  /**
   * The order of official lists: by kind (the city, towns, districts, the party committees under
   * the province, then the Front and organizations; communes before agencies), then by name in
   * Vietnamese alphabetical order.
   */
  public static final Comparator<UnitView> OFFICIAL_ORDER =
      Comparator.comparing(UnitView::kind)
          .thenComparing(UnitView::name, Collator.getInstance(Locale.forLanguageTag("vi")));

  /** The name used in running text and reports (“Đức Linh” for “Huyện Đức Linh”). */
  public String shortName() {
    return shortName == null || shortName.isBlank() ? name : shortName;
  }

  public boolean isValidOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
  }

  public boolean isCurrent() {
    return validTo == null;
  }
}

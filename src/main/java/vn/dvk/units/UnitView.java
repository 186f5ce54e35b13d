package vn.dvk.units;

import java.time.LocalDate;

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

  /** The name used in running text and reports ("Đức Linh" for "Huyện Đức Linh"). */
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

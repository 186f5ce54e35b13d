package vn.dvk.units;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

  /**
   * The units in {@link #OFFICIAL_ORDER}, each name's collation key made once: a collator compares
   * Vietnamese names slowly, and a shared one lets one thread at a time, which a whole country's
   * hundreds of units make felt.
   */
  public static List<UnitView> inOfficialOrder(Collection<UnitView> units) {
    var collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    record Keyed(UnitView unit, CollationKey name) {}
    return units.stream()
        .map(unit -> new Keyed(unit, collator.getCollationKey(unit.name())))
        .sorted(Comparator.comparing((Keyed k) -> k.unit().kind()).thenComparing(Keyed::name))
        .map(Keyed::unit)
        .toList();
  }

  /** The name used in running text and reports (“Đức Linh” for “Huyện Đức Linh”). */
  public String shortName() {
    return shortName == null || shortName.isBlank() ? name : shortName;
  }

  /**
   * The party committee the unit's commission belongs to, as papers name it: “Tỉnh ủy Bình Thuận”.
   */
  public String partyCommittee() {
    return switch (kind) {
      case NATION -> "Trung ương";
      case PROVINCE -> "Tỉnh ủy " + shortName();
      case CITY -> "Thành ủy " + shortName();
      case TOWN -> "Thị ủy " + shortName();
      case DISTRICT -> "Huyện ủy " + shortName();
      default -> name.replaceFirst("^Đảng bộ", "Đảng ủy");
    };
  }

  public boolean isValidOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
  }

  public boolean isCurrent() {
    return validTo == null;
  }
}

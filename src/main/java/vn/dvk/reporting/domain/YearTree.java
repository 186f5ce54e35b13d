package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * A unit's subtree as it stood at the end of a year, as the reports read it: its district-level
 * units in official order and the province above it (none when the subtree is not in one).
 */
public record YearTree(
    int year,
    LocalDate asOf,
    UnitView root,
    List<UnitView> units,
    Map<String, UnitView> byCode,
    List<UnitView> districts,
    String province) {

  /** The subtree of {@code code} in the tree of {@code asOf}, the end of {@code year}. */
  public static YearTree read(Units units, int year, String code, LocalDate asOf) {
    var root = units.get(code, asOf);
    var province =
        units.chain(root.code(), asOf).stream()
            .filter(u -> u.kind() == UnitKind.PROVINCE)
            .findFirst()
            .map(UnitView::code)
            .orElse(null);
    return of(year, asOf, root, units.subtree(root.code(), asOf), province);
  }

  public static YearTree of(
      int year, LocalDate asOf, UnitView root, List<UnitView> units, String province) {
    var districts =
        units.stream()
            .filter(u -> u.kind().isDistrictLevelPartyCommittee())
            .sorted(UnitView.OFFICIAL_ORDER)
            .toList();
    var byCode = units.stream().collect(Collectors.toMap(UnitView::code, Function.identity()));
    return new YearTree(year, asOf, root, units, byCode, districts, province);
  }

  /** Every unit of the subtree. */
  public List<String> codes() {
    return units.stream().map(UnitView::code).toList();
  }

  /**
   * The units whose models count as registered: at district or grassroots level (not the province's
   * own Front and organizations).
   */
  public List<String> registering() {
    return units.stream()
        .filter(u -> u.level() == Level.DISTRICT || u.level() == Level.GRASSROOTS)
        .map(UnitView::code)
        .toList();
  }

  public List<String> districtCodes() {
    return districts.stream().map(UnitView::code).toList();
  }

  /** The district-level unit a unit belongs to (itself if it is one), or null outside them. */
  public String districtOf(String code) {
    var unit = byCode.get(code);
    while (unit != null) {
      if (unit.kind().isDistrictLevelPartyCommittee()) {
        return unit.code();
      }
      unit = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
    }
    return null;
  }

  /**
   * Values by unit gathered by district-level unit ({@code merge} joins two of one district); units
   * outside any are left out.
   */
  public <T> Map<String, T> byDistrict(Map<String, T> byUnit, BinaryOperator<T> merge) {
    var result = new HashMap<String, T>();
    byUnit.forEach(
        (unit, value) -> {
          var district = districtOf(unit);
          if (district != null) {
            result.merge(district, value, merge);
          }
        });
    return result;
  }
}

package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvk.reporting.YearlySummary.Structure;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * A unit's subtree as it stood at the end of a year, as the reports read it: its tier (the units
 * directly under the province that recognize models) in official order, the province above it (none
 * when the subtree is not in one), and the units merged into it by then, whose models and
 * registrations count with the unit that absorbed them.
 *
 * <p>The tier is the district-level party committees before the 2025 reform; after it, the
 * commune-level units directly under the province beside the party committees directly under it.
 */
public record YearTree(
    int year,
    LocalDate asOf,
    UnitView root,
    List<UnitView> units,
    Map<String, UnitView> byCode,
    List<UnitView> tier,
    String province,
    Map<String, String> absorbedInto,
    Map<String, UnitView> absorbed) {

  /**
   * The levels the tier recognizes at: district before the reform (and the party committees
   * directly under the province), commune after it.
   */
  public static final List<Level> TIER_LEVELS = List.of(Level.DISTRICT, Level.GRASSROOTS);

  /**
   * The subtree of {@code code} in the tree of {@code asOf}, the end of {@code year} (or the unit's
   * last day in it), with the units merged into it by then.
   */
  public static YearTree read(Units units, int year, String code, LocalDate asOf) {
    var chain = units.chain(code, asOf);
    var root = chain.isEmpty() ? units.get(code, asOf) : chain.get(0);
    var province =
        chain.stream()
            .filter(u -> u.kind() == UnitKind.PROVINCE)
            .findFirst()
            .map(UnitView::code)
            .orElse(null);
    var subtree = units.subtree(root.code(), asOf);
    var absorbedInto = units.predecessorsOf(subtree.stream().map(UnitView::code).toList(), asOf);
    var absorbed = units.versionsOn(absorbedInto.keySet(), asOf);
    return of(year, asOf, root, subtree, province, absorbedInto, absorbed);
  }

  public static YearTree of(
      int year, LocalDate asOf, UnitView root, List<UnitView> units, String province) {
    return of(year, asOf, root, units, province, Map.of(), Map.of());
  }

  /** A tree with the units merged into it: each former unit with the unit of the tree it joined. */
  public static YearTree of(
      int year,
      LocalDate asOf,
      UnitView root,
      List<UnitView> units,
      String province,
      Map<String, String> absorbedInto,
      Map<String, UnitView> absorbed) {
    var byCode = units.stream().collect(Collectors.toMap(UnitView::code, Function.identity()));
    var tier =
        UnitView.inOfficialOrder(units.stream().filter(u -> inTier(u, byCode, province)).toList());
    return new YearTree(
        year, asOf, root, units, byCode, tier, province, Map.copyOf(absorbedInto), absorbed);
  }

  /**
   * Whether a unit recognizes models directly under the province: a district-level party committee,
   * or a commune-level unit whose parent is the province (the two-level structure).
   */
  private static boolean inTier(UnitView unit, Map<String, UnitView> byCode, String province) {
    if (unit.kind().isDistrictLevelPartyCommittee()) {
      return true;
    }
    if (!unit.kind().isCommuneLevelArea() || unit.parentCode() == null) {
      return false;
    }
    var parent = byCode.get(unit.parentCode());
    return parent != null ? parent.kind() == UnitKind.PROVINCE : unit.parentCode().equals(province);
  }

  /** The structure the year's tier follows: communes directly under the province, or districts. */
  public Structure structure() {
    return tier.stream().anyMatch(u -> u.kind().isCommuneLevelArea())
        ? Structure.COMMUNE_LEVEL
        : Structure.DISTRICT_LEVEL;
  }

  /** Every unit whose models count in the subtree: its own and those merged into them. */
  public List<String> codes() {
    var codes = new ArrayList<String>(units.size() + absorbedInto.size());
    units.forEach(u -> codes.add(u.code()));
    codes.addAll(absorbedInto.keySet());
    return codes;
  }

  /**
   * The units whose models count as registered: at district or grassroots level (not the province's
   * own Front and organizations), and the units merged into them.
   */
  public List<String> registering() {
    var codes = new ArrayList<String>();
    units.stream().filter(YearTree::registers).forEach(u -> codes.add(u.code()));
    absorbedInto.forEach(
        (former, successor) -> {
          if (registers(byCode.get(successor))) {
            codes.add(former);
          }
        });
    return codes;
  }

  private static boolean registers(UnitView unit) {
    return unit.level() == Level.DISTRICT || unit.level() == Level.GRASSROOTS;
  }

  public List<String> tierCodes() {
    return tier.stream().map(UnitView::code).toList();
  }

  /**
   * The tier unit a unit belongs to (itself if it is one; a unit merged into the subtree belongs
   * where its successor does), or null outside them.
   */
  public String tierOf(String code) {
    var unit = byCode.get(absorbedInto.getOrDefault(code, code));
    while (unit != null) {
      if (inTier(unit, byCode, province)) {
        return unit.code();
      }
      unit = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
    }
    return null;
  }

  /** The unit as the year names it: in the tree, or as it was when it was merged into it. */
  public UnitView unit(String code) {
    var unit = byCode.get(code);
    return unit != null ? unit : absorbed.get(code);
  }

  /**
   * Values by unit gathered by tier unit ({@code merge} joins two of one tier unit); units outside
   * the tier are left out.
   */
  public <T> Map<String, T> byTier(Map<String, T> byUnit, BinaryOperator<T> merge) {
    var result = new HashMap<String, T>();
    byUnit.forEach(
        (unit, value) -> {
          var tierUnit = tierOf(unit);
          if (tierUnit != null) {
            result.merge(tierUnit, value, merge);
          }
        });
    return result;
  }
}

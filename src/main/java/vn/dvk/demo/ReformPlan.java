package vn.dvk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.RestructureChange.Action;
import vn.dvk.units.UnitKind;

/**
 * The demo's reform of 1 July 2025 as a restructure plan, the way a customer would upload it: Bình
 * Thuận, the old Lâm Đồng and Đắk Nông become the new Tỉnh Lâm Đồng (code {@code LD}) under the
 * nation. About three old communes, wards or townships become one new commune-level unit directly
 * under the province (Phú Quý's three communes the special zone); each district-level city, town or
 * district is dissolved into the new unit that holds its seat; the party committees directly under
 * the province and the Front and organizations merge into Lâm Đồng's own.
 */
final class ReformPlan {

  static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
  static final String TITLE =
      "Sắp xếp đơn vị hành chính từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15)";
  static final String PROVINCE = "LD";

  /** Lâm Đồng had no border guard: the plan creates its party committee for Đắk Nông's. */
  static final NewUnit BORDER_GUARD =
      new NewUnit(
          "LD.BP",
          "Đảng bộ Biên phòng tỉnh",
          "Biên phòng tỉnh",
          UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE,
          Level.DISTRICT,
          PROVINCE,
          EFFECTIVE);

  private final Map<String, NewUnit> old = new LinkedHashMap<>();
  private final List<NewUnit> created = new ArrayList<>();

  /** The new commune-level unit each old one merges into. */
  private final Map<String, String> communes = new LinkedHashMap<>();

  /** The new unit holding each old district-level unit's seat. */
  private final Map<String, String> seats = new LinkedHashMap<>();

  private int wards;
  private int villages;

  /** The plan for the three old trees, Bình Thuận, the old Lâm Đồng and Đắk Nông. */
  ReformPlan(List<NewUnit> binhThuan, List<NewUnit> lamDong, List<NewUnit> dakNong) {
    for (var tree : List.of(binhThuan, lamDong, dakNong)) {
      tree.forEach(u -> old.put(u.code(), u));
    }
    for (var row : DemoUnits.rows("demo/reform-2025-named-units.csv")) {
      var unit = open(row[0], row[1], row[2], UnitKind.valueOf(row[3]));
      List.of(row[5].split(",")).forEach(m -> communes.put(m, unit.code()));
      if (!row[4].isBlank()) {
        seats.put(row[4], unit.code());
      }
    }
    for (var tree : List.of(binhThuan, lamDong, dakNong)) {
      tree.stream().filter(u -> u.kind().isDistrictLevelPartyCommittee()).forEach(this::group);
    }
  }

  /** The new commune-level units, as they open on the plan's date. */
  List<NewUnit> newCommunes() {
    return List.copyOf(created);
  }

  /**
   * The units that recognize models after the reform, by code: the new commune-level units and the
   * party committees directly under the province.
   */
  Map<String, NewUnit> recognizing() {
    var recognizing = new LinkedHashMap<String, NewUnit>();
    created.forEach(u -> recognizing.put(u.code(), u));
    old.values().stream()
        .filter(u -> u.kind() == UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE)
        .filter(u -> u.code().startsWith(PROVINCE + "."))
        .forEach(u -> recognizing.put(u.code(), u));
    recognizing.put(BORDER_GUARD.code(), BORDER_GUARD);
    return recognizing;
  }

  /** The plan's changes, in the order they apply. */
  List<RestructureChange> changes() {
    var changes = new ArrayList<RestructureChange>();
    changes.add(create(BORDER_GUARD));
    created.forEach(unit -> changes.add(create(unit)));
    communes.forEach((from, to) -> changes.add(change(Action.MERGE, from, null, to)));
    for (var unit : old.values()) {
      var merged = mergedInto(unit);
      if (merged != null) {
        changes.add(change(Action.MERGE, unit.code(), null, merged));
      }
    }
    seats.forEach((district, seat) -> changes.add(change(Action.DISSOLVE, district, null, seat)));
    changes.add(change(Action.MERGE, "BT", null, PROVINCE));
    changes.add(change(Action.MERGE, "DNO", null, PROVINCE));
    changes.add(change(Action.MOVE, PROVINCE, "VN", null));
    return changes;
  }

  /**
   * The unit that recognizes a model of {@code unitCode} after the reform: the new commune-level
   * unit that took its commune or district over, or the party committee its agency stands under.
   */
  String recognizerOf(String unitCode) {
    if (communes.containsKey(unitCode)) {
      return communes.get(unitCode);
    }
    if (seats.containsKey(unitCode)) {
      return seats.get(unitCode);
    }
    var unit = old.get(unitCode);
    if (unit == null || unit.kind() == UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE) {
      return unit == null ? unitCode : committee(unitCode);
    }
    return committee(unit.parentCode());
  }

  /** Every unit the plan ends, with the unit that succeeds it. */
  Set<String> endedCodes() {
    var ended = new HashSet<String>(communes.keySet());
    ended.addAll(seats.keySet());
    old.values().stream().filter(u -> mergedInto(u) != null).forEach(u -> ended.add(u.code()));
    ended.addAll(List.of("BT", "DNO"));
    return ended;
  }

  /** The Lâm Đồng party committee or organization an old province's one merges into, or null. */
  private String mergedInto(NewUnit unit) {
    var movable =
        unit.kind() == UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE
            || unit.kind() == UnitKind.FRONT_OR_ORGANIZATION;
    if (!movable || unit.code().startsWith(PROVINCE + ".")) {
      return null;
    }
    return committee(unit.code());
  }

  /** {@code BT.KCQ} → {@code LD.KCQ}: the same body in the new province. */
  private static String committee(String code) {
    return PROVINCE + code.substring(code.indexOf('.'));
  }

  /** The district's communes not named above, about three to a new numbered unit. */
  private void group(NewUnit district) {
    var left =
        old.values().stream()
            .filter(u -> district.code().equals(u.parentCode()) && u.kind().isCommuneLevelArea())
            .filter(u -> !communes.containsKey(u.code()))
            .toList();
    var groups = Math.max(1, Math.round(left.size() / 3f));
    for (int g = 0; g < groups && !left.isEmpty(); g++) {
      var members = left.subList(g * left.size() / groups, (g + 1) * left.size() / groups);
      var unit = numbered(members.get(0).kind() == UnitKind.WARD);
      members.forEach(m -> communes.put(m.code(), unit.code()));
      seats.putIfAbsent(district.code(), unit.code());
    }
  }

  private NewUnit numbered(boolean ward) {
    var n = String.format("%02d", ward ? ++wards : ++villages);
    return ward
        ? open("LD.P" + n, "Phường " + n + " (Lâm Đồng)", null, UnitKind.WARD)
        : open("LD.X" + n, "Xã " + n + " (Lâm Đồng)", null, UnitKind.COMMUNE);
  }

  private NewUnit open(String code, String name, String shortName, UnitKind kind) {
    var unit = new NewUnit(code, name, shortName, kind, Level.GRASSROOTS, PROVINCE, EFFECTIVE);
    created.add(unit);
    return unit;
  }

  private static RestructureChange create(NewUnit unit) {
    return new RestructureChange(
        0,
        Action.CREATE,
        unit.code(),
        unit.name(),
        unit.shortName(),
        unit.kind(),
        unit.level(),
        unit.parentCode(),
        null,
        null);
  }

  private static RestructureChange change(
      Action action, String code, String parent, String successor) {
    return new RestructureChange(0, action, code, null, null, null, null, parent, successor, null);
  }
}

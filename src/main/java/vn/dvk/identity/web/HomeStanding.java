package vn.dvk.identity.web;

import java.time.LocalDate;
import vn.dvk.units.Succession;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * Whether a user's home unit still exists today, and if not, since when and where its work went: a
 * unit merged or dissolved by a restructure leaves its users, until an administrator moves them, a
 * scope of the past — they are told so rather than shown an empty one.
 */
record HomeStanding(String code, String name, LocalDate endedOn, String successorCode) {

  /** The standing of the unit today; null while it exists. */
  static HomeStanding of(String unitCode, Units units) {
    var today = units.today();
    if (units.find(unitCode, today).isPresent()) {
      return null;
    }
    var last = units.findOnOrLatest(unitCode, today);
    var successor =
        units.successions(unitCode).stream()
            .filter(s -> s.predecessorCode().equals(unitCode))
            .map(Succession::successorCode)
            .reduce((first, later) -> later)
            .orElse(null);
    return new HomeStanding(
        unitCode,
        last.map(UnitView::name).orElse(unitCode),
        last.map(UnitView::validTo).orElse(null),
        successor);
  }
}

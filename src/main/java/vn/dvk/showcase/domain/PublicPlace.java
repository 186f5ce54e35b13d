package vn.dvk.showcase.domain;

import java.util.List;
import vn.dvk.units.UnitView;

/**
 * Where a public model comes from, as the showcase names it: its unit and the district-level unit
 * above it (the first district-level party committee up the tree, or the unit itself when there is
 * none), both by their short names. A unit no longer in the tree is shown by its code.
 */
public record PublicPlace(
    String unitCode, String unitName, String districtCode, String districtName) {

  /**
   * The place of a model of {@code unitCode}, whose chain (the unit first, up to the root) is
   * given.
   */
  public static PublicPlace of(String unitCode, List<UnitView> chain) {
    var unit = chain.isEmpty() ? null : chain.get(0);
    var district =
        chain.stream()
            .filter(u -> u.kind().isDistrictLevelPartyCommittee())
            .findFirst()
            .orElse(unit);
    var unitName = unit == null ? unitCode : unit.shortName();
    var districtName = district == null ? unitName : district.shortName();
    return new PublicPlace(
        unitCode, unitName, district == null ? unitCode : district.code(), districtName);
  }
}

package vn.dvk.support;

import java.time.LocalDate;
import vn.dvk.units.UnitChange;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

/** Unit versions for tests that need no database: a unit as first created, valid since 2020. */
public final class UnitVersions {

  public static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

  private UnitVersions() {}

  /** The unit at its kind's usual level; the name is also its short name. */
  public static UnitView unit(String code, String name, UnitKind kind, String parent) {
    return new UnitView(
        code, name, null, kind, kind.defaultLevel(), parent, SINCE, null, UnitChange.CREATED, null);
  }
}

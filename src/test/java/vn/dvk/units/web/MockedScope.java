package vn.dvk.units.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvk.units.UnitView;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;

/** For slices of the unit pages and API: a caller who sees one unit's subtree, on mocked units. */
final class MockedScope {

  static final LocalDate TODAY = LocalDate.of(2023, 6, 1);

  private MockedScope() {}

  /** The caller's home is {@code home}; they see it and {@code below}, nothing else. */
  static void sees(Units units, UnitVisibility visibility, UnitView home, UnitView... below) {
    var subtree = new ArrayList<UnitView>(List.of(home));
    subtree.addAll(List.of(below));
    given(units.today()).willReturn(TODAY);
    given(units.subtree(home.code(), TODAY)).willReturn(subtree);
    given(visibility.homeUnitCode()).willReturn(home.code());
    given(visibility.canSee(anyString(), any())).willReturn(false);
    for (var unit : subtree) {
      given(visibility.canSee(eq(unit.code()), any())).willReturn(true);
      given(units.findOnOrLatest(eq(unit.code()), any())).willReturn(Optional.of(unit));
    }
  }
}

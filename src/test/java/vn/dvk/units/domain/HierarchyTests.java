package vn.dvk.units.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.units.domain.Versions.commune;
import static vn.dvk.units.domain.Versions.district;
import static vn.dvk.units.domain.Versions.province;
import static vn.dvk.units.domain.Versions.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyTests {

  private static final LocalDate MOVE = LocalDate.of(2025, 7, 1);

  private final List<vn.dvk.units.UnitView> versions =
      List.of(
          province("P"),
          district("D1", "P"),
          district("D2", "P"),
          unit("C").under("D1").valid(Versions.START, MOVE).build(),
          unit("C").under("D2").valid(MOVE, null).build(),
          commune("K", "D1"));

  @Test
  void aUnitIsUnderItsParentsOnTheDateAskedAbout() {
    var before = new Hierarchy(LocalDate.of(2023, 6, 1), versions);
    var after = new Hierarchy(LocalDate.of(2025, 8, 1), versions);

    assertThat(before.isUnder("C", "D1")).isTrue();
    assertThat(before.isUnder("C", "D2")).isFalse();
    assertThat(after.isUnder("C", "D1")).isFalse();
    assertThat(after.isUnder("C", "D2")).isTrue();
    assertThat(after.isUnder("C", "P")).isTrue();
  }

  @Test
  void theSubtreeAsOfADateHoldsTheUnitsValidThen() {
    var before = new Hierarchy(LocalDate.of(2023, 6, 1), versions);
    var after = new Hierarchy(MOVE, versions);

    assertThat(before.subtree("D1")).extracting("code").containsExactlyInAnyOrder("D1", "C", "K");
    assertThat(after.subtree("D1")).extracting("code").containsExactlyInAnyOrder("D1", "K");
    assertThat(after.subtree("D2")).extracting("code").containsExactlyInAnyOrder("D2", "C");
  }

  @Test
  void puttingAUnitUnderItsOwnDescendantWouldMakeACycle() {
    var hierarchy = new Hierarchy(LocalDate.of(2023, 6, 1), versions);

    assertThat(hierarchy.wouldCreateCycle("D1", "C")).isTrue();
    assertThat(hierarchy.wouldCreateCycle("D1", "D1")).isTrue();
    assertThat(hierarchy.wouldCreateCycle("C", "D2")).isFalse();
  }

  @Test
  void aUnitThatDidNotExistYetIsNotInTheTree() {
    var hierarchy = new Hierarchy(LocalDate.of(2019, 12, 31), versions);

    assertThat(hierarchy.find("P")).isEmpty();
    assertThat(hierarchy.subtree("P")).isEmpty();
  }
}

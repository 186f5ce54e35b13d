package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ListScopeTests {

  @Test
  void yearsUnderTheSameTreeFormOneGroup() {
    var before = Set.of("BT", "BT.X01");
    var after = Set.of("LD", "LD.X31");
    var scope = ListScope.of(Map.of(2023, before, 2024, before, 2025, after, 2026, after));

    assertThat(scope.yearsByUnits())
        .containsExactly(
            Map.entry(before, new TreeSet<>(Set.of(2023, 2024))),
            Map.entry(after, new TreeSet<>(Set.of(2025, 2026))));
  }

  @Test
  void aYearWithoutUnitsIsNoGroup() {
    var units = Set.of("LD");
    var scope = ListScope.of(Map.of(2024, Set.of(), 2025, units));

    assertThat(scope.yearsByUnits()).containsOnlyKeys(units);
    assertThat(scope.yearsByUnits().get(units)).containsExactly(2025);
  }

  @Test
  void aRowIsCoveredByTheUnitsOfItsOwnYear() {
    var scope = ListScope.of(Map.of(2024, Set.of("BT.X01"), 2025, Set.of("LD.X31")));

    assertThat(scope.covers(2024, "BT.X01")).isTrue();
    assertThat(scope.covers(2025, "BT.X01")).as("a unit of another year's tree").isFalse();
    assertThat(scope.covers(2023, "BT.X01")).as("a year outside the list").isFalse();
    assertThat(ListScope.everyUnit(Set.of(2024)).covers(2024, "anything")).isTrue();
    assertThat(ListScope.everyUnit(Set.of(2024)).covers(2025, "anything")).isFalse();
  }
}

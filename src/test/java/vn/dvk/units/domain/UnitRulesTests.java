package vn.dvk.units.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvk.units.domain.Versions.commune;
import static vn.dvk.units.domain.Versions.district;
import static vn.dvk.units.domain.Versions.province;
import static vn.dvk.units.domain.Versions.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitRuleViolation;

class UnitRulesTests {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private final Hierarchy tree =
      new Hierarchy(
          DAY,
          List.of(province("P"), district("D1", "P"), district("D2", "P"), commune("C", "D1")));

  @Test
  void aUnitCannotBeMovedUnderOneOfItsOwnDescendants() {
    assertThatThrownBy(() -> UnitRules.checkMove(tree.find("D1").orElseThrow(), "C", tree))
        .isInstanceOf(UnitRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "units.error.cycle");
  }

  @Test
  void aUnitCannotBeMovedUnderItself() {
    assertThatThrownBy(() -> UnitRules.checkMove(tree.find("D1").orElseThrow(), "D1", tree))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.cycle")
        .isInstanceOf(UnitRuleViolation.class);
  }

  @Test
  void aCommuneMayMoveToAnotherDistrict() {
    assertThatCode(() -> UnitRules.checkMove(tree.find("C").orElseThrow(), "D2", tree))
        .doesNotThrowAnyException();
  }

  @Test
  void aDistrictCannotGoUnderACommune() {
    var other = district("D3", "P");
    var withOther =
        new Hierarchy(DAY, List.of(province("P"), district("D1", "P"), commune("C", "D1"), other));
    assertThatThrownBy(() -> UnitRules.checkMove(other, "C", withOther))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.level-above-parent");
  }

  @Test
  void aChangeDatedOnOrBeforeTheCurrentVersionWouldRewriteHistory() {
    var current = unit("C").under("D1").valid(LocalDate.of(2024, 1, 1), null).build();

    assertThatThrownBy(
            () -> UnitRules.checkRename(current, "Xã mới", null, LocalDate.of(2023, 12, 31)))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.history");
    assertThatThrownBy(
            () -> UnitRules.checkRename(current, "Xã mới", null, LocalDate.of(2024, 1, 1)))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.history");
    assertThatCode(() -> UnitRules.checkRename(current, "Xã mới", null, LocalDate.of(2024, 1, 2)))
        .doesNotThrowAnyException();
  }

  @Test
  void aClosedUnitCannotBeChanged() {
    var closed = unit("C").under("D1").valid(Versions.START, LocalDate.of(2023, 1, 1)).build();

    assertThatThrownBy(() -> UnitRules.checkRename(closed, "Xã mới", null, DAY))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.closed");
  }

  @Test
  void aCodeIsUsedOnlyOnceEvenAfterItsUnitClosed() {
    var unit = new NewUnit("C", "Xã C", null, UnitKind.COMMUNE, null, "D1", DAY);

    assertThatThrownBy(() -> UnitRules.checkNew(unit, true, tree))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.duplicate-code");
  }

  @Test
  void aNewUnitNeedsAParentThatExistsOnItsFirstDay() {
    var unit = new NewUnit("C9", "Xã C9", null, UnitKind.COMMUNE, null, "NOPE", DAY);

    assertThatThrownBy(() -> UnitRules.checkNew(unit, false, tree))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.not-valid-on");
  }

  @Test
  void aKindOnlyTakesItsOwnLevels() {
    var unit = new NewUnit("C9", "Xã C9", null, UnitKind.COMMUNE, Level.PROVINCE, "D1", DAY);

    assertThatThrownBy(() -> UnitRules.checkNew(unit, false, tree))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.kind-level");
  }

  @Test
  void codesAreUpperCaseWithoutDiacritics() {
    var unit = new NewUnit("Đức", "Xã", null, UnitKind.COMMUNE, null, "D1", DAY);

    assertThatThrownBy(() -> UnitRules.checkNew(unit, false, tree))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.code-format");
  }

  @Test
  void aUnitCannotMergeIntoItselfNorIntoItsOwnDescendant() {
    var d1 = tree.find("D1").orElseThrow();

    assertThatThrownBy(() -> UnitRules.checkMerge(List.of(d1), "D1", tree, List.of()))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.merge-into-itself");
    assertThatThrownBy(() -> UnitRules.checkMerge(List.of(d1), "C", tree, List.of()))
        .isInstanceOf(UnitRuleViolation.class);
    assertThatCode(() -> UnitRules.checkMerge(List.of(d1), "D2", tree, List.of()))
        .doesNotThrowAnyException();
  }
}

package vn.dvk.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;

/** Renames, moves and merges keep every earlier version, so the tree of any date can be read. */
@IntegrationTest
class UnitHistoryTests {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate YEAR_2023 = LocalDate.of(2023, 6, 30);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  @Autowired Units units;

  private String province;
  private String districtA;
  private String districtB;
  private String commune;

  @BeforeEach
  void aSmallProvince() {
    province = create(TestUnits.code("P"), "Tỉnh Thử", UnitKind.PROVINCE, null);
    districtA = create(TestUnits.code("A"), "Huyện A", UnitKind.DISTRICT, province);
    districtB = create(TestUnits.code("B"), "Huyện B", UnitKind.DISTRICT, province);
    commune = create(TestUnits.code("C"), "Xã Cũ", UnitKind.COMMUNE, districtA);
  }

  @Test
  void aPastYearIsReadAtItsLastDayAndTheCurrentYearAtToday() {
    assertThat(units.asOfYear(2023)).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(units.asOfYear(units.today().getYear())).isEqualTo(units.today());
  }

  @Test
  void aRenameKeepsTheOldNameForEarlierDates() {
    units.rename(commune, "Xã Mới", "Mới", MERGER, "test");

    assertThat(units.get(commune, YEAR_2023).name()).isEqualTo("Xã Cũ");
    assertThat(units.get(commune, MERGER).name()).isEqualTo("Xã Mới");
    assertThat(units.get(commune, MERGER).shortName()).isEqualTo("Mới");
    assertThat(units.history(commune))
        .extracting(UnitView::change)
        .containsExactly(UnitChange.CREATED, UnitChange.RENAMED);
  }

  @Test
  void aMoveChangesTheSubtreeOnlyFromItsDateOn() {
    units.move(commune, districtB, MERGER, "test");

    assertThat(codes(units.subtree(districtA, YEAR_2023))).contains(commune);
    assertThat(codes(units.subtree(districtB, YEAR_2023))).doesNotContain(commune);
    assertThat(codes(units.subtree(districtA, MERGER))).doesNotContain(commune);
    assertThat(codes(units.subtree(districtB, MERGER))).contains(commune);
    assertThat(units.isUnder(commune, districtA, YEAR_2023)).isTrue();
    assertThat(units.isUnder(commune, districtA, MERGER)).isFalse();
  }

  @Test
  void theTreeIsTheSameOnTwoDatesUnlessAUnitChangedInBetween() {
    units.move(commune, districtB, MERGER, "test");

    assertThat(units.sameTree(YEAR_2023, MERGER)).isFalse();
    assertThat(units.sameTree(MERGER, YEAR_2023)).isFalse();
    assertThat(units.sameTree(MERGER.minusDays(1), MERGER)).isFalse();
    assertThat(units.sameTree(MERGER, MERGER.plusDays(1))).isTrue();
    assertThat(units.sameTree(YEAR_2023, YEAR_2023)).isTrue();
  }

  @Test
  void aMergerClosesTheMergedUnitAndMovesItsChildrenButThePastIsUnchanged() {
    var before = codes(units.subtree(province, YEAR_2023));

    units.merge(List.of(districtA), districtB, MERGER, "test");

    assertThat(codes(units.subtree(province, YEAR_2023))).isEqualTo(before);
    assertThat(units.find(districtA, YEAR_2023)).isPresent();
    assertThat(units.find(districtA, MERGER)).isEmpty();
    assertThat(units.get(commune, MERGER).parentCode()).isEqualTo(districtB);
    assertThat(units.get(commune, MERGER).change()).isEqualTo(UnitChange.MOVED_BY_MERGE);
    assertThat(units.successions(districtA))
        .containsExactly(new Succession(districtA, districtB, MERGER));
  }

  @Test
  void aCycleIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(() -> units.move(districtA, commune, MERGER, "test"))
        .isInstanceOf(UnitRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "units.error.cycle");

    var lower = create(TestUnits.code("L"), "Huyện L", UnitKind.DISTRICT, districtA);
    assertThatThrownBy(() -> units.move(districtA, lower, MERGER, "test"))
        .isInstanceOf(UnitRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "units.error.cycle");
    assertThat(units.history(districtA)).hasSize(1);
  }

  @Test
  void aDuplicateCodeIsRefused() {
    assertThatThrownBy(() -> create(commune, "Xã Trùng", UnitKind.COMMUNE, districtB))
        .isInstanceOf(UnitRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "units.error.duplicate-code");
  }

  @Test
  void aChangeDatedBeforeTheLastOneIsRefused() {
    units.rename(commune, "Xã Mới", null, MERGER, "test");

    assertThatThrownBy(() -> units.move(commune, districtB, YEAR_2023, "test"))
        .isInstanceOf(UnitRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "units.error.history");
    assertThat(units.get(commune, YEAR_2023).parentCode()).isEqualTo(districtA);
  }

  @Test
  void aMergedUnitCannotBeChangedAnyMore() {
    units.merge(List.of(districtA), districtB, MERGER, "test");

    assertThatThrownBy(() -> units.rename(districtA, "Huyện A2", null, MERGER.plusDays(1), "test"))
        .isInstanceOf(UnitRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "units.error.closed");
  }

  @Test
  void aBatchIsCheckedAgainstItselfAndTheStoredUnits() {
    var district = TestUnits.code("BD");
    var commune = TestUnits.code("BC");
    units.createAll(
        List.of(
            new NewUnit(district, "Huyện Lô", null, UnitKind.DISTRICT, null, province, START),
            new NewUnit(commune, "Xã Lô", null, UnitKind.COMMUNE, null, district, START)),
        "test");

    assertThat(units.chain(commune, YEAR_2023))
        .extracting(UnitView::code)
        .containsExactly(commune, district, province);
    assertThatThrownBy(
            () ->
                units.createAll(
                    List.of(
                        new NewUnit(
                            TestUnits.code("BX"),
                            "Xã X",
                            null,
                            UnitKind.COMMUNE,
                            null,
                            district,
                            START),
                        new NewUnit(
                            commune, "Xã Trùng", null, UnitKind.COMMUNE, null, district, START)),
                    "test"))
        .hasFieldOrPropertyWithValue("messageKey", "units.error.duplicate-code");
  }

  @Test
  void theChainRunsFromTheUnitUpToTheRoot() {
    assertThat(units.chain(commune, YEAR_2023))
        .extracting(UnitView::code)
        .containsExactly(commune, districtA, province);
  }

  private String create(String code, String name, UnitKind kind, String parent) {
    return units.create(new NewUnit(code, name, null, kind, null, parent, START), "test").code();
  }

  private static List<String> codes(List<UnitView> list) {
    return list.stream().map(UnitView::code).sorted().toList();
  }
}

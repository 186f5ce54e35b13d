package vn.dvk.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.units.Level;
import vn.dvk.units.UnitChange;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

/** How a year's tree places units under their district-level unit. */
class YearTreeTests {

  static final LocalDate END_OF_2023 = LocalDate.of(2023, 12, 31);

  static UnitView unit(String code, String name, UnitKind kind, Level level, String parent) {
    return new UnitView(
        code,
        name,
        null,
        kind,
        level,
        parent,
        LocalDate.of(2020, 1, 1),
        null,
        UnitChange.CREATED,
        null);
  }

  /** A province with a district (two communes below it), a town and the province's Front. */
  static YearTree tree() {
    return YearTree.of(
        2023,
        END_OF_2023,
        unit("P", "Tỉnh", UnitKind.PROVINCE, Level.PROVINCE, null),
        List.of(
            unit("P", "Tỉnh", UnitKind.PROVINCE, Level.PROVINCE, null),
            unit("P.H", "Huyện Hòa", UnitKind.DISTRICT, Level.DISTRICT, "P"),
            unit("P.H.X1", "Xã Một", UnitKind.COMMUNE, Level.GRASSROOTS, "P.H"),
            unit("P.H.X2", "Xã Hai", UnitKind.COMMUNE, Level.GRASSROOTS, "P.H"),
            unit("P.T", "Thị xã Tân", UnitKind.TOWN, Level.DISTRICT, "P"),
            unit("P.MT", "Mặt trận tỉnh", UnitKind.FRONT_OR_ORGANIZATION, Level.PROVINCE, "P")),
        "P");
  }

  @Test
  void aCommuneBelongsToItsDistrictAndADistrictToItself() {
    var tree = tree();

    assertThat(tree.tierOf("P.H.X2")).isEqualTo("P.H");
    assertThat(tree.tierOf("P.T")).isEqualTo("P.T");
    assertThat(tree.tierOf("P.MT")).as("the province's Front is under none").isNull();
    assertThat(tree.tierOf("P")).isNull();
    assertThat(tree.tierOf("ELSEWHERE")).isNull();
  }

  @Test
  void theDistrictLevelUnitsComeInOfficialOrderTownsBeforeDistricts() {
    assertThat(tree().tierCodes()).containsExactly("P.T", "P.H");
  }

  @Test
  void onlyUnitsAtDistrictOrGrassrootsLevelRegister() {
    assertThat(tree().registering())
        .containsExactlyInAnyOrder("P.H", "P.H.X1", "P.H.X2", "P.T")
        .doesNotContain("P", "P.MT");
  }

  @Test
  void figuresByUnitAddUpByDistrictAndUnitsOutsideAnyAreLeftOut() {
    var byDistrict =
        tree()
            .byTier(
                Map.of("P.H", 1, "P.H.X1", 2, "P.H.X2", 4, "P.T", 8, "P.MT", 16, "P", 32),
                Integer::sum);

    assertThat(byDistrict).isEqualTo(Map.of("P.H", 7, "P.T", 8));
  }

  /**
   * The province since the 2025 reform: communes and a special zone directly under it beside its
   * party committee, and an old commune merged into one of them.
   */
  static YearTree twoLevels() {
    var old = unit("P.H.X1", "Xã Một", UnitKind.COMMUNE, Level.GRASSROOTS, "P.H");
    return YearTree.of(
        2026,
        LocalDate.of(2026, 12, 31),
        unit("P", "Tỉnh", UnitKind.PROVINCE, Level.PROVINCE, null),
        List.of(
            unit("P", "Tỉnh", UnitKind.PROVINCE, Level.PROVINCE, null),
            unit("P.PQ", "Đặc khu Phú Quý", UnitKind.SPECIAL_ZONE, Level.GRASSROOTS, "P"),
            unit("P.A", "Xã An", UnitKind.COMMUNE, Level.GRASSROOTS, "P"),
            unit("P.A.CB", "Chi bộ thôn", UnitKind.PARTY_CELL, Level.GRASSROOTS, "P.A"),
            unit(
                "P.QS",
                "Đảng bộ Quân sự",
                UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE,
                Level.DISTRICT,
                "P"),
            unit("P.MT", "Mặt trận tỉnh", UnitKind.FRONT_OR_ORGANIZATION, Level.PROVINCE, "P")),
        "P",
        Map.of("P.H.X1", "P.A"),
        Map.of("P.H.X1", old));
  }

  @Test
  void afterTheReformTheCommunesDirectlyUnderTheProvinceAndItsPartyCommitteesRecognize() {
    var tree = twoLevels();

    assertThat(tree.tierCodes()).containsExactly("P.QS", "P.A", "P.PQ");
    assertThat(tree.structure()).isEqualTo(YearlySummary.Structure.COMMUNE_LEVEL);
    assertThat(tree().structure()).isEqualTo(YearlySummary.Structure.DISTRICT_LEVEL);
    assertThat(tree.tierOf("P.A.CB")).isEqualTo("P.A");
    assertThat(tree.tierOf("P.MT")).isNull();
  }

  @Test
  void aCommuneMergedIntoTheTreeCountsWhereItsSuccessorDoes() {
    var tree = twoLevels();

    assertThat(tree.tierOf("P.H.X1")).isEqualTo("P.A");
    assertThat(tree.registering()).contains("P.H.X1", "P.A", "P.A.CB").doesNotContain("P.MT");
    assertThat(tree.codes()).contains("P.H.X1");
    assertThat(tree.unit("P.H.X1").name()).isEqualTo("Xã Một");
    assertThat(tree.byTier(Map.of("P.H.X1", 2, "P.A", 3), Integer::sum))
        .isEqualTo(Map.of("P.A", 5));
  }
}

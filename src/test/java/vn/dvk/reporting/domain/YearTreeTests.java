package vn.dvk.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

    assertThat(tree.districtOf("P.H.X2")).isEqualTo("P.H");
    assertThat(tree.districtOf("P.T")).isEqualTo("P.T");
    assertThat(tree.districtOf("P.MT")).as("the province's Front is under none").isNull();
    assertThat(tree.districtOf("P")).isNull();
    assertThat(tree.districtOf("ELSEWHERE")).isNull();
  }

  @Test
  void theDistrictLevelUnitsComeInOfficialOrderTownsBeforeDistricts() {
    assertThat(tree().districtCodes()).containsExactly("P.T", "P.H");
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
            .byDistrict(
                Map.of("P.H", 1, "P.H.X1", 2, "P.H.X2", 4, "P.T", 8, "P.MT", 16, "P", 32),
                Integer::sum);

    assertThat(byDistrict).isEqualTo(Map.of("P.H", 7, "P.T", 8));
  }
}

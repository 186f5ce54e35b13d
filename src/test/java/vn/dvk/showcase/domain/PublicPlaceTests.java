package vn.dvk.showcase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.support.UnitVersions.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

class PublicPlaceTests {

  private static final UnitView PROVINCE = unit("BT", "Bình Thuận", UnitKind.PROVINCE, null);
  private static final UnitView DISTRICT = unit("BT.DL", "Đức Linh", UnitKind.DISTRICT, "BT");
  private static final UnitView COMMUNE = unit("BT.DL.MT", "Mê Pu", UnitKind.COMMUNE, "BT.DL");

  @Test
  void aCommunesModelIsShownUnderItsDistrictLevelUnit() {
    var place = PublicPlace.of(COMMUNE.code(), List.of(COMMUNE, DISTRICT, PROVINCE));

    assertThat(place).isEqualTo(new PublicPlace("BT.DL.MT", "Mê Pu", "BT.DL", "Đức Linh"));
  }

  @Test
  void aUnitWithNoDistrictLevelUnitAboveItStandsForItself() {
    var place = PublicPlace.of(PROVINCE.code(), List.of(PROVINCE));

    assertThat(place).isEqualTo(new PublicPlace("BT", "Bình Thuận", "BT", "Bình Thuận"));
  }

  @Test
  void aUnitNoLongerInTheTreeIsShownByItsCode() {
    assertThat(PublicPlace.of("BT.OLD", List.of()))
        .isEqualTo(new PublicPlace("BT.OLD", "BT.OLD", "BT.OLD", "BT.OLD"));
  }
}

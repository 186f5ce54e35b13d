package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.Models;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class ModelSearchTests {

  @Autowired ModelSearch search;
  @Autowired MobilizationModels models;
  @Autowired Acting acting;

  @Test
  void countingStopsJustPastTheLimit() {
    for (int i = 0; i < 3; i++) {
      var title = "Đếm giới hạn " + i;
      acting.run("duclinh", () -> models.create(Models.collective(title, "BT.DL.X10"), 2022));
    }
    var filter =
        new ModelFilter("dem gioi han", 2022, null, null, null, null, null, null, null, 0, 20);
    var units = Map.of(2022, Set.of("BT.DL.X10"));

    assertThat(search.count(filter, units, 10)).isEqualTo(3);
    assertThat(search.count(filter, units, 2)).isEqualTo(3);
    assertThat(search.count(filter, units, 1)).isEqualTo(2);
  }

  @Test
  void eachYearIsReadWithTheUnitsOfThatYear() {
    var model =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Năm nào đơn vị nấy", "BT.DL.X09"), 2022));
    acting.run(
        "duclinh",
        () -> models.act(model.id(), 2022, vn.dvk.models.RegistrationAction.SUBMIT, null));
    acting.run(
        "duclinh.reviewer",
        () -> models.act(model.id(), 2022, vn.dvk.models.RegistrationAction.APPROVE, null));
    acting.run("duclinh", () -> models.continueIn(model.id(), 2023));
    var filter =
        new ModelFilter(
            "nam nao don vi nay", null, null, null, null, null, null, null, null, 0, 20);

    var in2023Only =
        search.find(filter, Map.of(2022, Set.of("BT.DL.X10"), 2023, Set.of("BT.DL.X09")));
    var both = search.find(filter, Map.of(2022, Set.of("BT.DL.X09"), 2023, Set.of("BT.DL.X09")));

    assertThat(in2023Only).extracting("year").containsExactly(2023);
    assertThat(both).extracting("year").containsExactlyInAnyOrder(2022, 2023);
  }
}

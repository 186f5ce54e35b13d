package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelLists;
import vn.dvk.models.ModelRow;
import vn.dvk.models.Models;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * A model is found by its unit's names as they change: renamed, moved, merged — once the listener
 * that rewrites the search text after the change has run.
 */
@IntegrationTest
class UnitNamesInSearchTests {

  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

  @Autowired Units units;
  @Autowired MobilizationModels models;
  @Autowired ModelLists lists;
  @Autowired Acting acting;

  @Test
  void aRenamedUnitsModelsAreFoundByTheNewNameAndTheOld() {
    var commune = commune("Xã Cũ Thử Đổi Tên");
    var model = model("Mô hình của xã đổi tên", commune);

    units.rename(commune, "Xã Mới Thử Đổi Tên", null, units.today(), "admin");

    await()
        .untilAsserted(
            () -> {
              assertThat(found("xa moi thu doi ten")).containsExactly(model);
              assertThat(found("xa cu thu doi ten")).containsExactly(model);
            });
  }

  @Test
  void aMergedUnitsModelsAreFoundByTheNameOfWhatItMergedInto() {
    var merged = commune("Xã Sáp Nhập Đi");
    var into = commune("Xã Nhận Sáp Nhập");
    var model = model("Mô hình của xã sáp nhập", merged);

    units.merge(List.of(merged), into, units.today(), "admin");

    await()
        .untilAsserted(
            () -> {
              assertThat(found("xa nhan sap nhap")).contains(model);
              assertThat(found("xa sap nhap di")).containsExactly(model);
            });
  }

  @Test
  void aMovedUnitsModelsAreFoundByTheirNewSuperior() {
    var commune = commune("Xã Thử Chuyển Huyện");
    var model = model("Mô hình của xã chuyển huyện", commune);

    units.move(commune, "BT.TL", units.today(), "admin");

    await()
        .untilAsserted(
            () -> assertThat(found("tanh linh xa thu chuyen huyen")).containsExactly(model));
  }

  private String commune(String name) {
    var code = TestUnits.code("BT.DL.S");
    units.create(new NewUnit(code, name, null, UnitKind.COMMUNE, null, "BT.DL", FROM), "admin");
    return code;
  }

  private long model(String title, String unit) {
    return acting.as("duclinh", () -> models.create(Models.collective(title, unit), 2024)).id();
  }

  private List<Long> found(String words) {
    var filter = new ModelFilter(words, null, null, null, null, null, null, null, null, 0, 20);
    return acting.as("leader", () -> lists.find(filter)).rows().stream()
        .map(ModelRow::modelId)
        .toList();
  }
}

package vn.dvk.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Official lists: by kind, then by name in Vietnamese alphabetical order. */
class UnitViewTests {

  @Test
  void unitsAreInOfficialOrderByKindThenVietnameseName() {
    var units =
        List.of(
            unit("Huyện Đức Linh", UnitKind.DISTRICT),
            unit("Thành phố Phan Thiết", UnitKind.CITY),
            unit("Huyện Bắc Bình", UnitKind.DISTRICT),
            unit("Huyện Dương Minh", UnitKind.DISTRICT),
            unit("Thị xã La Gi", UnitKind.TOWN),
            unit("Huyện Ẩn", UnitKind.DISTRICT),
            unit("Huyện An", UnitKind.DISTRICT));

    var ordered = UnitView.inOfficialOrder(units);

    assertThat(ordered)
        .extracting(UnitView::name)
        .containsExactly(
            "Thành phố Phan Thiết",
            "Thị xã La Gi",
            "Huyện An",
            "Huyện Ẩn",
            "Huyện Bắc Bình",
            "Huyện Dương Minh",
            "Huyện Đức Linh");
    var sorted = new ArrayList<>(units);
    sorted.sort(UnitView.OFFICIAL_ORDER);
    assertThat(ordered).as("the same order as the comparator").isEqualTo(sorted);
  }

  private static UnitView unit(String name, UnitKind kind) {
    return new UnitView(
        name,
        name,
        null,
        kind,
        kind.defaultLevel(),
        "BT",
        LocalDate.of(2000, 1, 1),
        null,
        null,
        null);
  }
}

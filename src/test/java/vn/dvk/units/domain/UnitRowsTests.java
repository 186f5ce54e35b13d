package vn.dvk.units.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.dvk.shared.jobs.SetupSheet;
import vn.dvk.shared.spreadsheet.WorkbookReader;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.domain.UnitRows.UnitRow;

class UnitRowsTests {

  private final StaticMessageSource messages = new StaticMessageSource();
  private final SetupSheet sheet;

  UnitRowsTests() {
    messages.setUseCodeAsDefaultMessage(true);
    messages.addMessage("unit.kind.COMMUNE", Locale.forLanguageTag("vi"), "Xã");
    messages.addMessage("import.error.choice", Locale.ENGLISH, "“{0}” is not one of: {1}.");
    sheet = new SetupSheet(UnitRows.COLUMNS, messages, Locale.ENGLISH);
  }

  @Test
  void kindsByLabelInAnyLanguageAndDatesAsVietnameseWriteThem() {
    var unit = UnitRows.read(row(2, " bt.x ", "Xã X", "xa", "", "BT", "5/9/2024"), sheet);

    assertThat(unit).isPresent();
    assertThat(unit.get().unit().code()).isEqualTo("BT.X");
    assertThat(unit.get().unit().kind()).isEqualTo(UnitKind.COMMUNE);
    assertThat(unit.get().unit().level()).isEqualTo(Level.GRASSROOTS);
    assertThat(unit.get().unit().validFrom()).isEqualTo(LocalDate.of(2024, 9, 5));
  }

  @Test
  void everyUnreadableCellIsAnErrorOfItsColumn() {
    var unit = UnitRows.read(row(7, "BT.Y", null, "HAMLET", "TOP", null, "31/2/2024"), sheet);

    assertThat(unit).isEmpty();
    assertThat(sheet.errors())
        .extracting(e -> e.row() + e.column() + " " + e.message())
        .containsExactly(
            "7B validation.required",
            "7C “HAMLET” is not one of: NATION, PROVINCE, CITY, TOWN, DISTRICT,"
                + " PARTY_COMMITTEE_UNDER_PROVINCE, FRONT_OR_ORGANIZATION, COMMUNE, WARD, TOWNSHIP,"
                + " SPECIAL_ZONE, AGENCY, PARTY_CELL.",
            "7D “TOP” is not one of: GRASSROOTS, DISTRICT, PROVINCE, CENTRAL.",
            "7E validation.required",
            "7F validation.date");
  }

  @Test
  void parentsComeFirstWhateverTheOrderOfTheFileAndLoopsAreLeftOut() {
    var grandchild = row(2, "C", "BT.B");
    var child = row(3, "B", "BT.A");
    var parent = row(4, "A", "BT");
    var loopOne = row(5, "X", "BT.Y");
    var loopTwo = row(6, "Y", "BT.X");

    var order = new ParentsFirst(List.of(grandchild, child, loopOne, parent, loopTwo));

    assertThat(order.ordered()).containsExactly(parent, child, grandchild);
    assertThat(order.looping()).containsExactlyInAnyOrder(loopOne, loopTwo);
  }

  private static UnitRow row(int number, String code, String parent) {
    return new UnitRow(
        number,
        new NewUnit("BT." + code, code, null, UnitKind.AGENCY, null, parent, LocalDate.now()));
  }

  private static WorkbookReader.Row row(int number, String... cells) {
    Map<Integer, WorkbookReader.Cell> map = new TreeMap<>();
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null) {
        map.put(i, new WorkbookReader.Cell(cells[i], false));
      }
    }
    return new WorkbookReader.Row(number, map);
  }
}

package vn.dvk.models.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class RollingSheetsTests {

  @Test
  void aListLongerThanASheetGoesOnOnTheNextSheetWithTheSameHeader() throws IOException {
    try (var workbook = new SXSSFWorkbook(10)) {
      var sheets =
          new RollingSheets(
              workbook, "Mô hình", sheet -> sheet.createRow(0).createCell(0).setCellValue("Mã"), 4);

      for (int i = 1; i <= 7; i++) {
        sheets.nextRow().createCell(0).setCellValue(i);
      }

      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(workbook.getSheetName(1)).isEqualTo("Mô hình (2)");
      assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
      assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
      assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7);
    }
  }

  @Test
  void theRealLimitIsThatOfXlsx() {
    assertThat(RollingSheets.XLSX_ROWS).isEqualTo(1_048_576);
  }
}

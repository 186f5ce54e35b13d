package vn.dvk.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.BusinessRuleException;

class WorkbookReaderTests {

  @Test
  void aWorkbookWhoseTextUnpacksPastTheLimitIsRefusedAsItIsRead() throws IOException {
    var file = workbookWithText(50, 100);

    assertThatThrownBy(() -> WorkbookReader.read(file, 2_000, row -> {}))
        .isInstanceOf(BusinessRuleException.class)
        .hasFieldOrPropertyWithValue("messageKey", "import.error.too-much-text");
  }

  @Test
  void aWorkbookWithinTheLimitIsReadWhole() throws IOException {
    var file = workbookWithText(50, 100);

    var rows = WorkbookReader.readAll(file);

    assertThat(rows).hasSize(50);
    assertThat(rows.get(49).cell(0).text()).startsWith("49 ");
    assertThat(WorkbookReader.MAX_SHARED_STRINGS).isEqualTo(64L * 1024 * 1024);
  }

  private static Path workbookWithText(int rows, int charactersEach) throws IOException {
    var file = Files.createTempFile("dvk-text-", ".xlsx");
    try (var workbook = new XSSFWorkbook();
        var out = Files.newOutputStream(file)) {
      var sheet = workbook.createSheet();
      for (var i = 0; i < rows; i++) {
        sheet.createRow(i).createCell(0).setCellValue(i + " " + "ả".repeat(charactersEach));
      }
      workbook.write(out);
    }
    return file;
  }
}

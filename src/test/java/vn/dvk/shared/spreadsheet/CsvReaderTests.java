package vn.dvk.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.BusinessRuleException;

class CsvReaderTests {

  @Test
  void aSemicolonFileWithAByteOrderMarkIsReadAsExcelWroteIt() throws IOException {
    var file = csv("\uFEFFMã;Tên\r\nBT.X;\"Xã A; thôn 1\"\r\nBT.Y;Xã B\r\n");

    var rows = read(file);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).cell(0).text()).isEqualTo("Mã");
    assertThat(rows.get(1).cell(1).text()).isEqualTo("Xã A; thôn 1");
    assertThat(rows.get(2).number()).isEqualTo(3);
  }

  @Test
  void aCommaFileKeepsQuotedCommasQuotesAndLineBreaksInTheirCell() throws IOException {
    var file = csv("code,name\nA,\"One, \"\"two\"\"\nthree\"\n\nB,x\n");

    var rows = read(file);

    assertThat(rows.get(1).cell(1).text()).isEqualTo("One, \"two\"\nthree");
    assertThat(rows.get(2).isEmpty()).isTrue();
    assertThat(rows.get(3).number()).isEqualTo(4);
    assertThat(rows.get(3).cell(0).text()).isEqualTo("B");
  }

  @Test
  void theSeparatorIsTheOneTheHeaderUsesOutsideQuotes() throws IOException {
    assertThat(CsvReader.separator(csv("\"a,b,c\";d\n"))).isEqualTo(';');
    assertThat(CsvReader.separator(csv("a,b;c,d\n"))).isEqualTo(',');
  }

  @Test
  void textThatIsNotUtf8IsRefused() throws IOException {
    var file = Files.createTempFile("dvk-csv-", ".csv");
    Files.write(file, "Mã;Tên\nBT;Xã Đức\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(BusinessRuleException.class)
        .hasFieldOrPropertyWithValue("messageKey", "import.error.not-utf8");
  }

  @Test
  void aWorkbookAndACsvFileAreToldApartByTheirContent() throws IOException {
    var file = csv("a;b\n1;2\n");

    var rows = new ArrayList<WorkbookReader.Row>();
    Spreadsheets.read(file, rows::add);

    assertThat(rows).hasSize(2);
    assertThat(Spreadsheets.countRows(file)).isEqualTo(1);
    assertThat(Spreadsheets.letter(0)).isEqualTo("A");
    assertThat(Spreadsheets.letter(27)).isEqualTo("AB");
  }

  private static List<WorkbookReader.Row> read(Path file) {
    var rows = new ArrayList<WorkbookReader.Row>();
    CsvReader.read(file, rows::add);
    return rows;
  }

  private static Path csv(String text) throws IOException {
    var file = Files.createTempFile("dvk-csv-", ".xlsx");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}

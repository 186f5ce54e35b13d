package vn.dvk.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenDataCsvTests {

  @Test
  void aCellThatASpreadsheetWouldRunAsAFormulaIsMadeInert() {
    var csv =
        OpenData.csv(
            List.of("title", "movementCodes", "count"),
            List.of(
                Map.of(
                    "title",
                    "=HYPERLINK(\"http://x\")",
                    "movementCodes",
                    List.of("A", "B"),
                    "count",
                    3),
                Map.of(
                    "title",
                    "Dân vận khéo, \"tiêu biểu\"",
                    "movementCodes",
                    List.of(),
                    "count",
                    -1)));

    assertThat(csv)
        .startsWith("\uFEFFtitle,movementCodes,count\r\n")
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\",A;B,3\r\n")
        .contains("\"Dân vận khéo, \"\"tiêu biểu\"\"\",,-1\r\n");
    assertThat(OpenData.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(OpenData.inert("+84 90")).isEqualTo("'+84 90");
    assertThat(OpenData.inert("Mô hình")).isEqualTo("Mô hình");
  }
}

package vn.dvk.shared.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import vn.dvk.shared.BusinessRuleException;

/** An uploaded table, XLSX or CSV, told apart by its content rather than by its name. */
public final class Spreadsheets {

  private Spreadsheets() {}

  /** Reads every row of the first sheet of a workbook, or every record of a CSV file. */
  public static void read(Path file, Consumer<WorkbookReader.Row> rows) {
    if (isZip(file)) {
      WorkbookReader.read(file, rows);
    } else {
      CsvReader.read(file, rows);
    }
  }

  /** The rows of the file that are not empty, below its header row. */
  public static int countRows(Path file) {
    var total = new int[] {0};
    read(
        file,
        row -> {
          if (row.number() > 1 && !row.isEmpty()) {
            total[0]++;
          }
        });
    return total[0];
  }

  /** The column's letter in a sheet (A, B, … Z, AA, …), from its 0-based index. */
  public static String letter(int index) {
    var letters = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) {
      letters.insert(0, (char) ('A' + i % 26));
    }
    return letters.toString();
  }

  private static boolean isZip(Path file) {
    try (var in = Files.newInputStream(file)) {
      var magic = in.readNBytes(2);
      return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
    } catch (IOException e) {
      throw new BusinessRuleException("import.error.unreadable");
    }
  }
}

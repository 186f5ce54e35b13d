package vn.dvk.models.spreadsheet;

import java.util.function.Consumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Rows for a list longer than a sheet holds (1,048,576 rows in XLSX): when a sheet is full, the
 * next one is started — “Mô hình (2)”, “Mô hình (3)” … — with the same header row.
 */
public final class RollingSheets {

  public static final int XLSX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private final Workbook workbook;
  private final String name;
  private final Consumer<Sheet> header;
  private final int rowsPerSheet;
  private Sheet sheet;
  private int next;
  private int sheets;

  /**
   * @param header writes the header row (row 0) of each new sheet
   */
  public RollingSheets(Workbook workbook, String name, Consumer<Sheet> header) {
    this(workbook, name, header, XLSX_ROWS);
  }

  RollingSheets(Workbook workbook, String name, Consumer<Sheet> header, int rowsPerSheet) {
    this.workbook = workbook;
    this.name = name;
    this.header = header;
    this.rowsPerSheet = rowsPerSheet;
  }

  /** A new row, on a new sheet when the current one is full. */
  public Row nextRow() {
    if (sheet == null || next >= rowsPerSheet) {
      sheets++;
      sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
      header.accept(sheet);
      next = 1;
    }
    return sheet.createRow(next++);
  }

  /** Starts the first sheet even when no row follows, so that an empty list has its header. */
  public void start() {
    if (sheet == null) {
      sheets++;
      sheet = workbook.createSheet(name);
      header.accept(sheet);
      next = 1;
    }
  }
}

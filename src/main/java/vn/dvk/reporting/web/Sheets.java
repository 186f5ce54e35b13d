package vn.dvk.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX workbooks of plain tables: a bold header row, then lines of text and numbers. */
final class Sheets {

  private Sheets() {}

  /** A workbook filled by {@code fill} (given the bold header style), as bytes. */
  static byte[] workbook(BiConsumer<XSSFWorkbook, CellStyle> fill) {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var bold = workbook.createFont();
      bold.setBold(true);
      var header = workbook.createCellStyle();
      header.setFont(bold);
      fill.accept(workbook, header);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet: the first column 30 characters wide, the others 22. */
  static byte[] single(String name, List<String> columns, List<List<Object>> lines) {
    var widths = new int[columns.size()];
    java.util.Arrays.fill(widths, 22);
    widths[0] = 30;
    return workbook(
        (workbook, header) -> table(workbook.createSheet(name), header, columns, lines, widths));
  }

  /** A header row and lines; the first columns get the widths (in characters). */
  static void table(
      Sheet sheet,
      CellStyle header,
      List<String> columns,
      List<List<Object>> lines,
      int... widths) {
    var top = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      var cell = top.createCell(c);
      cell.setCellValue(columns.get(c));
      cell.setCellStyle(header);
    }
    var r = 1;
    for (var line : lines) {
      cells(sheet.createRow(r++), line);
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }

  /** A line of cells, numbers as numbers. */
  static void cells(Row row, List<Object> line) {
    for (int c = 0; c < line.size(); c++) {
      if (line.get(c) instanceof Number number) {
        row.createCell(c).setCellValue(number.doubleValue());
      } else {
        row.createCell(c).setCellValue(String.valueOf(line.get(c)));
      }
    }
  }
}

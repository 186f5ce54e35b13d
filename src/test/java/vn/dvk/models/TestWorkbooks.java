package vn.dvk.models;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.dvk.models.spreadsheet.RegistrationTemplate;
import vn.dvk.models.spreadsheet.TemplateColumn;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;

/** Registration workbooks for the import tests: the real template, filled with given rows. */
final class TestWorkbooks {

  private TestWorkbooks() {}

  /** Fills the template: each row is a list of cell values (String, Number or null) from A on. */
  static Path filled(MessageSource messages, ReferenceLists references, List<List<Object>> rows) {
    try {
      var template = new ByteArrayOutputStream();
      RegistrationTemplate.write(
          template,
          Locale.forLanguageTag("vi"),
          key -> messages.getMessage(key, null, Locale.forLanguageTag("vi")),
          references.active(ReferenceList.FIELD),
          references.active(ReferenceList.MOVEMENT),
          references.active(ReferenceList.INDICATOR),
          List.of());
      try (var workbook =
          new XSSFWorkbook(new java.io.ByteArrayInputStream(template.toByteArray()))) {
        return save(workbook, rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A workbook made from the template as it was before the column of continued models: the
   * indicator targets follow the model's columns at once (here LAND_DONATED, in column X).
   */
  static Path withoutContinuedColumn(MessageSource messages, List<List<Object>> rows) {
    var vi = Locale.forLanguageTag("vi");
    try (var workbook = new XSSFWorkbook()) {
      var header = workbook.createSheet("x").createRow(0);
      var columns = TemplateColumn.always();
      for (int i = 0; i < columns.size(); i++) {
        var column = columns.get(i);
        header
            .createCell(i)
            .setCellValue(
                messages.getMessage(column.labelKey(), null, vi) + (column.required() ? " *" : ""));
      }
      header.createCell(columns.size()).setCellValue("Chỉ tiêu: Diện tích đất hiến [LAND_DONATED]");
      return save(workbook, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the rows below the header of the first sheet, and the workbook to a file. */
  private static Path save(XSSFWorkbook workbook, List<List<Object>> rows) throws IOException {
    var sheet = workbook.getSheetAt(0);
    var dates = workbook.createCellStyle();
    dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    for (int r = 0; r < rows.size(); r++) {
      var row = sheet.createRow(r + 1);
      var values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        var value = values.get(c);
        if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else if (value instanceof java.time.LocalDate date) {
          var cell = row.createCell(c);
          cell.setCellValue(date);
          cell.setCellStyle(dates);
        } else if (value != null) {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
    var file = Files.createTempFile("dvk-test-", ".xlsx");
    try (var out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  /**
   * A real workbook whose sheet has been replaced by one that inflates a thousandfold: a zip bomb
   * (60 MB of blanks in a few kilobytes).
   */
  static Path bomb(Path workbook) throws IOException {
    var file = Files.createTempFile("dvk-bomb-", ".xlsx");
    try (var source = new java.util.zip.ZipFile(workbook.toFile());
        var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      var entries = source.entries();
      while (entries.hasMoreElements()) {
        var entry = entries.nextElement();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(
              "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                  .getBytes());
          var blank = new byte[1024 * 1024];
          java.util.Arrays.fill(blank, (byte) ' ');
          for (int i = 0; i < 60; i++) {
            zip.write(blank);
          }
          zip.write("</sheetData></worksheet>".getBytes());
        } else {
          try (var in = source.getInputStream(entry)) {
            in.transferTo(zip);
          }
        }
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A row: year, title, owner, unit, field, funds, then fixed content and a start date. */
  static List<Object> row(
      Object year, String title, String owner, String unit, String field, Object funds) {
    var cells = new ArrayList<Object>(Arrays.asList(new Object[23]));
    cells.set(0, year);
    cells.set(1, title);
    cells.set(2, owner);
    cells.set(3, unit);
    cells.set(6, field);
    cells.set(11, "Nội dung, cách làm");
    cells.set(16, funds);
    cells.set(19, LocalDate.of(2024, 3, 1));
    return cells;
  }

  /** A row that continues the model of the given number (or text) into the year. */
  static List<Object> continued(Object year, Object model) {
    var cells = new ArrayList<Object>(Arrays.asList(new Object[24]));
    cells.set(0, year);
    cells.set(23, model);
    return cells;
  }

  static Path bytes(byte[] content, String suffix) throws IOException {
    var file = Files.createTempFile("dvk-test-", suffix);
    Files.write(file, content);
    return file;
  }
}

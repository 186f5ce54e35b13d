package vn.dvk.models;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.dvk.models.spreadsheet.RegistrationTemplate;
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  static Path bytes(byte[] content, String suffix) throws IOException {
    var file = Files.createTempFile("dvk-test-", suffix);
    Files.write(file, content);
    return file;
  }
}

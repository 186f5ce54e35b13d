package vn.dvk.shared.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The workbook a set-up import starts from: one header row in the reader's language (required
 * columns marked with * on a yellow ground), a comment on each header saying what the column takes,
 * and drop-downs for the columns that take one of a few codes.
 */
public final class SetupTemplate {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SetupTemplate() {}

  /**
   * @param choices the codes offered in a drop-down, by column
   */
  public static void write(
      OutputStream out,
      String sheetName,
      List<SetupSheet.Column> columns,
      Map<Integer, List<String>> choices,
      MessageSource messages,
      Locale locale)
      throws IOException {
    try (var workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet(sheetName);
      var header = headerStyle(workbook, false);
      var required = headerStyle(workbook, true);
      var row = sheet.createRow(0);
      var drawing = sheet.createDrawingPatriarch();
      var factory = workbook.getCreationHelper();
      for (int i = 0; i < columns.size(); i++) {
        var column = columns.get(i);
        var cell = row.createCell(i);
        cell.setCellValue(
            messages.getMessage(column.labelKey(), null, locale) + (column.required() ? " *" : ""));
        cell.setCellStyle(column.required() ? required : header);
        var anchor = factory.createClientAnchor();
        anchor.setCol1(i);
        anchor.setCol2(i + 3);
        anchor.setRow1(0);
        anchor.setRow2(4);
        var comment = drawing.createCellComment(anchor);
        comment.setString(
            factory.createRichTextString(messages.getMessage(column.hintKey(), null, locale)));
        cell.setCellComment(comment);
        sheet.setColumnWidth(i, 24 * 256);
      }
      choices.forEach((column, codes) -> dropDown(sheet, column, codes));
      sheet.createFreezePane(0, 1);
      workbook.write(out);
    }
  }

  /** Bold; on a yellow ground for the columns a row must fill. */
  private static CellStyle headerStyle(XSSFWorkbook workbook, boolean required) {
    var bold = workbook.createFont();
    bold.setBold(true);
    var style = workbook.createCellStyle();
    style.setFont(bold);
    if (required) {
      style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }

  private static void dropDown(XSSFSheet sheet, int column, List<String> codes) {
    var helper = sheet.getDataValidationHelper();
    var constraint = helper.createExplicitListConstraint(codes.toArray(String[]::new));
    var validation =
        helper.createValidation(
            constraint, new CellRangeAddressList(1, SetupImports.MAX_ROWS, column, column));
    validation.setShowErrorBox(false);
    sheet.addValidationData(validation);
  }
}

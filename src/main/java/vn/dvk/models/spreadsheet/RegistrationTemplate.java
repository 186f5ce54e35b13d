package vn.dvk.models.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.models.OwnerKind;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.units.UnitView;

/**
 * The registration workbook units fill in: one sheet of rows to import (one model a row, its
 * indicator targets at the end) and one sheet listing the codes it may use, with drop-downs for the
 * owner kind and the field.
 */
public final class RegistrationTemplate {

  public static final int MAX_ROWS = 20_000;

  private RegistrationTemplate() {}

  /**
   * @param label the label of a message key in the reader's language
   */
  public static void write(
      OutputStream out,
      Locale locale,
      Function<String, String> label,
      List<ReferenceItem> fields,
      List<ReferenceItem> movements,
      List<ReferenceItem> indicators,
      List<UnitView> units)
      throws IOException {
    try (var workbook = new XSSFWorkbook()) {
      var header = headerStyle(workbook);
      var sheet = workbook.createSheet(label.apply("import.sheet.rows"));
      headerRow(sheet, locale, label, indicators, header, requiredStyle(workbook, header));
      var lists = workbook.createSheet(label.apply("import.sheet.codes"));
      var ownerLast = owners(lists, label, header);
      var r = ownerLast;
      r = section(lists, r + 1, label.apply("models.field"), header);
      var fieldFirst = r;
      r = codes(lists, r, fields, locale);
      var fieldLast = r - 1;
      r = section(lists, r + 1, label.apply("models.movements"), header);
      r = codes(lists, r, movements, locale);
      r = section(lists, r + 1, label.apply("models.unit"), header);
      for (var unit : units) {
        pair(lists, r++, unit.code(), unit.name());
      }
      lists.setColumnWidth(0, 30 * 256);
      lists.setColumnWidth(1, 70 * 256);
      var codesSheet = "'" + lists.getSheetName() + "'!";
      dropDown(sheet, TemplateColumn.OWNER_KIND, codesSheet + "$A$2:$A$" + ownerLast);
      if (fieldLast >= fieldFirst) {
        dropDown(
            sheet,
            TemplateColumn.FIELD_CODE,
            codesSheet + "$A$" + (fieldFirst + 1) + ":$A$" + (fieldLast + 1));
      }
      workbook.write(out);
    }
  }

  private static CellStyle headerStyle(XSSFWorkbook workbook) {
    var bold = workbook.createFont();
    bold.setBold(true);
    var header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    return header;
  }

  /** The header's style on a yellow ground: the columns a row must fill. */
  private static CellStyle requiredStyle(XSSFWorkbook workbook, CellStyle header) {
    var required = workbook.createCellStyle();
    required.cloneStyleFrom(header);
    required.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    required.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return required;
  }

  /** The labels of the template's columns (required ones marked), then one per indicator. */
  private static void headerRow(
      XSSFSheet sheet,
      Locale locale,
      Function<String, String> label,
      List<ReferenceItem> indicators,
      CellStyle header,
      CellStyle required) {
    var row = sheet.createRow(0);
    var columns = TemplateColumn.all();
    for (int i = 0; i < columns.size(); i++) {
      var column = columns.get(i);
      var cell = row.createCell(i);
      cell.setCellValue(label.apply(column.labelKey()) + (column.required() ? " *" : ""));
      cell.setCellStyle(column.required() ? required : header);
      sheet.setColumnWidth(i, (column == TemplateColumn.TITLE ? 50 : 20) * 256);
    }
    for (int i = 0; i < indicators.size(); i++) {
      var indicator = indicators.get(i);
      var cell = row.createCell(columns.size() + i);
      cell.setCellValue(
          label.apply("models.target")
              + ": "
              + indicator.name(locale)
              + " ("
              + indicator.measure(locale)
              + ") ["
              + indicator.code()
              + "]");
      cell.setCellStyle(header);
      sheet.setColumnWidth(columns.size() + i, 22 * 256);
    }
    sheet.createFreezePane(2, 1);
  }

  /** The owner kinds from the first row, under their title; returns the row after them. */
  private static int owners(XSSFSheet sheet, Function<String, String> label, CellStyle header) {
    var r = section(sheet, 0, label.apply("models.owner-kind"), header);
    for (var owner : OwnerKind.values()) {
      pair(sheet, r++, label.apply("models.owner." + owner), owner.name());
    }
    return r;
  }

  /** Lists the items' codes and names from the row; returns the row after them. */
  private static int codes(XSSFSheet sheet, int row, List<ReferenceItem> items, Locale locale) {
    var r = row;
    for (var item : items) {
      pair(sheet, r++, item.code(), item.name(locale));
    }
    return r;
  }

  private static int section(XSSFSheet sheet, int row, String title, CellStyle style) {
    var cell = sheet.createRow(row).createCell(0);
    cell.setCellValue(title);
    cell.setCellStyle(style);
    return row + 1;
  }

  private static void pair(XSSFSheet sheet, int row, String first, String second) {
    var line = sheet.createRow(row);
    line.createCell(0).setCellValue(first);
    line.createCell(1).setCellValue(second);
  }

  private static void dropDown(XSSFSheet sheet, TemplateColumn templateColumn, String range) {
    var column = templateColumn.ordinal();
    var helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
    var validation =
        helper.createValidation(constraint, new CellRangeAddressList(1, MAX_ROWS, column, column));
    validation.setShowErrorBox(false);
    sheet.addValidationData(validation);
  }
}

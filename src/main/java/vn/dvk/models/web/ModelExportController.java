package vn.dvk.models.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dvk.models.ModelExportRow;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelLists;
import vn.dvk.models.spreadsheet.RollingSheets;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * Any filtered list as an XLSX workbook, streamed: rows go from a database cursor to a streaming
 * workbook that keeps only a window of rows in memory.
 */
@Controller
class ModelExportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String> COLUMNS =
      List.of(
          "models.export.id",
          "models.year",
          "models.kind",
          "models.state",
          "models.f.title",
          "models.owner-kind",
          "models.f.personName",
          "models.f.personPosition",
          "models.export.unit-code",
          "models.unit",
          "models.field",
          "models.movements",
          "models.f.startDate",
          "models.f.evaluationDate",
          "models.f.fundsVnd",
          "models.f.contributionVnd",
          "models.f.workingDays");

  private final ModelLists lists;
  private final Units units;
  private final ReferenceLists references;
  private final MessageSource messages;

  ModelExportController(
      ModelLists lists, Units units, ReferenceLists references, MessageSource messages) {
    this.lists = lists;
    this.units = units;
    this.references = references;
    this.messages = messages;
  }

  @GetMapping("/models/export.xlsx")
  void export(@ModelAttribute FilterParams params, Locale locale, HttpServletResponse response)
      throws IOException {
    var filter = params.toFilter().withPage(0, ModelFilter.MAX_PAGE_SIZE);
    var fields = references.byCode(ReferenceList.FIELD);
    var unitNames = new HashMap<String, String>();
    try (var workbook = new SXSSFWorkbook(200)) {
      workbook.setCompressTempFiles(true);

      var dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      var amounts = workbook.createCellStyle();
      amounts.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      var bold = workbook.createFont();
      bold.setBold(true);
      var headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      var sheets =
          new RollingSheets(
              workbook,
              messages.getMessage("models.title", null, locale),
              sheet -> header(sheet, headerStyle, locale));
      sheets.start();
      // Rows go to the workbook's temporary files; nothing reaches the response before the
      // export has passed its scope check (an unknown or foreign unit answers 404).
      lists.export(
          filter, row -> write(sheets.nextRow(), row, fields, unitNames, dates, amounts, locale));
      response.setContentType(XLSX);
      response.setHeader(
          "Content-Disposition",
          ContentDisposition.attachment()
              .filename("mo-hinh-" + units.today() + ".xlsx")
              .build()
              .toString());
      workbook.write(response.getOutputStream());
    }
  }

  private void header(Sheet sheet, CellStyle style, Locale locale) {
    var row = sheet.createRow(0);
    for (int i = 0; i < COLUMNS.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(messages.getMessage(COLUMNS.get(i), null, locale));
      cell.setCellStyle(style);
      sheet.setColumnWidth(i, i == 4 ? 60 * 256 : 18 * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private void write(
      Row row,
      ModelExportRow model,
      Map<String, ReferenceItem> fields,
      Map<String, String> unitNames,
      CellStyle dates,
      CellStyle amounts,
      Locale locale) {
    int c = 0;
    row.createCell(c++).setCellValue(model.modelId());
    row.createCell(c++).setCellValue(model.year());
    row.createCell(c++).setCellValue(message("models.kind." + model.kind(), locale));
    row.createCell(c++).setCellValue(message("models.state." + model.state(), locale));
    row.createCell(c++).setCellValue(model.title());
    row.createCell(c++).setCellValue(message("models.owner." + model.ownerKind(), locale));
    text(row, c++, model.personName());
    text(row, c++, model.personPosition());
    row.createCell(c++).setCellValue(model.unitCode());
    row.createCell(c++)
        .setCellValue(
            unitNames.computeIfAbsent(
                model.unitCode(),
                code ->
                    units.findOnOrLatest(code, units.today()).map(UnitView::name).orElse(code)));
    var field = fields.get(model.fieldCode());
    row.createCell(c++).setCellValue(field == null ? model.fieldCode() : field.name(locale));
    text(row, c++, model.movementCodes());
    date(row, c++, model.startDate(), dates);
    date(row, c++, model.evaluationDate(), dates);
    number(row, c++, model.fundsVnd(), amounts);
    number(row, c++, model.contributionVnd(), amounts);
    number(row, c, model.workingDays(), amounts);
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static void text(Row row, int column, String value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
  }

  private static void date(Row row, int column, LocalDate value, CellStyle style) {
    if (value != null) {
      var cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }
  }

  private static void number(Row row, int column, Number value, CellStyle style) {
    if (value != null) {
      var cell = row.createCell(column);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(style);
    }
  }
}

package vn.dvk.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvk.shared.pdf.PdfDocuments.Align;
import vn.dvk.shared.pdf.PdfDocuments.Style;
import vn.dvk.shared.pdf.PdfDocuments.Writer;

/**
 * The yearly summary as files: a PDF in Vietnamese (the paragraph, the table by unit and the
 * outstanding models, as a report is filed) and an XLSX workbook of its tables in the reader's
 * language.
 */
@Component
public class SummaryFiles {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final float MM = 72 / 25.4f;

  private final SummaryNarrative narrative;
  private final MessageSource messages;

  SummaryFiles(SummaryNarrative narrative, MessageSource messages) {
    this.narrative = narrative;
    this.messages = messages;
  }

  public byte[] pdf(YearlySummary s) {
    try (var w =
        new Writer(
            PDRectangle.A4,
            "Báo cáo tổng hợp năm " + s.year(),
            new float[] {20 * MM, 15 * MM, 20 * MM, 25 * MM})) {
      w.text("BÁO CÁO", Style.BOLD, 15, Align.CENTER);
      w.text(
          "Kết quả thực hiện phong trào thi đua “Dân vận khéo” năm " + s.year(),
          Style.BOLD,
          13,
          Align.CENTER);
      w.text(s.unit().name(), Style.ITALIC, 12, Align.CENTER);
      w.space(6);
      w.rule(50);
      w.space(10);
      w.paragraph(null, narrative.write(s, VI), 12.5f);
      w.space(8);
      w.text("Kết quả theo đơn vị cấp huyện", Style.BOLD, 12.5f, Align.LEFT);
      w.space(4);
      var rows = new ArrayList<List<String>>();
      var n = 0;
      for (var line : s.byUnit()) {
        rows.add(
            List.of(
                String.valueOf(++n),
                line.unit().name(),
                String.valueOf(line.registered()),
                String.valueOf(line.recognized()),
                String.valueOf(line.proposed())));
      }
      w.table(
          new float[] {1, 6, 2.2f, 2.6f, 2.6f},
          List.of("STT", "Đơn vị", "Đăng ký", "Công nhận cấp huyện", "Đề nghị cấp tỉnh"),
          rows,
          10.5f);
      if (!s.outstandingModels().isEmpty()) {
        w.space(10);
        w.text("Mô hình tiêu biểu", Style.BOLD, 12.5f, Align.LEFT);
        w.space(4);
        var outstanding = new ArrayList<List<String>>();
        n = 0;
        for (var model : s.outstandingModels()) {
          outstanding.add(List.of(String.valueOf(++n), model.title(), model.unit().name()));
        }
        w.table(
            new float[] {1, 9, 4.4f}, List.of("STT", "Tên mô hình", "Đơn vị"), outstanding, 10.5f);
      }
      return w.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] xlsx(YearlySummary s, Locale locale) {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var bold = workbook.createFont();
      bold.setBold(true);
      var header = workbook.createCellStyle();
      header.setFont(bold);

      var figures = workbook.createSheet(label("reports.xlsx.figures", locale));
      var rows =
          List.of(
              List.<Object>of(label("reports.xlsx.year", locale), s.year()),
              List.<Object>of(label("models.unit", locale), s.unit().name()),
              List.<Object>of(label("reports.xlsx.registered", locale), s.registered().total()),
              List.<Object>of(label("reports.xlsx.registered-new", locale), s.registered().fresh()),
              List.<Object>of(
                  label("reports.xlsx.registered-continued", locale), s.registered().continued()),
              List.<Object>of(
                  label("reports.xlsx.district-units", locale), s.districtLevel().units()),
              List.<Object>of(
                  label("reports.xlsx.considered", locale),
                  s.districtLevel().unitsThatConsidered()),
              List.<Object>of(
                  label("reports.xlsx.district-recognized", locale),
                  s.districtLevel().recognized().total()),
              List.<Object>of(
                  label("reports.xlsx.proposing-units", locale),
                  s.proposalsToProvince().unitsThatProposed()),
              List.<Object>of(
                  label("reports.xlsx.proposed", locale),
                  s.proposalsToProvince().proposed().total()),
              List.<Object>of(
                  label("reports.xlsx.province-recognized", locale),
                  s.provinceLevel().recognized().total()));
      for (int i = 0; i < rows.size(); i++) {
        var row = figures.createRow(i);
        var name = row.createCell(0);
        name.setCellValue((String) rows.get(i).get(0));
        name.setCellStyle(header);
        var value = rows.get(i).get(1);
        if (value instanceof Integer number) {
          row.createCell(1).setCellValue(number);
        } else {
          row.createCell(1).setCellValue(String.valueOf(value));
        }
      }
      figures.setColumnWidth(0, 45 * 256);
      figures.setColumnWidth(1, 20 * 256);

      var byUnit = workbook.createSheet(label("reports.summary.by-unit", locale));
      var head = byUnit.createRow(0);
      var columns =
          List.of(
              label("models.unit", locale),
              label("reports.summary.col.registered", locale),
              label("reports.summary.col.recognized", locale),
              label("reports.summary.col.proposed", locale));
      for (int c = 0; c < columns.size(); c++) {
        var cell = head.createCell(c);
        cell.setCellValue(columns.get(c));
        cell.setCellStyle(header);
      }
      var r = 1;
      for (var line : s.byUnit()) {
        var row = byUnit.createRow(r++);
        row.createCell(0).setCellValue(line.unit().name());
        row.createCell(1).setCellValue(line.registered());
        row.createCell(2).setCellValue(line.recognized());
        row.createCell(3).setCellValue(line.proposed());
      }
      byUnit.setColumnWidth(0, 30 * 256);

      var outstanding = workbook.createSheet(label("reports.summary.outstanding", locale));
      var top = outstanding.createRow(0);
      var titles = List.of(label("models.model", locale), label("models.unit", locale));
      for (int c = 0; c < titles.size(); c++) {
        var cell = top.createCell(c);
        cell.setCellValue(titles.get(c));
        cell.setCellStyle(header);
      }
      r = 1;
      for (var model : s.outstandingModels()) {
        var row = outstanding.createRow(r++);
        row.createCell(0).setCellValue(model.title());
        row.createCell(1).setCellValue(model.unit().name());
      }
      outstanding.setColumnWidth(0, 80 * 256);
      outstanding.setColumnWidth(1, 30 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The coverage table: each unit against each deadline, with the targets below. */
  public byte[] coverageXlsx(Coverage c, Locale locale) {
    var header =
        List.of(
            label("models.unit", locale),
            label("plans.registration", locale),
            label("plans.district", locale),
            label("plans.province", locale));
    var rows = new ArrayList<List<Object>>();
    for (var line : c.lines()) {
      rows.add(
          List.of(
              line.unit().name(),
              status(line.registration(), locale),
              status(line.districtRecognition(), locale),
              status(line.proposals(), locale)));
    }
    rows.add(List.of());
    for (var target : c.targets()) {
      rows.add(
          List.of(
              messages.getMessage(
                  "coverage.target." + target.key(),
                  new Object[] {
                    target.achieved(), target.of(), target.percent(), target.targetPercent()
                  },
                  locale)));
    }
    return table(label("coverage.link", locale), header, rows);
  }

  /** The dashboard's table: each year's figures. */
  public byte[] yearsXlsx(Dashboard d, Locale locale) {
    var header =
        List.of(
            label("models.year", locale),
            label("dashboard.registered", locale),
            label("dashboard.new", locale),
            label("dashboard.continued", locale),
            label("dashboard.collective", locale),
            label("dashboard.individual", locale),
            label("dashboard.district-recognized", locale),
            label("dashboard.proposed", locale),
            label("dashboard.province-recognized", locale));
    var rows = new ArrayList<List<Object>>();
    for (var y : d.years()) {
      rows.add(
          List.of(
              y.year(),
              y.registered(),
              y.fresh(),
              y.continued(),
              y.collective(),
              y.individual(),
              y.districtRecognized(),
              y.proposed(),
              y.provinceRecognized()));
    }
    return table(label("dashboard.by-year", locale), header, rows);
  }

  private String status(Coverage.Step step, Locale locale) {
    var text = label("coverage.status." + step.status(), locale);
    return step.done() == null
        ? text
        : text
            + " ("
            + step.done().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + ")";
  }

  /** One sheet: a bold header row, then the rows (numbers as numbers). */
  private static byte[] table(String name, List<String> header, List<List<Object>> rows) {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var bold = workbook.createFont();
      bold.setBold(true);
      var style = workbook.createCellStyle();
      style.setFont(bold);
      var sheet = workbook.createSheet(name);
      var top = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        var cell = top.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(style);
        sheet.setColumnWidth(c, (c == 0 ? 30 : 22) * 256);
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          var value = rows.get(r).get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(value));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}

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

      table(
          workbook.createSheet(label("reports.summary.by-unit", locale)),
          header,
          List.of(
              label("models.unit", locale),
              label("reports.summary.col.registered", locale),
              label("reports.summary.col.recognized", locale),
              label("reports.summary.col.proposed", locale)),
          s.byUnit().stream()
              .map(
                  line ->
                      List.<Object>of(
                          line.unit().name(),
                          line.registered(),
                          line.recognized(),
                          line.proposed()))
              .toList(),
          30);
      table(
          workbook.createSheet(label("reports.summary.outstanding", locale)),
          header,
          List.of(label("models.model", locale), label("models.unit", locale)),
          s.outstandingModels().stream()
              .map(model -> List.<Object>of(model.title(), model.unit().name()))
              .toList(),
          80,
          30);
      table(
          workbook.createSheet(label("reports.summary.replications", locale)),
          header,
          List.of(
              label("models.model", locale),
              label("models.unit", locale),
              label("replication.copies", locale)),
          s.replications().byModel().stream()
              .map(model -> List.<Object>of(model.title(), model.unit().name(), model.copies()))
              .toList(),
          80,
          30);
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
      var widths = new int[header.size()];
      java.util.Arrays.fill(widths, 22);
      widths[0] = 30;
      table(workbook.createSheet(name), style, header, rows, widths);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  /** A sheet of a header row and lines of text and numbers; the first columns get the widths. */
  private static void table(
      org.apache.poi.ss.usermodel.Sheet sheet,
      org.apache.poi.ss.usermodel.CellStyle header,
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
      var row = sheet.createRow(r++);
      for (int c = 0; c < line.size(); c++) {
        if (line.get(c) instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else {
          row.createCell(c).setCellValue(String.valueOf(line.get(c)));
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }
}

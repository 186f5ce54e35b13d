package vn.dvk.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.SummaryNarrative;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.reporting.YearlySummary.Structure;
import vn.dvk.shared.pdf.PartyHeading;
import vn.dvk.shared.pdf.PdfDocuments.Align;
import vn.dvk.shared.pdf.PdfDocuments.Style;
import vn.dvk.shared.pdf.PdfDocuments.Writer;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * The yearly summary as a PDF in Vietnamese, as a report is filed: the commission's heading, the
 * title, the paragraph, the table by district-level unit and the outstanding models.
 */
@Component
class SummaryPdf {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final float MM = 72 / 25.4f;
  private static final float HEADING = 12.5f;
  private static final float CELLS = 10.5f;

  private final SummaryNarrative narrative;
  private final Units units;

  SummaryPdf(SummaryNarrative narrative, Units units) {
    this.narrative = narrative;
    this.units = units;
  }

  byte[] of(YearlySummary s) {
    try (var w =
        new Writer(
            PDRectangle.A4,
            "Báo cáo tổng hợp năm " + s.year(),
            new float[] {20 * MM, 15 * MM, 20 * MM, 25 * MM})) {
      heading(w, s);
      title(w, s);
      w.paragraph(null, narrative.write(s, VI), HEADING);
      byUnit(w, s);
      if (!s.outstandingModels().isEmpty()) {
        outstanding(w, s);
      }
      return w.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The heading of the commission that files the report, as on its other papers: its party
   * committee, the number left to fill in, the province and this year, the day left to write.
   */
  private void heading(Writer w, YearlySummary s) throws IOException {
    var asOf = units.asOfYear(s.year(), s.unit().code());
    var unit = units.get(s.unit().code(), asOf);
    var province =
        units.chain(unit.code(), asOf).stream()
            .filter(u -> u.kind() == UnitKind.PROVINCE)
            .findFirst()
            .orElse(unit);
    var number = "Số" + PartyHeading.BLANK + "-BC/" + unit.level().commissionSymbol();
    var numberY = PartyHeading.header(w, unit.partyCommittee(), "Ban Dân vận", number);
    var year = units.today().getYear();
    PartyHeading.dateAt(w, numberY, PartyHeading.placeDate(province.shortName(), null, year));
    w.space(14);
  }

  private static void title(Writer w, YearlySummary s) throws IOException {
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
  }

  private static void byUnit(Writer w, YearlySummary s) throws IOException {
    w.space(8);
    var communes = s.unitsUnderProvince().structure() == Structure.COMMUNE_LEVEL;
    w.text(
        communes ? "Kết quả theo đơn vị trực thuộc tỉnh" : "Kết quả theo đơn vị cấp huyện",
        Style.BOLD,
        HEADING,
        Align.LEFT);
    w.space(4);
    var rows = new ArrayList<List<String>>();
    for (var line : s.byUnit()) {
      rows.add(
          List.of(
              String.valueOf(rows.size() + 1),
              line.unit().name(),
              String.valueOf(line.registered()),
              String.valueOf(line.recognized()),
              String.valueOf(line.proposed())));
    }
    w.table(
        new float[] {1, 6, 2.2f, 2.6f, 2.6f},
        List.of(
            "STT",
            "Đơn vị",
            "Đăng ký",
            communes ? "Công nhận cấp xã, đơn vị" : "Công nhận cấp huyện",
            "Đề nghị cấp tỉnh"),
        rows,
        CELLS);
  }

  private static void outstanding(Writer w, YearlySummary s) throws IOException {
    w.space(10);
    w.text("Mô hình tiêu biểu", Style.BOLD, HEADING, Align.LEFT);
    w.space(4);
    var rows = new ArrayList<List<String>>();
    for (var model : s.outstandingModels()) {
      rows.add(List.of(String.valueOf(rows.size() + 1), model.title(), model.unit().name()));
    }
    w.table(new float[] {1, 9, 4.4f}, List.of("STT", "Tên mô hình", "Đơn vị"), rows, CELLS);
  }
}

package vn.dvk.recognition.documents;

import static vn.dvk.recognition.documents.PartyDocument.BODY;
import static vn.dvk.recognition.documents.PartyDocument.CELL;
import static vn.dvk.recognition.documents.PartyDocument.SHORT_DATE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.dvk.shared.pdf.PartyHeading;
import vn.dvk.shared.pdf.PdfDocuments.Align;
import vn.dvk.shared.pdf.PdfDocuments.Style;
import vn.dvk.shared.pdf.PdfDocuments.Writer;

/** A decision recognizing models: its articles on the first page, then the list it attaches. */
final class DecisionPdf {

  private DecisionPdf() {}

  static byte[] write(DecisionDocument d) {
    return PartyDocument.pdf(
        PDRectangle.A4,
        "Quyết định " + d.number(),
        PartyDocument.PORTRAIT,
        w -> {
          decision(w, d);
          w.newPage();
          list(w, d);
        });
  }

  /** The heading, the grounds, the three articles and the signature. */
  private static void decision(Writer w, DecisionDocument d) throws IOException {
    var numberY = PartyHeading.header(w, d.issuerParent(), d.issuerName(), "Số " + d.number());
    PartyHeading.dateAt(w, numberY, PartyHeading.placeDate(d.place(), d.date(), d.year()));
    PartyDocument.title(w, "QUYẾT ĐỊNH", d.subject());
    for (var ground : d.grounds()) {
      w.paragraph(null, ground, BODY);
    }
    w.space(4);
    w.text("QUYẾT ĐỊNH:", Style.BOLD, BODY, Align.CENTER);
    w.space(4);
    var kind = PartyDocument.kind(d.levelName(), d.year());
    w.paragraph(
        "Điều 1.",
        "Công nhận " + d.lines().size() + " " + kind + " (có danh sách kèm theo).",
        BODY);
    w.paragraph(
        "Điều 2.",
        "Các tập thể, cá nhân có mô hình được công nhận tiếp tục duy trì, nâng cao chất lượng và"
            + " nhân rộng mô hình.",
        BODY);
    w.paragraph(
        "Điều 3.",
        "Quyết định có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị, tập thể và cá nhân có tên tại"
            + " Điều 1 căn cứ Quyết định thi hành.",
        BODY);
    PartyDocument.recipientsAndSignature(
        w,
        List.of(
            "- Như Điều 3,",
            "- Thường trực " + d.issuerParent() + " (để báo cáo),",
            "- Lưu " + d.issuerName() + "."),
        d.signerTitle(),
        d.signerName());
  }

  /** The list of the recognized models, attached to the decision. */
  private static void list(Writer w, DecisionDocument d) throws IOException {
    w.text("DANH SÁCH", Style.BOLD, 14, Align.CENTER);
    w.text(
        PartyDocument.kind(d.levelName(), d.year()) + " được công nhận",
        Style.BOLD,
        BODY,
        Align.CENTER);
    var attached =
        "(Kèm theo Quyết định số %s ngày %s của %s %s)"
            .formatted(d.number(), SHORT_DATE.format(d.date()), d.issuerName(), d.issuerParent());
    w.text(attached, Style.ITALIC, 12, Align.CENTER);
    w.space(3);
    w.rule(50);
    w.space(10);
    var rows = new ArrayList<List<String>>();
    for (var line : d.lines()) {
      var title = line.outstanding() ? line.title() + " (*)" : line.title();
      rows.add(
          PartyDocument.modelRow(
              rows.size() + 1, title, line.ownerKind(), line.personName(), line.unitName()));
    }
    w.table(
        new float[] {1.4f, 7, 3.2f, 4.6f},
        List.of("STT", "Tên mô hình", "Chủ thể", "Đơn vị"),
        rows,
        CELL);
    if (d.lines().stream().anyMatch(DecisionDocument.Line::outstanding)) {
      w.space(6);
      w.text("(*) Mô hình tiêu biểu.", Style.ITALIC, CELL, Align.LEFT);
    }
  }
}

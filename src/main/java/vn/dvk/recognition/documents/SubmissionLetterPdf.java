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

/** A unit's submission letter proposing its models to the round held by the unit above it. */
final class SubmissionLetterPdf {

  private SubmissionLetterPdf() {}

  static byte[] write(SubmissionLetterDocument s) {
    return PartyDocument.pdf(
        PDRectangle.A4,
        "Tờ trình",
        PartyDocument.PORTRAIT,
        w -> {
          var sequence = s.sequence() == null ? PartyDocument.BLANK : String.valueOf(s.sequence());
          var number = "Số " + sequence + "-TTr/" + s.symbol();
          var numberY = PartyHeading.header(w, s.unitParent(), s.unitName(), number);
          PartyHeading.dateAt(w, numberY, PartyHeading.placeDate(s.place(), s.date(), s.year()));
          var kind = PartyDocument.kind(s.levelName(), s.year());
          PartyDocument.title(w, "TỜ TRÌNH", "Về việc đề nghị công nhận " + kind);
          w.text("Kính gửi: " + s.recipient(), Style.REGULAR, BODY, Align.CENTER);
          w.space(8);
          w.paragraph(null, request(s, kind), BODY);
          w.space(6);
          table(w, s);
          w.space(8);
          w.paragraph(null, "Kính trình " + s.recipient() + " xem xét, quyết định./.", BODY);
          PartyDocument.signature(w, s.signerTitle(), s.signerName());
        });
  }

  /** The letter's one paragraph: what the unit did, and what it asks the recipient. */
  private static String request(SubmissionLetterDocument s, String kind) {
    var sender = s.unitName() + " " + s.unitParent();
    return "Thực hiện hướng dẫn của "
        + s.recipient()
        + " về việc xét, công nhận "
        + kind
        + ", "
        + sender
        + " đã tổ chức rà soát, đánh giá các mô hình đã được công nhận ở cấp mình. Trên cơ"
        + " sở đó, "
        + sender
        + " kính đề nghị "
        + s.recipient()
        + " xem xét, công nhận "
        + s.lines().size()
        + " "
        + kind
        + ", cụ thể như sau:";
  }

  /** The proposed models, each with the decision that recognized it at the unit's level. */
  private static void table(Writer w, SubmissionLetterDocument s) throws IOException {
    var rows = new ArrayList<List<String>>();
    for (var line : s.lines()) {
      var decision =
          line.decisionDate() == null
              ? ""
              : line.decisionNumber() + " ngày " + SHORT_DATE.format(line.decisionDate());
      rows.add(
          PartyDocument.modelRow(
              rows.size() + 1,
              line.title(),
              line.ownerKind(),
              line.personName(),
              line.unitName(),
              decision));
    }
    w.table(
        new float[] {1.4f, 5, 3, 3.6f, 4},
        List.of("STT", "Tên mô hình", "Chủ thể", "Đơn vị", "Đã công nhận tại Quyết định số"),
        rows,
        CELL);
  }
}

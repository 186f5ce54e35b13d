package vn.dvk.recognition.documents;

import static vn.dvk.recognition.documents.PartyDocument.MM;
import static vn.dvk.recognition.documents.PartyDocument.RED;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.dvk.shared.pdf.PartyHeading;
import vn.dvk.shared.pdf.PdfDocuments.Align;
import vn.dvk.shared.pdf.PdfDocuments.Style;
import vn.dvk.shared.pdf.PdfDocuments.Writer;

/** The certificate of one recognized model: a landscape A4 page with a double border. */
final class CertificatePdf {

  private CertificatePdf() {}

  static byte[] write(CertificateDocument c) {
    var landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    return PartyDocument.pdf(
        landscape,
        "Giấy công nhận",
        PartyDocument.LANDSCAPE,
        w -> {
          w.border(7 * MM, 2.2f);
          w.border(9 * MM, 0.7f);
          PartyHeading.header(w, c.issuerParent(), c.issuerName(), null);
          recognition(w, c);
          owner(w, c);
          w.space(20);
          w.columns(0.5f, 1);
          var placeDate = PartyHeading.placeDate(c.place(), c.date(), c.year());
          w.text(placeDate, Style.ITALIC, PartyDocument.HEAD, Align.CENTER);
          PartyDocument.signature(w, c.signerTitle(), c.signerName());
        });
  }

  /** What is recognized, by whom: the issuer, the level and year, the model's title in red. */
  private static void recognition(Writer w, CertificateDocument c) throws IOException {
    w.space(28);
    red(w, "GIẤY CÔNG NHẬN", 30);
    w.space(4);
    var issuer = PartyHeading.upper(c.issuerName() + " " + c.issuerParent());
    w.text(issuer, Style.BOLD, 14, Align.CENTER);
    var what = "Công nhận " + PartyDocument.kind(c.levelName(), c.year());
    w.text(what, Style.REGULAR, 15, Align.CENTER);
    w.space(14);
    red(w, c.title(), 22);
    w.space(12);
  }

  /** Whose the model is, and the decision that recognized it. */
  private static void owner(Writer w, CertificateDocument c) throws IOException {
    if (c.personName() == null) {
      w.text(c.ownerKind() + ": " + c.unitName(), Style.BOLD, 15, Align.CENTER);
    } else {
      w.text(c.ownerKind() + ": " + c.personName(), Style.BOLD, 15, Align.CENTER);
      var position = c.personPosition() == null ? "" : c.personPosition() + ", ";
      w.text(position + c.unitName(), Style.REGULAR, 14, Align.CENTER);
    }
    w.space(4);
    var decision =
        c.decisionNumber() + " ngày " + PartyDocument.SHORT_DATE.format(c.decisionDate());
    w.text("Theo Quyết định số " + decision, Style.ITALIC, 13, Align.CENTER);
  }

  private static void red(Writer w, String text, float size) throws IOException {
    w.ink(RED);
    w.text(text, Style.BOLD, size, Align.CENTER);
    w.ink(Color.BLACK);
  }
}

package vn.dvk.recognition.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;
import vn.dvk.shared.pdf.PdfDocuments.Align;
import vn.dvk.shared.pdf.PdfDocuments.Style;
import vn.dvk.shared.pdf.PdfDocuments.Writer;

/**
 * The recognition module's official documents as PDF, in Vietnamese and laid out as party documents
 * are: the decision recognizing models with its list, the certificate of one recognized model, and
 * a unit's submission letter proposing its models to a review round. The text is set in DejaVu
 * Serif, embedded as a subset.
 */
@Component
public class RecognitionDocuments {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
  private static final String BLANK = "\u00a0".repeat(6);
  private static final float MM = 72 / 25.4f;
  private static final float HEAD = 12;
  private static final float BODY = 13;
  private static final float CELL = 10.5f;
  private static final float SPLIT = 0.42f;
  private static final Color RED = new Color(0xB0, 0x10, 0x10);

  /** Page margins, top, right, bottom and left: party documents leave room for binding. */
  private static final float[] PORTRAIT = {20 * MM, 15 * MM, 20 * MM, 30 * MM};

  private static final float[] LANDSCAPE = {18 * MM, 18 * MM, 18 * MM, 18 * MM};

  RecognitionDocuments() {}

  /** The decision and, from its second page on, the list of the models it recognizes. */
  public byte[] decision(DecisionDocument d) {
    try (var w = new Writer(PDRectangle.A4, "Quyết định " + d.number(), PORTRAIT)) {
      var numberY = header(w, d.issuerParent(), d.issuerName(), "Số " + d.number());
      dateAt(w, numberY, placeDate(d.place(), d.date(), d.year()));
      w.space(18);
      w.text("QUYẾT ĐỊNH", Style.BOLD, 15, Align.CENTER);
      w.text(d.subject(), Style.BOLD, BODY, Align.CENTER);
      w.space(3);
      w.rule(50);
      w.space(8);
      for (var ground : d.grounds()) {
        w.paragraph(null, ground, BODY);
      }
      w.space(4);
      w.text("QUYẾT ĐỊNH:", Style.BOLD, BODY, Align.CENTER);
      w.space(4);
      var kind = "mô hình “Dân vận khéo” " + d.levelName() + " năm " + d.year();
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
      signature(w, d.signerTitle(), d.signerName());

      w.newPage();
      w.text("DANH SÁCH", Style.BOLD, 14, Align.CENTER);
      w.text(kind + " được công nhận", Style.BOLD, BODY, Align.CENTER);
      w.text(
          "(Kèm theo Quyết định số "
              + d.number()
              + " ngày "
              + SHORT_DATE.format(d.date())
              + " của "
              + d.issuerName()
              + " "
              + d.issuerParent()
              + ")",
          Style.ITALIC,
          12,
          Align.CENTER);
      w.space(3);
      w.rule(50);
      w.space(10);
      var rows = new ArrayList<List<String>>();
      for (var line : d.lines()) {
        rows.add(
            List.of(
                String.valueOf(rows.size() + 1),
                line.title(),
                owner(line.ownerKind(), line.personName()),
                line.unitName()));
      }
      w.table(
          new float[] {1.4f, 7, 3.2f, 4.6f},
          List.of("STT", "Tên mô hình", "Chủ thể", "Đơn vị"),
          rows,
          CELL);
      return w.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The certificate of one recognized model: a landscape A4 page with a double border. */
  public byte[] certificate(CertificateDocument c) {
    var landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    try (var w = new Writer(landscape, "Giấy công nhận", LANDSCAPE)) {
      w.border(7 * MM, 2.2f);
      w.border(9 * MM, 0.7f);
      header(w, c.issuerParent(), c.issuerName(), null);
      w.space(28);
      w.ink(RED);
      w.text("GIẤY CÔNG NHẬN", Style.BOLD, 30, Align.CENTER);
      w.ink(Color.BLACK);
      w.space(4);
      w.text(upper(c.issuerName() + " " + c.issuerParent()), Style.BOLD, 14, Align.CENTER);
      w.text(
          "Công nhận mô hình “Dân vận khéo” " + c.levelName() + " năm " + c.year(),
          Style.REGULAR,
          15,
          Align.CENTER);
      w.space(14);
      w.ink(RED);
      w.text(c.title(), Style.BOLD, 22, Align.CENTER);
      w.ink(Color.BLACK);
      w.space(12);
      if (c.personName() == null) {
        w.text(c.ownerKind() + ": " + c.unitName(), Style.BOLD, 15, Align.CENTER);
      } else {
        w.text(c.ownerKind() + ": " + c.personName(), Style.BOLD, 15, Align.CENTER);
        var position = c.personPosition() == null ? "" : c.personPosition() + ", ";
        w.text(position + c.unitName(), Style.REGULAR, 14, Align.CENTER);
      }
      w.space(4);
      w.text(
          "Theo Quyết định số "
              + c.decisionNumber()
              + " ngày "
              + SHORT_DATE.format(c.decisionDate()),
          Style.ITALIC,
          13,
          Align.CENTER);
      w.space(20);
      w.columns(0.5f, 1);
      w.text(placeDate(c.place(), c.date(), c.year()), Style.ITALIC, HEAD, Align.CENTER);
      signature(w, c.signerTitle(), c.signerName());
      return w.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A unit's submission letter proposing its models to the round held by the unit above it. */
  public byte[] submissionLetter(SubmissionLetterDocument s) {
    try (var w = new Writer(PDRectangle.A4, "Tờ trình", PORTRAIT)) {
      var sequence = s.sequence() == null ? BLANK : String.valueOf(s.sequence());
      var numberY =
          header(w, s.unitParent(), s.unitName(), "Số " + sequence + "-TTr/" + s.symbol());
      dateAt(w, numberY, placeDate(s.place(), s.date(), s.year()));
      w.space(18);
      w.text("TỜ TRÌNH", Style.BOLD, 15, Align.CENTER);
      var kind = "mô hình “Dân vận khéo” " + s.levelName() + " năm " + s.year();
      w.text("Về việc đề nghị công nhận " + kind, Style.BOLD, BODY, Align.CENTER);
      w.space(3);
      w.rule(50);
      w.space(8);
      w.text("Kính gửi: " + s.recipient(), Style.REGULAR, BODY, Align.CENTER);
      w.space(8);
      var sender = s.unitName() + " " + s.unitParent();
      w.paragraph(
          null,
          "Thực hiện hướng dẫn của "
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
              + ", cụ thể như sau:",
          BODY);
      w.space(6);
      var rows = new ArrayList<List<String>>();
      for (var line : s.lines()) {
        rows.add(
            List.of(
                String.valueOf(rows.size() + 1),
                line.title(),
                owner(line.ownerKind(), line.personName()),
                line.unitName(),
                line.decisionDate() == null
                    ? ""
                    : line.decisionNumber() + " ngày " + SHORT_DATE.format(line.decisionDate())));
      }
      w.table(
          new float[] {1.4f, 5, 3, 3.6f, 4},
          List.of("STT", "Tên mô hình", "Chủ thể", "Đơn vị", "Đã công nhận tại Quyết định số"),
          rows,
          CELL);
      w.space(8);
      w.paragraph(null, "Kính trình " + s.recipient() + " xem xét, quyết định./.", BODY);
      signature(w, s.signerTitle(), s.signerName());
      return w.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The two-column heading of a party document: on the left the issuer under its parent, a star and
   * the number; on the right the party's name, underlined. Returns where the number line starts,
   * for the place and date to stand level with it.
   */
  private static float header(Writer w, String parent, String issuer, String number)
      throws IOException {
    var top = w.y();
    w.columns(0, SPLIT);
    w.text(upper(parent), Style.REGULAR, HEAD, Align.CENTER);
    w.text(upper(issuer), Style.BOLD, HEAD, Align.CENTER);
    w.text("*", Style.REGULAR, HEAD, Align.CENTER);
    var numberY = w.y();
    if (number != null) {
      w.text(number, Style.REGULAR, HEAD, Align.CENTER);
    }
    var bottom = w.y();
    w.y(top);
    w.columns(SPLIT, 1);
    w.text(PARTY, Style.BOLD, HEAD, Align.CENTER);
    w.rule(w.width(PARTY, Style.BOLD, HEAD));
    w.y(Math.min(bottom, w.y()));
    w.columns(0, 1);
    return numberY;
  }

  /** The place and date in the right column, level with the number on the left. */
  private static void dateAt(Writer w, float y, String placeDate) throws IOException {
    var after = w.y();
    w.y(y);
    w.columns(SPLIT, 1);
    w.text(placeDate, Style.ITALIC, HEAD, Align.CENTER);
    w.columns(0, 1);
    w.y(Math.min(after, w.y()));
  }

  /** The signer's block in the right half: title in upper case, room to sign, name in bold. */
  private static void signature(Writer w, String title, String name) throws IOException {
    var lines = title.split("\n").length;
    w.columns(0.5f, 1);
    w.keep((lines + 1) * HEAD * Writer.LEADING + 60);
    w.space(6);
    w.text(upper(title), Style.BOLD, HEAD + 0.5f, Align.CENTER);
    w.space(60);
    if (name != null) {
      w.text(name, Style.BOLD, HEAD + 0.5f, Align.CENTER);
    }
    w.columns(0, 1);
  }

  /** “Bình Thuận, ngày 05 tháng 02 năm 2023”; day and month left blank without a date. */
  private static String placeDate(String place, LocalDate date, int year) {
    if (date == null) {
      return place + ", ngày" + BLANK + "tháng" + BLANK + "năm " + year;
    }
    var day = date.getDayOfMonth();
    var month = date.getMonthValue();
    return place
        + ", ngày "
        + (day < 10 ? "0" : "")
        + day
        + " tháng "
        + (month < 3 ? "0" : "")
        + month
        + " năm "
        + date.getYear();
  }

  private static String owner(String kind, String personName) {
    return personName == null ? kind : kind + "\n" + personName;
  }

  private static String upper(String text) {
    return text.toUpperCase(VI);
  }
}

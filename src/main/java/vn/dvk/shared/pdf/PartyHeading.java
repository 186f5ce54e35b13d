package vn.dvk.shared.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import vn.dvk.shared.pdf.PdfDocuments.Align;
import vn.dvk.shared.pdf.PdfDocuments.Style;
import vn.dvk.shared.pdf.PdfDocuments.Writer;

/**
 * The heading every paper of the party's commissions opens with (decisions, letters, reports): the
 * issuer under its party committee, a star and the number on the left; the party's name,
 * underlined, and the place and date on the right.
 */
public final class PartyHeading {

  /** The size of the heading's lines. */
  public static final float HEAD = 12;

  /** Room left for a day or a month to be written by hand. */
  public static final String BLANK = "\u00a0".repeat(6);

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
  private static final float SPLIT = 0.42f;

  private PartyHeading() {}

  /**
   * The two-column heading of a party document: on the left the issuer under its parent, a star and
   * the number; on the right the party's name, underlined. Returns where the number line starts,
   * for the place and date to stand level with it.
   */
  public static float header(Writer w, String parent, String issuer, String number)
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
  public static void dateAt(Writer w, float y, String placeDate) throws IOException {
    var after = w.y();
    w.y(y);
    w.columns(SPLIT, 1);
    w.text(placeDate, Style.ITALIC, HEAD, Align.CENTER);
    w.columns(0, 1);
    w.y(Math.min(after, w.y()));
  }

  /** “Bình Thuận, ngày 05 tháng 02 năm 2023”; day and month left blank without a date. */
  public static String placeDate(String place, LocalDate date, int year) {
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

  public static String upper(String text) {
    return text.toUpperCase(VI);
  }
}

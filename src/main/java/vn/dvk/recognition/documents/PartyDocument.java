package vn.dvk.recognition.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.dvk.shared.pdf.PartyHeading;
import vn.dvk.shared.pdf.PdfDocuments.Align;
import vn.dvk.shared.pdf.PdfDocuments.Style;
import vn.dvk.shared.pdf.PdfDocuments.Writer;

/**
 * The layout every party document shares: A4 with room for binding, the two-column heading with the
 * issuer and the party's name, the place and date, the signer's block, and the sizes of heading,
 * body and table text.
 */
final class PartyDocument {

  static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String BLANK = PartyHeading.BLANK;
  static final float MM = 72 / 25.4f;
  static final float HEAD = PartyHeading.HEAD;
  static final float BODY = 13;
  static final float CELL = 10.5f;
  static final Color RED = new Color(0xB0, 0x10, 0x10);

  /** Page margins, top, right, bottom and left: party documents leave room for binding. */
  static final float[] PORTRAIT = {20 * MM, 15 * MM, 20 * MM, 30 * MM};

  static final float[] LANDSCAPE = {18 * MM, 18 * MM, 18 * MM, 18 * MM};

  private PartyDocument() {}

  /** What writes a document's pages. */
  interface Pages {
    void write(Writer w) throws IOException;
  }

  /** The document as PDF bytes. */
  static byte[] pdf(PDRectangle size, String title, float[] margins, Pages pages) {
    try (var w = new Writer(size, title, margins)) {
      pages.write(w);
      return w.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's title in bold capitals, its subject below it and a short rule. */
  static void title(Writer w, String title, String subject) throws IOException {
    w.space(18);
    w.text(title, Style.BOLD, 15, Align.CENTER);
    w.text(subject, Style.BOLD, BODY, Align.CENTER);
    w.space(3);
    w.rule(50);
    w.space(8);
  }

  /** The signer's block in the right half: title in upper case, room to sign, name in bold. */
  static void signature(Writer w, String title, String name) throws IOException {
    var lines = title.split("\n").length;
    w.columns(0.5f, 1);
    w.keep((lines + 1) * HEAD * Writer.LEADING + 60);
    w.space(6);
    w.text(PartyHeading.upper(title), Style.BOLD, HEAD + 0.5f, Align.CENTER);
    w.space(60);
    if (name != null) {
      w.text(name, Style.BOLD, HEAD + 0.5f, Align.CENTER);
    }
    w.columns(0, 1);
  }

  /**
   * The recipients (“Nơi nhận:”) in the left half, level with the signer's block in the right half,
   * as a Party document closes.
   */
  static void recipientsAndSignature(Writer w, List<String> recipients, String title, String name)
      throws IOException {
    w.keep((recipients.size() + 2) * CELL * Writer.LEADING + 60);
    var top = w.y();
    signature(w, title, name);
    var afterSignature = w.y();
    w.y(top);
    w.columns(0, 0.45f);
    w.space(6);
    w.text("Nơi nhận:", Style.BOLD, HEAD, Align.LEFT);
    for (var recipient : recipients) {
      w.text(recipient, Style.REGULAR, CELL, Align.LEFT);
    }
    w.columns(0, 1);
    w.y(Math.min(afterSignature, w.y()));
  }

  /** “mô hình “Dân vận khéo” cấp tỉnh năm 2023”. */
  static String kind(String levelName, int year) {
    return "mô hình “Dân vận khéo” " + levelName + " năm " + year;
  }

  /**
   * A model's row in a table: its number, title, owner (the kind, and below it the person's name
   * for an individual), unit, then any further cells.
   */
  static List<String> modelRow(
      int number, String title, String kind, String personName, String unit, String... more) {
    var row = new ArrayList<String>();
    row.add(String.valueOf(number));
    row.add(title);
    row.add(personName == null ? kind : kind + "\n" + personName);
    row.add(unit);
    row.addAll(List.of(more));
    return row;
  }
}

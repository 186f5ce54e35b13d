package vn.dvk.recognition.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

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
  private static final float INDENT = 10 * MM;
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
                line.decisionNumber() + " ngày " + SHORT_DATE.format(line.decisionDate())));
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

  private enum Style {
    REGULAR("/fonts/DejaVuSerif.ttf"),
    BOLD("/fonts/DejaVuSerif-Bold.ttf"),
    ITALIC("/fonts/DejaVuSerif-Italic.ttf");

    private final String resource;

    Style(String resource) {
      this.resource = resource;
    }
  }

  private enum Align {
    LEFT,
    CENTER,
    JUSTIFY
  }

  /**
   * Lays text out on pages: paragraphs wrapped by the measured width of their words, a cursor
   * moving down that starts a new page when the next line does not fit, and tables whose rows wrap
   * their cells and whose header is repeated on each page.
   */
  private static final class Writer implements Closeable {

    static final float LEADING = 1.4f;
    private static final float PAD = 4;

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final float[] margins;
    private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);
    private PDPageContentStream content;
    private Color ink = Color.BLACK;
    private float y;
    private float left;
    private float right;

    private record Word(String text, PDType0Font font) {}

    Writer(PDRectangle size, String title, float[] margins) throws IOException {
      this.size = size;
      this.margins = margins;
      document.getDocumentInformation().setTitle(title);
      document.getDocumentCatalog().setLanguage("vi");
      newPage();
      columns(0, 1);
    }

    void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      var page = new PDPage(size);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = size.getHeight() - margins[0];
    }

    /** Narrows the text to a part of the width between the margins, as fractions of it. */
    void columns(float from, float to) {
      var width = size.getWidth() - margins[3] - margins[1];
      left = margins[3] + width * from;
      right = margins[3] + width * to;
    }

    float y() {
      return y;
    }

    void y(float y) {
      this.y = y;
    }

    void space(float points) {
      y -= points;
    }

    /** Starts a new page unless this much room is left. */
    void keep(float height) throws IOException {
      if (y - height < margins[2]) {
        newPage();
      }
    }

    void ink(Color color) {
      ink = color;
    }

    float width(String text, Style style, float size) throws IOException {
      return width(new Word(text, font(style)), size);
    }

    /** Lines of one style, each wrapped by itself. */
    void text(String text, Style style, float size, Align align) throws IOException {
      for (var line : text.split("\n")) {
        lines(words(line, font(style), new ArrayList<>()), size, align, 0);
      }
    }

    /** A justified body paragraph with its first line indented, led by a bold lead if any. */
    void paragraph(String lead, String text, float size) throws IOException {
      var words = new ArrayList<Word>();
      if (lead != null) {
        words(lead, font(Style.BOLD), words);
      }
      lines(words(text, font(Style.REGULAR), words), size, Align.JUSTIFY, INDENT);
      y -= size * 0.25f;
    }

    /** A short centred line just under the text above. */
    void rule(float width) throws IOException {
      var middle = (left + right) / 2;
      content.setLineWidth(0.6f);
      content.moveTo(middle - width / 2, y + 1);
      content.lineTo(middle + width / 2, y + 1);
      content.stroke();
      y -= 4;
    }

    /** A rectangle this far inside the page's edges. */
    void border(float inset, float lineWidth) throws IOException {
      content.setLineWidth(lineWidth);
      content.addRect(inset, inset, size.getWidth() - 2 * inset, size.getHeight() - 2 * inset);
      content.stroke();
    }

    /**
     * A table as wide as the text, its columns in proportion to the weights; a row that does not
     * fit starts a new page, which repeats the header row.
     */
    void table(float[] weights, List<String> header, List<List<String>> rows, float size)
        throws IOException {
      var total = 0f;
      for (var weight : weights) {
        total += weight;
      }
      var widths = new float[weights.length];
      for (var i = 0; i < weights.length; i++) {
        widths[i] = (right - left) * weights[i] / total;
      }
      var head = cells(header, widths, Style.BOLD, size);
      keep(height(head, size) + size * 3);
      row(head, widths, size, true);
      for (var row : rows) {
        var cells = cells(row, widths, Style.REGULAR, size);
        if (y - height(cells, size) < margins[2]) {
          newPage();
          row(head, widths, size, true);
        }
        row(cells, widths, size, false);
      }
    }

    byte[] bytes() throws IOException {
      content.close();
      content = null;
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
      if (content != null) {
        content.close();
      }
      document.close();
    }

    private PDType0Font font(Style style) throws IOException {
      var font = fonts.get(style);
      if (font == null) {
        try (var in = RecognitionDocuments.class.getResourceAsStream(style.resource)) {
          font = PDType0Font.load(document, in, true);
        }
        fonts.put(style, font);
      }
      return font;
    }

    /** The words of a text, in composed form, with characters the font lacks shown as “?”. */
    private static List<Word> words(String text, PDType0Font font, List<Word> words)
        throws IOException {
      var clean = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s", " ");
      for (var word : clean.split(" ")) {
        if (!word.isEmpty()) {
          words.add(new Word(printable(word, font), font));
        }
      }
      return words;
    }

    private static String printable(String word, PDType0Font font) throws IOException {
      try {
        font.encode(word);
        return word;
      } catch (IllegalArgumentException e) {
        var out = new StringBuilder();
        for (var codePoint : word.codePoints().toArray()) {
          var character = Character.toString(codePoint);
          try {
            font.encode(character);
            out.append(character);
          } catch (IllegalArgumentException missing) {
            out.append('?');
          }
        }
        return out.toString();
      }
    }

    /** Lays out and draws wrapped lines; centred lines are balanced to a similar length. */
    private void lines(List<Word> words, float size, Align align, float indent) throws IOException {
      var lines = wrap(words, right - left, indent, size);
      if (align == Align.CENTER && lines.size() > 1) {
        var low = 0f;
        var high = right - left;
        for (var step = 0; step < 12; step++) {
          var middle = (low + high) / 2;
          if (wrap(words, middle, indent, size).size() > lines.size()) {
            low = middle;
          } else {
            high = middle;
          }
        }
        lines = wrap(words, high, indent, size);
      }
      for (var i = 0; i < lines.size(); i++) {
        keep(size * LEADING);
        var last = i == lines.size() - 1;
        draw(
            lines.get(i),
            left + (i == 0 ? indent : 0),
            right,
            y - size,
            size,
            align == Align.JUSTIFY && last ? Align.LEFT : align);
        y -= size * LEADING;
      }
    }

    /** Greedy line breaking by measured width; a word longer than a line is cut. */
    private static List<List<Word>> wrap(List<Word> words, float width, float indent, float size)
        throws IOException {
      var lines = new ArrayList<List<Word>>();
      var line = new ArrayList<Word>();
      var used = 0f;
      var room = width - indent;
      for (var word : words) {
        for (var piece : cut(word, width - indent, size)) {
          var gap = line.isEmpty() ? 0 : space(line.get(line.size() - 1), size);
          var pieceWidth = width(piece, size);
          if (!line.isEmpty() && used + gap + pieceWidth > room) {
            lines.add(line);
            line = new ArrayList<>();
            used = 0;
            gap = 0;
            room = width;
          }
          line.add(piece);
          used += gap + pieceWidth;
        }
      }
      if (!line.isEmpty() || lines.isEmpty()) {
        lines.add(line);
      }
      return lines;
    }

    private static List<Word> cut(Word word, float width, float size) throws IOException {
      if (width(word, size) <= width) {
        return List.of(word);
      }
      var pieces = new ArrayList<Word>();
      var piece = new StringBuilder();
      for (var codePoint : word.text().codePoints().toArray()) {
        var longer = piece + Character.toString(codePoint);
        if (!piece.isEmpty() && width(new Word(longer, word.font()), size) > width) {
          pieces.add(new Word(piece.toString(), word.font()));
          piece.setLength(0);
        }
        piece.appendCodePoint(codePoint);
      }
      pieces.add(new Word(piece.toString(), word.font()));
      return pieces;
    }

    private void draw(
        List<Word> line, float from, float to, float baseline, float size, Align align)
        throws IOException {
      var natural = 0f;
      for (var i = 0; i < line.size(); i++) {
        natural += width(line.get(i), size) + (i > 0 ? space(line.get(i - 1), size) : 0);
      }
      var x =
          switch (align) {
            case LEFT, JUSTIFY -> from;
            case CENTER -> (from + to - natural) / 2;
          };
      var stretch =
          align == Align.JUSTIFY && line.size() > 1 ? (to - from - natural) / (line.size() - 1) : 0;
      content.setNonStrokingColor(ink);
      for (var i = 0; i < line.size(); i++) {
        var word = line.get(i);
        if (i > 0) {
          x += space(line.get(i - 1), size) + stretch;
        }
        content.beginText();
        content.setFont(word.font(), size);
        content.newLineAtOffset(x, baseline);
        content.showText(word.text());
        content.endText();
        x += width(word, size);
      }
    }

    private List<List<List<Word>>> cells(
        List<String> texts, float[] widths, Style style, float size) throws IOException {
      var cells = new ArrayList<List<List<Word>>>();
      for (var i = 0; i < texts.size(); i++) {
        var lines = new ArrayList<List<Word>>();
        for (var part : texts.get(i).split("\n")) {
          lines.addAll(
              wrap(words(part, font(style), new ArrayList<>()), widths[i] - 2 * PAD, 0, size));
        }
        cells.add(lines);
      }
      return cells;
    }

    private static float height(List<List<List<Word>>> cells, float size) {
      var lines = 1;
      for (var cell : cells) {
        lines = Math.max(lines, cell.size());
      }
      return lines * size * LEADING + 2 * PAD;
    }

    /** A row of cells, each centred vertically; header cells and the first column centred. */
    private void row(List<List<List<Word>>> cells, float[] widths, float size, boolean header)
        throws IOException {
      var height = height(cells, size);
      var x = left;
      content.setLineWidth(0.6f);
      for (var i = 0; i < cells.size(); i++) {
        content.addRect(x, y - height, widths[i], height);
        content.stroke();
        var lines = cells.get(i);
        var lineTop = y - (height - lines.size() * size * LEADING) / 2;
        var align = header || i == 0 ? Align.CENTER : Align.LEFT;
        for (var line : lines) {
          draw(line, x + PAD, x + widths[i] - PAD, lineTop - size, size, align);
          lineTop -= size * LEADING;
        }
        x += widths[i];
      }
      y -= height;
    }

    private static float width(Word word, float size) throws IOException {
      return word.font().getStringWidth(word.text()) / 1000 * size;
    }

    private static float space(Word before, float size) throws IOException {
      return before.font().getStringWidth(" ") / 1000 * size;
    }
  }
}

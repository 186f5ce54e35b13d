package vn.dvk.shared.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.dvk.shared.pdf.Lines.Word;

/**
 * Documents in Vietnamese with PDFBox: an embedded Unicode serif font (DejaVu Serif, licence in
 * {@code resources/fonts}) and a {@link Writer} that lays text out on pages — paragraphs wrapped by
 * the measured width of their words, tables that wrap their cells and repeat their header.
 */
public final class PdfDocuments {

  private PdfDocuments() {}

  /** The faces of the embedded serif font. */
  public enum Style {
    REGULAR("/fonts/DejaVuSerif.ttf"),
    BOLD("/fonts/DejaVuSerif-Bold.ttf"),
    ITALIC("/fonts/DejaVuSerif-Italic.ttf");

    private final String resource;

    Style(String resource) {
      this.resource = resource;
    }
  }

  /** How a line sits between the margins. */
  public enum Align {
    LEFT,
    CENTER,
    JUSTIFY
  }

  /**
   * Lays text out on pages: paragraphs wrapped by the measured width of their words, a cursor
   * moving down that starts a new page when the next line does not fit, and tables whose rows wrap
   * their cells and whose header is repeated on each page.
   */
  public static final class Writer implements Closeable {

    public static final float LEADING = 1.4f;
    public static final float INDENT = 10 * 72 / 25.4f;
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

    public Writer(PDRectangle size, String title, float[] margins) throws IOException {
      this.size = size;
      this.margins = margins;
      document.getDocumentInformation().setTitle(title);
      document.getDocumentCatalog().setLanguage("vi");
      newPage();
      columns(0, 1);
    }

    public void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      var page = new PDPage(size);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = size.getHeight() - margins[0];
    }

    /** Narrows the text to a part of the width between the margins, as fractions of it. */
    public void columns(float from, float to) {
      var width = size.getWidth() - margins[3] - margins[1];
      left = margins[3] + width * from;
      right = margins[3] + width * to;
    }

    public float y() {
      return y;
    }

    public void y(float y) {
      this.y = y;
    }

    public void space(float points) {
      y -= points;
    }

    /** Starts a new page unless this much room is left. */
    public void keep(float height) throws IOException {
      if (y - height < margins[2]) {
        newPage();
      }
    }

    public void ink(Color color) {
      ink = color;
    }

    public float width(String text, Style style, float size) throws IOException {
      return Lines.width(new Word(text, font(style)), size);
    }

    /** Lines of one style, each wrapped by itself. */
    public void text(String text, Style style, float size, Align align) throws IOException {
      for (var line : text.split("\n")) {
        lines(Lines.words(line, font(style), new ArrayList<>()), size, align, 0);
      }
    }

    /** A justified body paragraph with its first line indented, led by a bold lead if any. */
    public void paragraph(String lead, String text, float size) throws IOException {
      var words = new ArrayList<Word>();
      if (lead != null) {
        Lines.words(lead, font(Style.BOLD), words);
      }
      lines(Lines.words(text, font(Style.REGULAR), words), size, Align.JUSTIFY, INDENT);
      y -= size * 0.25f;
    }

    /** A short centred line just under the text above. */
    public void rule(float width) throws IOException {
      var middle = (left + right) / 2;
      content.setLineWidth(0.6f);
      content.moveTo(middle - width / 2, y + 1);
      content.lineTo(middle + width / 2, y + 1);
      content.stroke();
      y -= 4;
    }

    /** A rectangle this far inside the page's edges. */
    public void border(float inset, float lineWidth) throws IOException {
      content.setLineWidth(lineWidth);
      content.addRect(inset, inset, size.getWidth() - 2 * inset, size.getHeight() - 2 * inset);
      content.stroke();
    }

    /**
     * A table as wide as the text, its columns in proportion to the weights; a row that does not
     * fit starts a new page, which repeats the header row.
     */
    public void table(float[] weights, List<String> header, List<List<String>> rows, float size)
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

    public byte[] bytes() throws IOException {
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
        try (var in = PdfDocuments.class.getResourceAsStream(style.resource)) {
          font = PDType0Font.load(document, in, true);
        }
        fonts.put(style, font);
      }
      return font;
    }

    /** Lays out and draws wrapped lines; centred lines are balanced to a similar length. */
    private void lines(List<Word> words, float size, Align align, float indent) throws IOException {
      var lines =
          align == Align.CENTER
              ? Lines.balanced(words, right - left, indent, size)
              : Lines.wrap(words, right - left, indent, size);
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

    private void draw(
        List<Word> line, float from, float to, float baseline, float size, Align align)
        throws IOException {
      var natural = 0f;
      for (var i = 0; i < line.size(); i++) {
        natural +=
            Lines.width(line.get(i), size) + (i > 0 ? Lines.space(line.get(i - 1), size) : 0);
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
          x += Lines.space(line.get(i - 1), size) + stretch;
        }
        content.beginText();
        content.setFont(word.font(), size);
        content.newLineAtOffset(x, baseline);
        content.showText(word.text());
        content.endText();
        x += Lines.width(word, size);
      }
    }

    private List<List<List<Word>>> cells(
        List<String> texts, float[] widths, Style style, float size) throws IOException {
      var cells = new ArrayList<List<List<Word>>>();
      for (var i = 0; i < texts.size(); i++) {
        var lines = new ArrayList<List<Word>>();
        for (var part : texts.get(i).split("\n")) {
          lines.addAll(
              Lines.wrap(
                  Lines.words(part, font(style), new ArrayList<>()), widths[i] - 2 * PAD, 0, size));
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
  }
}

package vn.dvk.shared.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text measured in an embedded font: a text's words, lines broken greedily by the measured width of
 * their words (centred ones balanced to a similar length), and widths.
 */
final class Lines {

  private Lines() {}

  /** A word in its font. */
  record Word(String text, PDType0Font font) {}

  /** The words of a text, in composed form, with characters the font lacks shown as “?”. */
  static List<Word> words(String text, PDType0Font font, List<Word> words) throws IOException {
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

  /** Greedy line breaking by measured width; a word longer than a line is cut. */
  static List<List<Word>> wrap(List<Word> words, float width, float indent, float size)
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

  /** Lines as few as greedy breaking gives, as even in length as a narrower width allows. */
  static List<List<Word>> balanced(List<Word> words, float width, float indent, float size)
      throws IOException {
    var lines = wrap(words, width, indent, size);
    if (lines.size() < 2) {
      return lines;
    }
    var low = 0f;
    var high = width;
    for (var step = 0; step < 12; step++) {
      var middle = (low + high) / 2;
      if (wrap(words, middle, indent, size).size() > lines.size()) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return wrap(words, high, indent, size);
  }

  static float width(Word word, float size) throws IOException {
    return word.font().getStringWidth(word.text()) / 1000 * size;
  }

  static float space(Word before, float size) throws IOException {
    return before.font().getStringWidth(" ") / 1000 * size;
  }
}

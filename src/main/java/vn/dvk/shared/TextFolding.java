package vn.dvk.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search: lower case, without diacritics (“Đức Linh” → “duc linh”), with runs of
 * white space and punctuation made one space. Queries and indexed text are folded the same way.
 *
 * <p>The rule is {@link #slowly}: decompose, drop the marks, lower the case, make every run of what
 * is neither letter nor digit one space. Text made of Latin letters (Vietnamese among them) is
 * folded in one pass through a table of what that rule makes of each character; building every
 * model's search text spent most of its time in the normalizer and the regular expressions.
 */
public final class TextFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Below U+0250 (Basic Latin to Latin Extended-B) and U+1E00–U+1EFF (Latin Extended Additional).
   */
  private static final char LOW_END = '\u0250';

  private static final char EXTENDED_START = '\u1e00';
  private static final char EXTENDED_END = '\u1eff';

  /** For each character of those ranges, what the rule makes of it: letters, or a space. */
  private static final String[] TABLE = table();

  private TextFolding() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    var folded = new StringBuilder(text.length());
    var pendingSpace = false;
    for (var i = 0; i < text.length(); i++) {
      var piece = piece(text.charAt(i));
      if (piece == null) {
        return slowly(text);
      }
      for (var j = 0; j < piece.length(); j++) {
        var c = piece.charAt(j);
        if (c == ' ') {
          pendingSpace = !folded.isEmpty();
        } else {
          if (pendingSpace) {
            folded.append(' ');
            pendingSpace = false;
          }
          folded.append(c);
        }
      }
    }
    return folded.toString();
  }

  /** The rule itself, for the whole text at once. */
  static String slowly(String text) {
    var decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    var bare = MARKS.matcher(decomposed).replaceAll("");
    return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  private static String piece(char c) {
    if (c < LOW_END) {
      return TABLE[c];
    }
    if (c >= EXTENDED_START && c <= EXTENDED_END) {
      return TABLE[LOW_END + c - EXTENDED_START];
    }
    return null;
  }

  private static String[] table() {
    var table = new String[LOW_END + EXTENDED_END - EXTENDED_START + 1];
    for (char c = 0; c < LOW_END; c++) {
      table[c] = pieceOf(c);
    }
    for (char c = EXTENDED_START; c <= EXTENDED_END; c++) {
      table[LOW_END + c - EXTENDED_START] = pieceOf(c);
    }
    return table;
  }

  /** The rule applied to one character, its separators kept as one space each. */
  private static String pieceOf(char c) {
    var one = String.valueOf(c).replace('đ', 'd').replace('Đ', 'D');
    var bare = MARKS.matcher(Normalizer.normalize(one, Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}

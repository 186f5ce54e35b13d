package vn.dvk.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search: lower case, without diacritics (“Đức Linh” → “duc linh”), with runs of
 * white space and punctuation made one space. Queries and indexed text are folded the same way.
 *
 * <p>The rule is {@link #slowly}: decompose, drop the marks, lower the case, make every run of what
 * is neither letter nor digit one space. Text made of Latin letters (Vietnamese among them, typed
 * composed or decomposed, with typographic quotes and dashes) is folded in one pass through a table
 * of what that rule makes of each character; building every model's search text spent most of its
 * time in the normalizer and the regular expressions.
 */
public final class TextFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * The ranges the table holds: Basic Latin to Latin Extended-B, the combining marks (typed
   * decomposed), General Punctuation (“ ” – … between words) and Latin Extended Additional.
   */
  private static final char[][] RANGES = {
    {'\u0000', '\u024f'}, {'\u0300', '\u036f'}, {'\u2000', '\u206f'}, {'\u1e00', '\u1eff'}
  };

  /** For each character of those ranges, what the rule makes of it: letters, or a space. */
  private static final String[][] TABLE = table();

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
    for (var r = 0; r < RANGES.length; r++) {
      if (c >= RANGES[r][0] && c <= RANGES[r][1]) {
        return TABLE[r][c - RANGES[r][0]];
      }
    }
    return null;
  }

  private static String[][] table() {
    var table = new String[RANGES.length][];
    for (var r = 0; r < RANGES.length; r++) {
      table[r] = new String[RANGES[r][1] - RANGES[r][0] + 1];
      for (var c = RANGES[r][0]; c <= RANGES[r][1]; c++) {
        table[r][c - RANGES[r][0]] = pieceOf(c);
      }
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

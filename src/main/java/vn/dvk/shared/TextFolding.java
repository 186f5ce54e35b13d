package vn.dvk.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search: lower case, without diacritics (“Đức Linh” → “duc linh”), with runs of
 * white space and punctuation made one space. Queries and indexed text are folded the same way.
 */
public final class TextFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextFolding() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    var decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    var bare = MARKS.matcher(decomposed).replaceAll("");
    return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}

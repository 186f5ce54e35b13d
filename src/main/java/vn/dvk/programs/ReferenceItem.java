package vn.dvk.programs;

import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of a reference list. Its Vietnamese name is the reference; English and Hebrew names are
 * optional translations, and the Vietnamese one stands in where none is given. Saved whole through
 * Spring Data JDBC; its version refuses a change made on a copy someone else changed first.
 */
@Table("programs_reference_item")
public record ReferenceItem(
    @Id long id,
    ReferenceList list,
    String code,
    String nameVi,
    String nameEn,
    String nameHe,
    String measureVi,
    String measureEn,
    String measureHe,
    int position,
    boolean active,
    @Version Integer version) {

  public String name(Locale locale) {
    return pick(locale, nameVi, nameEn, nameHe);
  }

  public String measure(Locale locale) {
    return pick(locale, measureVi, measureEn, measureHe);
  }

  private static String pick(Locale locale, String vi, String en, String he) {
    var translated =
        switch (locale.getLanguage()) {
          case "en" -> en;
          case "he", "iw" -> he;
          default -> vi;
        };
    return translated == null || translated.isBlank() ? vi : translated;
  }
}

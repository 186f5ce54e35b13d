package vn.dvk.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The languages of the interface: Vietnamese (the default), English and Hebrew. */
public final class Languages {

  public static final Locale DEFAULT = Locale.forLanguageTag("vi");
  public static final List<Locale> SUPPORTED_LOCALES =
      List.of(DEFAULT, Locale.forLanguageTag("en"), Locale.forLanguageTag("he"));

  private Languages() {}

  public static boolean isRightToLeft(Locale locale) {
    var language = locale.getLanguage();
    return "he".equals(language) || "iw".equals(language);
  }
}

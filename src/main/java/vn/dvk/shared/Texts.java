package vn.dvk.shared;

/** What the application does with typed text before keeping it. */
public final class Texts {

  private Texts() {}

  /** Nothing given, or only spaces. */
  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The text without surrounding spaces, or null when nothing was given. */
  public static String blankToNull(String text) {
    return isBlank(text) ? null : text.trim();
  }
}

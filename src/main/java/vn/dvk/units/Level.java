package vn.dvk.units;

/** The level at which a unit works and recognizes models (cấp). */
public enum Level {
  GRASSROOTS,
  DISTRICT,
  PROVINCE,
  CENTRAL;

  /** Whether a unit of this level may have a unit of {@code child} level directly below it. */
  public boolean mayContain(Level child) {
    return child.ordinal() <= ordinal();
  }
}

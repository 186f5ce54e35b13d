package vn.dvk.units;

/** The level at which a unit works and recognizes models (cấp). */
public enum Level {
  GRASSROOTS,
  DISTRICT,
  PROVINCE,
  CENTRAL;

  /**
   * The symbol of the mass mobilization commission at this level on its papers: “BDVTU” in
   * “15-QĐ/BDVTU”.
   */
  public String commissionSymbol() {
    return switch (this) {
      case CENTRAL -> "BDVTW";
      case PROVINCE -> "BDVTU";
      case DISTRICT -> "BDVHU";
      case GRASSROOTS -> "ĐU";
    };
  }

  /** Whether a unit of this level may have a unit of {@code child} level directly below it. */
  public boolean mayContain(Level child) {
    return child.ordinal() <= ordinal();
  }
}

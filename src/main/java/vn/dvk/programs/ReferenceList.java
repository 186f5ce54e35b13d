package vn.dvk.programs;

/** The reference lists administrators maintain. */
public enum ReferenceList {
  FIELD,
  MOVEMENT,
  INDICATOR;

  /** Only indicators have a unit of measure. */
  public boolean hasMeasure() {
    return this == INDICATOR;
  }
}

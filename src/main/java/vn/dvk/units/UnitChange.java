package vn.dvk.units;

/** What opened a version of a unit. */
public enum UnitChange {
  CREATED,
  RENAMED,
  MOVED,
  /** Moved because its parent was merged into another unit. */
  MOVED_BY_MERGE
}

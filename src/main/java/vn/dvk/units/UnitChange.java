package vn.dvk.units;

/** What opened a version of a unit. */
public enum UnitChange {
  CREATED,
  RENAMED,
  MOVED,
  /** Moved because its parent was merged into another unit. */
  MOVED_BY_MERGE,
  /** Moved because its parent was dissolved, to the successor the plan named. */
  MOVED_BY_DISSOLUTION
}

package vn.dvk.units;

/**
 * One change of a restructure plan, all of which take effect on the plan's date. Which fields a
 * change reads depends on its action:
 *
 * <ul>
 *   <li>{@code CREATE}: {@code code}, {@code name}, {@code shortName}, {@code kind}, {@code level}
 *       (the kind's default when absent), {@code parentCode} (none for a root);
 *   <li>{@code RENAME}: {@code code}, {@code name}, {@code shortName};
 *   <li>{@code MOVE}: {@code code}, {@code parentCode};
 *   <li>{@code MERGE}: {@code code} merges into {@code successorCode}, which takes its children;
 *   <li>{@code DISSOLVE}: {@code code} ends; its children go to {@code successorCode}, required
 *       when it has any;
 *   <li>{@code REHOME}: the user {@code username} gets {@code successorCode} as home unit.
 * </ul>
 *
 * {@code row} is where the change stands in the plan (a spreadsheet's row, a list's position), so
 * that what is refused can be named.
 */
public record RestructureChange(
    int row,
    Action action,
    String code,
    String name,
    String shortName,
    UnitKind kind,
    Level level,
    String parentCode,
    String successorCode,
    String username) {

  /** What a change does. */
  public enum Action {
    CREATE,
    RENAME,
    MOVE,
    MERGE,
    DISSOLVE,
    REHOME
  }

  public RestructureChange {
    code = NewUnit.normalizeCode(code);
    parentCode = NewUnit.normalizeCode(parentCode);
    successorCode = NewUnit.normalizeCode(successorCode);
    name = NewUnit.normalizeName(name);
    shortName = shortName == null || shortName.isBlank() ? null : NewUnit.normalizeName(shortName);
    username = username == null || username.isBlank() ? null : username.trim();
    if (level == null && kind != null) {
      level = kind.defaultLevel();
    }
  }
}

package vn.dvk.units.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvk.units.domain.UnitRows.UnitRow;

/**
 * The rows of a file in an order where every unit comes after its parent when the parent is a row
 * of the same file, whatever order the file had; rows whose parents loop back to them cannot be
 * ordered and are left out ({@link #looping}).
 */
public final class ParentsFirst {

  private final List<UnitRow> ordered = new ArrayList<>();
  private final List<UnitRow> looping = new ArrayList<>();

  public ParentsFirst(List<UnitRow> rows) {
    var byCode = new HashMap<String, UnitRow>();
    rows.forEach(row -> byCode.putIfAbsent(row.unit().code(), row));
    var placed = new HashSet<String>();
    for (var row : rows) {
      place(row, byCode, placed, new HashSet<>());
    }
  }

  /** The rows, parents before their children. */
  public List<UnitRow> ordered() {
    return ordered;
  }

  /** The rows whose chain of parents in the file comes back to them. */
  public List<UnitRow> looping() {
    return looping;
  }

  private void place(
      UnitRow row, Map<String, UnitRow> byCode, Set<String> placed, Set<String> onPath) {
    var code = row.unit().code();
    if (placed.contains(code) || looping.contains(row)) {
      return;
    }
    if (!onPath.add(code)) {
      looping.add(row);
      return;
    }
    var parent = byCode.get(row.unit().parentCode());
    if (parent != null && parent != row) {
      place(parent, byCode, placed, onPath);
      if (looping.contains(parent)) {
        if (!looping.contains(row)) {
          looping.add(row);
        }
        return;
      }
    }
    if (!looping.contains(row) && placed.add(code)) {
      ordered.add(row);
    }
  }
}

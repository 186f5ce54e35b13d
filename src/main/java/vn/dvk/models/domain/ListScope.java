package vn.dvk.models.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The registrations a reader may list: the years, and for each year the units whose registrations
 * count (the reader's subtree as it stood that year) — or every unit, for a reader who sees the
 * whole tree, which spares the query a condition on thousands of units.
 */
public record ListScope(SortedSet<Integer> years, Map<Integer, Set<String>> unitsByYear) {

  public ListScope {
    years = new TreeSet<>(years);
    unitsByYear = unitsByYear == null ? null : Map.copyOf(unitsByYear);
  }

  /** Each year with its units; a year without any unit is left out. */
  public static ListScope of(Map<Integer, Set<String>> unitsByYear) {
    var withUnits = new java.util.HashMap<Integer, Set<String>>();
    unitsByYear.forEach(
        (year, units) -> {
          if (!units.isEmpty()) {
            withUnits.put(year, units);
          }
        });
    return new ListScope(new TreeSet<>(withUnits.keySet()), withUnits);
  }

  public static ListScope everyUnit(Set<Integer> years) {
    return new ListScope(new TreeSet<>(years), null);
  }

  /**
   * The years grouped by their units, in year order: one group when no reorganization falls in
   * between, one for each tree otherwise. A query then tests a row against a few sets of units
   * instead of against every pair of year and unit.
   */
  public Map<Set<String>, SortedSet<Integer>> yearsByUnits() {
    var groups = new LinkedHashMap<Set<String>, SortedSet<Integer>>();
    for (var year : years) {
      groups.computeIfAbsent(unitsByYear.get(year), units -> new TreeSet<>()).add(year);
    }
    return groups;
  }

  /** Whether a registration of this year, of a model of this unit, belongs to the list. */
  public boolean covers(int year, String unitCode) {
    if (!years.contains(year)) {
      return false;
    }
    return everyUnit() || unitsByYear.get(year).contains(unitCode);
  }

  public boolean everyUnit() {
    return unitsByYear == null;
  }

  public boolean isEmpty() {
    return years.isEmpty();
  }
}

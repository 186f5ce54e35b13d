package vn.dvk.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiPredicate;
import vn.dvk.units.Units;

/**
 * The units whose earlier years a unit carries on: the unit itself, and every unit merged into it
 * by a date (through others, too), as they stood in an earlier year, each counted once (a unit
 * lying under another of them that year, or merged into it by the end of its year, is in that one's
 * figures already: Bình Thuận's first half of 2025 is in the new Lâm Đồng's 2025).
 */
final class Absorbed {

  private Absorbed() {}

  /**
   * Those of {@code code} and the units merged into it by {@code asOf} that stood in {@code year}
   * and that {@code readable} lets through, on the tree of their year.
   */
  static List<String> standingIn(
      Units units, String code, LocalDate asOf, int year, BiPredicate<String, LocalDate> readable) {
    var candidates = new LinkedHashSet<String>();
    candidates.add(code);
    candidates.addAll(
        units.predecessorsOf(List.of(code), asOf).keySet().stream().sorted().toList());
    var standing = new ArrayList<String>();
    for (var candidate : candidates) {
      var day = units.asOfYear(year, candidate);
      if (units.find(candidate, day).isPresent() && readable.test(candidate, day)) {
        standing.add(candidate);
      }
    }
    var within = new java.util.HashMap<String, java.util.Set<String>>();
    for (var kept : standing) {
      var day = units.asOfYear(year, kept);
      var subtree = units.subtree(kept, day).stream().map(u -> u.code()).toList();
      var counted = new java.util.HashSet<>(subtree);
      counted.addAll(units.predecessorsOf(subtree, day).keySet());
      within.put(kept, counted);
    }
    return standing.stream()
        .filter(
            c ->
                standing.stream()
                    .noneMatch(other -> !other.equals(c) && within.get(other).contains(c)))
        .toList();
  }
}

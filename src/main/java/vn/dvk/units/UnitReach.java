package vn.dvk.units;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.units.domain.TreeCache;

/**
 * What the readers of a unit reach in the tree of a past date: its subtree then, and the units
 * merged into it since, whose work, history and reports went to their successor. The codes are kept
 * in memory until the tree changes ({@link TreeCache}).
 */
@Service
@Transactional(readOnly = true)
public class UnitReach {

  private final Units units;
  private final TreeCache cache;

  UnitReach(Units units, TreeCache cache) {
    this.units = units;
    this.cache = cache;
  }

  /**
   * The units a reader of {@code root} reads in the tree of the date: its subtree then, and the
   * units since merged into its present subtree with those below them that went along (a province
   * merged whole brings its tree; a dissolved district brings only the communes that followed it).
   */
  public List<UnitView> reachOn(String root, LocalDate date) {
    return reach(root, date).units();
  }

  /**
   * The codes whose records a reader of {@code root} reads in the tree of the date: {@link
   * #reachOn}, and the units merged into the subtree whenever they ended (a model keeps the code of
   * the commune that registered it).
   */
  public Set<String> reachedCodes(String root, LocalDate date) {
    return reachedCodes(root, List.of(date)).get(date);
  }

  /**
   * {@link #reachedCodes(String, LocalDate)} in the trees of several dates, today's subtree and
   * what merged into it read once for all the past ones.
   */
  public Map<LocalDate, Set<String>> reachedCodes(String root, Collection<LocalDate> dates) {
    var today = units.today();
    return cache.get(root, dates, today, () -> read(root, dates, today));
  }

  private Map<LocalDate, Set<String>> read(
      String root, Collection<LocalDate> dates, LocalDate today) {
    Present past = null;
    var result = new LinkedHashMap<LocalDate, Set<String>>();
    for (var date : dates) {
      if (!date.isAfter(today) && past == null) {
        past = present(root, date);
      }
      var reach = reach(root, date, date.isAfter(today) ? present(root, date) : past);
      var codes = new HashSet<String>(reach.absorbed());
      reach.units().forEach(u -> codes.add(u.code()));
      result.put(date, codes);
    }
    return result;
  }

  private record Reach(List<UnitView> units, Set<String> absorbed) {}

  /** The root's subtree today (or on a later date) and the units merged into it by then. */
  private record Present(Set<String> codes, Set<String> absorbed) {}

  private Present present(String root, LocalDate date) {
    var today = units.today();
    var codes = codes(units.subtree(root, date.isAfter(today) ? date : today));
    return new Present(codes, units.predecessorsOf(codes, today).keySet());
  }

  private Reach reach(String root, LocalDate date) {
    return reach(root, date, present(root, date));
  }

  private Reach reach(String root, LocalDate date, Present now) {
    var present = now.codes();
    var absorbed = now.absorbed();
    var then = units.subtree(root, date);
    if (absorbed.isEmpty()) {
      return new Reach(then, Set.of());
    }
    var thenCodes = codes(then);
    var tree = units.treeOn(date);
    var children = new HashMap<String, List<UnitView>>();
    tree.forEach(u -> children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u));
    var reached = new LinkedHashMap<String, UnitView>();
    then.forEach(u -> reached.put(u.code(), u));
    tree.stream().filter(u -> absorbed.contains(u.code())).forEach(u -> reached.put(u.code(), u));
    var queue = new ArrayDeque<>(reached.values());
    while (!queue.isEmpty()) {
      for (var child : children.getOrDefault(queue.poll().code(), List.of())) {
        var follows =
            thenCodes.contains(child.code())
                || absorbed.contains(child.code())
                || present.contains(child.code());
        if (follows && reached.putIfAbsent(child.code(), child) == null) {
          queue.add(child);
        }
      }
    }
    return new Reach(List.copyOf(reached.values()), absorbed);
  }

  private static Set<String> codes(List<UnitView> units) {
    var codes = new HashSet<String>();
    units.forEach(u -> codes.add(u.code()));
    return codes;
  }

  /**
   * Where a unit's work stands today: the unit itself while it stands, else the standing unit it
   * was merged into (through others, too); empty for a unit dissolved without a successor.
   */
  public java.util.Optional<UnitView> standingSuccessor(String code) {
    var today = units.today();
    var current = NewUnit.normalizeCode(code);
    for (int hops = 0; current != null && hops < 32; hops++) {
      var standing = units.find(current, today);
      if (standing.isPresent()) {
        return standing;
      }
      var from = current;
      current =
          units.successions(from).stream()
              .filter(s -> s.predecessorCode().equals(from))
              .map(Succession::successorCode)
              .findFirst()
              .orElse(null);
    }
    return java.util.Optional.empty();
  }
}

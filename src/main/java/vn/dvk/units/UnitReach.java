package vn.dvk.units;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the readers of a unit reach in the tree of a past date: its subtree then, and the units
 * merged into it since, whose work, history and reports went to their successor.
 */
@Service
@Transactional(readOnly = true)
public class UnitReach {

  private final Units units;

  UnitReach(Units units) {
    this.units = units;
  }

  /**
   * The units a reader of {@code root} reads in the tree of the date: its subtree then, and the
   * subtrees then of the units merged into its present subtree since (their work went there).
   */
  public List<UnitView> reachOn(String root, LocalDate date) {
    var absorbed = absorbedSince(root, date);
    if (absorbed.isEmpty()) {
      return units.subtree(root, date);
    }
    var tree = units.treeOn(date);
    var children = new HashMap<String, List<UnitView>>();
    tree.forEach(u -> children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u));
    var starts = new ArrayList<String>(absorbed);
    starts.add(NewUnit.normalizeCode(root));
    var reached = new LinkedHashMap<String, UnitView>();
    tree.stream().filter(u -> starts.contains(u.code())).forEach(u -> reached.put(u.code(), u));
    var queue = new ArrayDeque<>(reached.values());
    while (!queue.isEmpty()) {
      for (var child : children.getOrDefault(queue.poll().code(), List.of())) {
        if (reached.putIfAbsent(child.code(), child) == null) {
          queue.add(child);
        }
      }
    }
    return List.copyOf(reached.values());
  }

  /**
   * The codes whose records a reader of {@code root} reads in the tree of the date: {@link
   * #reachOn}, and the units merged into the subtree whenever they ended (a model keeps the code of
   * the commune that registered it).
   */
  public Set<String> reachedCodes(String root, LocalDate date) {
    var codes = new HashSet<String>();
    reachOn(root, date).forEach(u -> codes.add(u.code()));
    codes.addAll(absorbedSince(root, date));
    return codes;
  }

  /** The units merged, by today, into the unit's present subtree (none when nothing was). */
  private Set<String> absorbedSince(String root, LocalDate date) {
    var today = units.today();
    var present = units.subtree(root, date.isAfter(today) ? date : today);
    return units.predecessorsOf(present.stream().map(UnitView::code).toList(), today).keySet();
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

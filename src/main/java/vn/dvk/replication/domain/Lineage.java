package vn.dvk.replication.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Who learned from whom. A model has at most one source, and no model may learn, through any number
 * of steps, from itself: the links form a forest, and each source's copies form a tree.
 */
public final class Lineage {

  /** One link: {@code copy} was learned from {@code source}. */
  public record Link(long copy, long source) {}

  /**
   * A copy placed in its source's tree: how many steps from the root, and which model it copies.
   */
  public record Placed(long copy, long source, int depth) {}

  private Lineage() {}

  /**
   * Whether making {@code source} the source of {@code model} would close a cycle: the model
   * itself, or a model that already learned from it, directly or through others.
   */
  public static boolean wouldCycle(long model, long source, LongFunction<Optional<Long>> sourceOf) {
    var seen = new HashSet<Long>();
    Optional<Long> current = Optional.of(source);
    while (current.isPresent()) {
      long step = current.get();
      if (step == model || !seen.add(step)) {
        return true;
      }
      current = sourceOf.apply(step);
    }
    return false;
  }

  /**
   * The copies below {@code root}, depth first, each source followed by its own copies in the order
   * they were made (by id), so that the list reads as an indented tree.
   */
  public static List<Placed> tree(long root, Collection<Link> links) {
    Map<Long, List<Long>> copiesOf = new HashMap<>();
    for (var link : links) {
      copiesOf.computeIfAbsent(link.source(), id -> new ArrayList<>()).add(link.copy());
    }
    copiesOf.values().forEach(copies -> copies.sort(Comparator.naturalOrder()));
    var placed = new ArrayList<Placed>();
    place(root, 1, copiesOf, placed, new HashSet<>(List.of(root)));
    return placed;
  }

  private static void place(
      long source,
      int depth,
      Map<Long, List<Long>> copiesOf,
      List<Placed> out,
      HashSet<Long> seen) {
    for (var copy : copiesOf.getOrDefault(source, List.of())) {
      if (seen.add(copy)) {
        out.add(new Placed(copy, source, depth));
        place(copy, depth + 1, copiesOf, out, seen);
      }
    }
  }
}

package vn.dvk.units.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import vn.dvk.shared.i18n.Message;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.Succession;
import vn.dvk.units.UnitView;

/**
 * What a restructure plan would write, judged by {@link Restructuring}: the stored versions it
 * closes on its date, the versions it opens, the units it ends with their successors (none for a
 * unit dissolved without children), the users it re-homes by name, and per change what it touches
 * or why it is refused.
 */
public record PlanOutcome(
    LocalDate date,
    List<UnitView> closed,
    List<UnitView> opened,
    Map<String, String> ended,
    Map<String, String> rehomes,
    List<Step> steps,
    List<Refusal> refusals) {

  /** An accepted change and the units it changes: the unit first, then any children it moves. */
  public record Step(RestructureChange change, List<String> units) {}

  /** A refused change: its row and why. */
  public record Refusal(int row, Message reason) {}

  public boolean isAccepted() {
    return refusals.isEmpty();
  }

  /** The successions to record: each ended unit with a successor. */
  public List<Succession> successions() {
    return ended.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> new Succession(e.getKey(), e.getValue(), date))
        .toList();
  }

  /**
   * Where the records and users of an ended unit go: its successor, or that successor's own if the
   * plan ends it too; null when the chain ends without one.
   */
  public String finalSuccessor(String code) {
    var seen = new HashSet<String>();
    var current = code;
    while (ended.containsKey(current) && seen.add(current)) {
      current = ended.get(current);
      if (current == null) {
        return null;
      }
    }
    return current;
  }
}

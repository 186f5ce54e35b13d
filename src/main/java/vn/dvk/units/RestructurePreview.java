package vn.dvk.units;

import java.util.List;
import java.util.Map;
import vn.dvk.shared.i18n.Message;

/**
 * A restructure plan judged against the tree as it stands now: for each accepted change, the units
 * it changes and what they hold (models, open registrations, open rounds, users); each refused
 * change with its reason; and every user the plan gives a new home.
 */
public record RestructurePreview(
    RestructurePlan plan, List<Row> rows, List<Refusal> refusals, List<Rehoming> rehomed) {

  /** An accepted change: the units it changes (the unit first) and counts by i18n key. */
  public record Row(
      int row,
      RestructureChange.Action action,
      String code,
      List<String> units,
      Map<String, Integer> counts) {}

  /** A refused change and why. */
  public record Refusal(int row, Message reason) {}

  /** A user the plan re-homes; {@code toUnit} is null when their unit ends without a successor. */
  public record Rehoming(String username, String displayName, String fromUnit, String toUnit) {}

  /** Whether applying it now would be accepted. */
  public boolean isApplicable() {
    return plan.state() == RestructurePlan.State.DRAFT && refusals.isEmpty();
  }
}

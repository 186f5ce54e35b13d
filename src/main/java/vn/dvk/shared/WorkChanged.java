package vn.dvk.shared;

import java.util.Set;

/**
 * The work of some units changed — their models or registrations, their rounds, proposals or
 * recognitions, the copies they learned — and so did whatever is counted from it. Named by the
 * units, by the models (whose unit the listener looks up), or as everything (a bulk load).
 * Published by {@link WorkChanges} inside the changing transaction, just before it commits, once
 * for all the transaction's changes; listeners run in that transaction.
 */
public record WorkChanged(Set<String> unitCodes, Set<Long> modelIds, boolean everything) {

  public WorkChanged {
    unitCodes = Set.copyOf(unitCodes);
    modelIds = Set.copyOf(modelIds);
  }

  public boolean isEmpty() {
    return !everything && unitCodes.isEmpty() && modelIds.isEmpty();
  }
}

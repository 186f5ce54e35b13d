package vn.dvk.units;

import java.util.Set;

/**
 * Units were renamed, moved or merged: the names a record of these units, or of any unit below
 * them, is found by may have changed. Published inside the transaction that made the change, and
 * kept in the event publication registry until each listener has handled it.
 */
public record UnitsChanged(Set<String> codes) {

  public UnitsChanged {
    codes = Set.copyOf(codes);
  }
}

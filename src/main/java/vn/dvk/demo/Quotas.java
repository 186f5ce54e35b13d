package vn.dvk.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares a number of recognitions among units as evenly as their candidates allow: a unit with few
 * candidates recognizes all of them, the others share the rest, the smaller units served first.
 */
final class Quotas {

  private Quotas() {}

  /** Each unit's share of {@code total}; units of equal size keep their order in the map. */
  static <K> Map<K, Integer> share(int total, Map<K, ? extends Collection<?>> candidates) {
    var order = new ArrayList<>(candidates.keySet());
    order.sort((a, b) -> Integer.compare(candidates.get(a).size(), candidates.get(b).size()));
    var quotas = new HashMap<K, Integer>();
    var remaining = total;
    for (int i = 0; i < order.size(); i++) {
      var unitsLeft = order.size() - i;
      var share = (remaining + unitsLeft - 1) / unitsLeft;
      var quota = Math.min(candidates.get(order.get(i)).size(), share);
      quotas.put(order.get(i), quota);
      remaining -= quota;
    }
    return quotas;
  }
}

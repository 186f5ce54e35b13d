package vn.dvk.units;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The names a record of a unit is found by: the unit's and every superior's, with every name each
 * of them has had or will have (a renamed commune is found by its old and new names), and for a
 * unit since merged, the tree of its last day and the names of what it merged into.
 */
@Service
public class UnitSearchNames {

  private final Units units;

  UnitSearchNames(Units units) {
    this.units = units;
  }

  public List<String> of(String code) {
    var today = units.today();
    var unit = units.findOnOrLatest(code, today);
    if (unit.isEmpty()) {
      return List.of();
    }
    var day = unit.get().isValidOn(today) ? today : unit.get().validTo().minusDays(1);
    var names = new LinkedHashSet<String>();
    for (var above : units.chain(code, day)) {
      names.add(above.name());
      units.history(above.code()).forEach(version -> names.add(version.name()));
    }
    for (var succession : units.successions(code)) {
      units.chain(succession.successorCode(), today).forEach(after -> names.add(after.name()));
    }
    return List.copyOf(names);
  }
}

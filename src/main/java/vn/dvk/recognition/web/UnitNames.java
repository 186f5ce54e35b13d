package vn.dvk.recognition.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/** Units' names as of today, for the pages and the API; an unknown code stands for itself. */
@Component
class UnitNames {

  private final Units units;

  UnitNames(Units units) {
    this.units = units;
  }

  Map<String, String> full(Collection<String> codes) {
    return names(codes, false);
  }

  Map<String, String> brief(Collection<String> codes) {
    return names(codes, true);
  }

  private Map<String, String> names(Collection<String> codes, boolean brief) {
    var names = new LinkedHashMap<String, String>();
    units
        .versionsOn(new HashSet<>(codes), units.today())
        .forEach((code, unit) -> names.put(code, brief ? unit.shortName() : name(unit)));
    codes.forEach(code -> names.putIfAbsent(code, code));
    return names;
  }

  private static String name(UnitView unit) {
    return unit.name();
  }
}

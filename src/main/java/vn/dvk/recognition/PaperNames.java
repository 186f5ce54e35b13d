package vn.dvk.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.models.ModelSummary;
import vn.dvk.models.OwnerKind;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * How the module's papers name things, in Vietnamese: a unit as it was named on the paper's date,
 * its party committee, the province a paper is dated in, a level and an owner kind.
 */
@Component
class PaperNames {

  private final Units units;

  PaperNames(Units units) {
    this.units = units;
  }

  /** The unit as it was on the date, or as it last was if it had closed by then. */
  UnitView unit(String code, LocalDate date) {
    return units
        .findOnOrLatest(code, date)
        .orElseThrow(() -> new NotFoundException("units.error.not-found", code));
  }

  /** The names of the models' units on the date (a unit unknown keeps its code). */
  Map<String, String> unitNames(Collection<ModelSummary> summaries, LocalDate date) {
    var codes = new HashSet<String>();
    summaries.forEach(s -> codes.add(s.unitCode()));
    var result = new HashMap<String, String>();
    units.versionsOn(codes, date).forEach((code, unit) -> result.put(code, unit.name()));
    codes.forEach(code -> result.putIfAbsent(code, code));
    return result;
  }

  /** Where the unit's papers are dated: its province. */
  String place(UnitView unit, LocalDate date) {
    return units.chain(unit.code(), date).stream()
        .filter(u -> u.kind() == UnitKind.PROVINCE)
        .map(u -> u.shortName() == null ? u.name() : u.shortName())
        .findFirst()
        .orElse(unit.shortName() == null ? unit.name() : unit.shortName());
  }

  static String levelName(Level level) {
    return switch (level) {
      case GRASSROOTS -> "cấp cơ sở";
      case DISTRICT -> "cấp huyện";
      case PROVINCE -> "cấp tỉnh";
      case CENTRAL -> "cấp Trung ương";
    };
  }

  static String ownerKind(OwnerKind kind) {
    return kind == OwnerKind.INDIVIDUAL ? "Cá nhân" : "Tập thể";
  }
}

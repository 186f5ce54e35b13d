package vn.dvk.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Scope;
import vn.dvk.reporting.Comparison.Figures;
import vn.dvk.reporting.Comparison.Part;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.units.Units;

/**
 * Sets a unit's year beside the sum of the units it absorbed, for an earlier year: the unit itself
 * if it stood then, and every unit merged into it since (through others, too), each counted once (a
 * unit lying under another of them that year is in that one's figures already).
 */
@Service
@Transactional(readOnly = true)
public class Comparisons {

  private final YearlySummaries summaries;
  private final Units units;
  private final Scope scope;

  Comparisons(YearlySummaries summaries, Units units, Scope scope) {
    this.summaries = summaries;
    this.units = units;
    this.scope = scope;
  }

  public Comparison of(String unitCode, Integer year, Integer baseYear) {
    var summary = summaries.of(year, unitCode);
    if (baseYear == null || baseYear < 2000 || baseYear >= summary.year()) {
      throw new InvalidInputException(
          List.of(new Violation("baseYear", "reports.comparison.error.base-year")));
    }
    var parts = new ArrayList<Part>();
    var base = Figures.NONE;
    var unit = summary.unit().code();
    var asOf = units.asOfYear(summary.year(), unit);
    for (var code : Absorbed.standingIn(units, unit, asOf, baseYear, scope::canRead)) {
      var part = summaries.of(baseYear, code);
      var figures = Figures.of(part);
      parts.add(new Part(part.unit(), figures));
      base = base.plus(figures);
    }
    return new Comparison(
        summary.unit(), summary.year(), Figures.of(summary), baseYear, parts, base);
  }
}

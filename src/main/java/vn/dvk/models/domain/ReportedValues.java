package vn.dvk.models.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * The rules of a progress report's values: a report date not in the future, values only for the
 * indicators the model tracks, none negative, and at least one. Blank values are left out.
 */
public final class ReportedValues {

  private ReportedValues() {}

  /**
   * The values to keep, in the order given; every broken rule is reported at once (422).
   *
   * @param tracked the codes of the indicators the model tracks
   */
  public static Map<String, BigDecimal> check(
      LocalDate date, LocalDate today, List<String> tracked, Map<String, BigDecimal> values) {
    var problems = new ArrayList<Violation>();
    if (date == null) {
      problems.add(new Violation("reportDate", "validation.required"));
    } else if (date.isAfter(today)) {
      problems.add(new Violation("reportDate", "progress.error.future"));
    }
    var clean = new LinkedHashMap<String, BigDecimal>();
    values.forEach(
        (code, value) -> {
          if (value == null) {
            return;
          }
          if (!tracked.contains(code)) {
            problems.add(new Violation("values." + code, "progress.error.untracked", code));
          } else if (value.signum() < 0) {
            problems.add(new Violation("values." + code, "validation.not-negative"));
          } else {
            clean.put(code, value);
          }
        });
    if (clean.isEmpty() && problems.isEmpty()) {
      problems.add(new Violation("values", "progress.error.no-values"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return clean;
  }
}

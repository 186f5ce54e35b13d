package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The year's approved registrations (in {@code REGISTERED} or {@code IN_PROGRESS}) of the models of
 * some units by field, and when each unit first sent them up, from the units' figures in the
 * reports' read model ({@link UnitFigures}; the summary's sums are read by {@link YearFigures}).
 */
@Repository
public class RegistrationQueries {

  private final JdbcClient jdbc;

  public RegistrationQueries(ReportDatabase database) {
    this.jdbc = database.jdbc();
  }

  /** How many by field, in the fields' order. */
  public Map<String, Integer> byField(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.counts(
        FigureSql.of(jdbc, "detail, sum(total)", "FIELD", year, units)
            .groupedBy("detail order by detail"));
  }

  /** The first day each unit's registrations of the year were sent up (a model's unit). */
  public Map<String, LocalDate> firstSentUpByUnit(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.days(
        FigureSql.of(jdbc, "unit_code, min(first_at)", "REGISTERED", year, units)
            .groupedBy("unit_code"));
  }
}

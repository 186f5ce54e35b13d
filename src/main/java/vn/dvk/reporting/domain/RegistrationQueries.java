package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.reporting.YearlySummary;

/**
 * The year's approved registrations (in {@code REGISTERED} or {@code IN_PROGRESS}) of the models of
 * some units, summed from the units' figures in the reports' read model ({@link UnitFigures}).
 */
@Repository
public class RegistrationQueries {

  private final JdbcClient jdbc;

  public RegistrationQueries(ReportDatabase database) {
    this.jdbc = database.jdbc();
  }

  /** How many, new and continued, collective and individual. */
  public YearlySummary.Registered registered(int year, Collection<String> units) {
    int fresh = 0;
    int collective = 0;
    var total = 0;
    if (!units.isEmpty()) {
      var rows =
          FigureSql.of(jdbc, "detail, sum(total), sum(collective)", "REGISTERED", year, units)
              .groupedBy("detail")
              .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)})
              .list();
      for (var row : rows) {
        var count = (int) row[1];
        total += count;
        fresh += "NEW".equals(row[0]) ? count : 0;
        collective += (int) row[2];
      }
    }
    return new YearlySummary.Registered(
        total, fresh, total - fresh, collective, total - collective);
  }

  /** How many by the model's unit. */
  public Map<String, Integer> byUnit(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.counts(
        FigureSql.of(jdbc, "unit_code, sum(total)", "REGISTERED", year, units)
            .groupedBy("unit_code"));
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

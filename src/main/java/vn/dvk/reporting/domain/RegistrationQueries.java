package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.reporting.YearlySummary;

/**
 * The year's approved registrations (in {@code REGISTERED} or {@code IN_PROGRESS}) of the models of
 * some units, counted from the models module's read model {@code models_registration_facts}.
 */
@Repository
public class RegistrationQueries {

  private static final String APPROVED =
      """
       where registration_year = :year and approved
         and unit_code in (:units)
      """;

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
          approved(
                  "select kind, owner_kind, count(*) from models_registration_facts",
                  "group by kind, owner_kind",
                  year,
                  units)
              .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)})
              .list();
      for (var row : rows) {
        var count = (int) row[2];
        total += count;
        fresh += "NEW".equals(row[0]) ? count : 0;
        collective += "INDIVIDUAL".equals(row[1]) ? 0 : count;
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
        approved(
            "select unit_code, count(*) from models_registration_facts",
            "group by unit_code",
            year,
            units));
  }

  /** How many by field, in the fields' order. */
  public Map<String, Integer> byField(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.counts(
        approved(
            "select field_code, count(*) from models_registration_facts",
            "group by field_code order by field_code",
            year,
            units));
  }

  /** The first day each unit's registrations of the year were sent up (a model's unit). */
  public Map<String, LocalDate> firstSentUpByUnit(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.days(
        approved(
            "select unit_code, min(sent_up_at) from models_registration_facts",
            "group by unit_code",
            year,
            units));
  }

  private JdbcClient.StatementSpec approved(
      String select, String grouping, int year, Collection<String> units) {
    return jdbc.sql(select + "\n" + APPROVED + grouping).param("year", year).param("units", units);
  }
}

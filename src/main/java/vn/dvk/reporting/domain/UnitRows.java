package vn.dvk.reporting.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The rows of a report query keyed by unit (its first column), gathered as the reports use them: a
 * count or a day.
 */
final class UnitRows {

  private UnitRows() {}

  /** A unit and a count, in the query's order. */
  static Map<String, Integer> counts(StatementSpec query) {
    var result = new LinkedHashMap<String, Integer>();
    query.query(
        rs -> {
          result.put(rs.getString(1), rs.getInt(2));
        });
    return result;
  }

  /** A unit and a day (a date, or a time whose day is kept); units without a day are left out. */
  static Map<String, LocalDate> days(StatementSpec query) {
    var result = new HashMap<String, LocalDate>();
    query.query(
        rs -> {
          var value = rs.getObject(2);
          if (value instanceof Date date) {
            result.put(rs.getString(1), date.toLocalDate());
          } else if (value != null) {
            result.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toLocalDate());
          }
        });
    return result;
  }
}

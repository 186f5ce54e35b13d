package vn.dvk.reporting.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A query over the units' figures of a year ({@code reporting_unit_figure}): one figure, the units
 * asked for, optionally some of its details.
 */
final class FigureSql {

  private final JdbcClient jdbc;
  private final String columns;
  private final String figure;
  private final int year;
  private final Collection<String> units;
  private List<String> details;

  private FigureSql(
      JdbcClient jdbc, String columns, String figure, int year, Collection<String> units) {
    this.jdbc = jdbc;
    this.columns = columns;
    this.figure = figure;
    this.year = year;
    this.units = units;
  }

  /** {@code columns} of the figure's rows of the year for the units (every unit's when null). */
  static FigureSql of(
      JdbcClient jdbc, String columns, String figure, int year, Collection<String> units) {
    return new FigureSql(jdbc, columns, figure, year, units);
  }

  /** Only the rows of these details (all of them when null). */
  FigureSql details(Collection<String> details) {
    this.details = details == null ? null : List.copyOf(details);
    return this;
  }

  /** The statement, grouped (and perhaps ordered) as {@code grouping} says. */
  StatementSpec groupedBy(String grouping) {
    var sql =
        "select "
            + columns
            + " from reporting_unit_figure where figure_year = :year and figure = :figure"
            + (units == null ? "" : " and unit_code in (:units)")
            + (details == null ? "" : " and detail in (:details)")
            + " group by "
            + grouping;
    var statement = jdbc.sql(sql).param("year", year).param("figure", figure);
    if (units != null) {
      statement = statement.param("units", units);
    }
    return details == null ? statement : statement.param("details", details);
  }
}

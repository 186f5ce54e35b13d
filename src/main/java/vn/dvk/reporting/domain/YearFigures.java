package vn.dvk.reporting.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.reporting.YearlySummary.Split;
import vn.dvk.units.Level;

/**
 * The figures a summary sums for a year's tree, read from the reports' read model ({@link
 * UnitFigures}) in one statement: registered, considered, recognized, proposed to the province and
 * recognized by it, by unit. A tree of many units reads the year's rows of every unit, which the
 * table's key serves in order, rather than binding thousands of codes; either way only the tree's
 * own units are kept.
 */
public final class YearFigures {

  /** Above this many units, the year's rows of every unit are read and the tree's kept. */
  static final int BIND_UP_TO = 2_000;

  private static final List<String> FIGURES =
      List.of("REGISTERED", "CONSIDERED", "RECOGNIZED", "PROPOSED", "PROVINCE_RECOGNIZED");

  private record Row(
      String unit, String figure, String detail, int total, int collective, int individual) {}

  private final Map<String, List<Row>> byFigure;

  private YearFigures(List<Row> rows) {
    this.byFigure = rows.stream().collect(Collectors.groupingBy(Row::figure));
  }

  /** Reads the figures of a year's tree. */
  @Component
  public static class Reader {

    private final JdbcClient jdbc;
    private final int bindUpTo;

    @Autowired
    Reader(ReportDatabase database) {
      this(database, BIND_UP_TO);
    }

    Reader(ReportDatabase database, int bindUpTo) {
      this.jdbc = database.jdbc();
      this.bindUpTo = bindUpTo;
    }

    public YearFigures of(YearTree tree) {
      var codes = tree.codes();
      var bound = codes.size() <= bindUpTo;
      var statement =
          jdbc.sql(
                  "select unit_code, figure, detail, total, collective, individual"
                      + " from reporting_unit_figure where figure_year = :year"
                      + " and figure in (:figures)"
                      + (bound ? " and unit_code in (:units)" : ""))
              .param("year", tree.year())
              .param("figures", FIGURES);
      if (bound) {
        statement = statement.param("units", codes);
      }
      var members = new HashSet<>(codes);
      var rows = new ArrayList<Row>();
      statement.query(
          rs -> {
            var unit = rs.getString(1);
            if (members.contains(unit)) {
              rows.add(
                  new Row(
                      unit,
                      rs.getString(2),
                      rs.getString(3),
                      rs.getInt(4),
                      rs.getInt(5),
                      rs.getInt(6)));
            }
          });
      return new YearFigures(rows);
    }
  }

  /** The approved registrations of the units' models: new and continued, by owner kind. */
  public YearlySummary.Registered registered(Collection<String> units) {
    var fresh = 0;
    var total = 0;
    var collective = 0;
    for (var row : of("REGISTERED", Set.copyOf(units), detail -> true)) {
      total += row.total();
      fresh += "NEW".equals(row.detail()) ? row.total() : 0;
      collective += row.collective();
    }
    return new YearlySummary.Registered(
        total, fresh, total - fresh, collective, total - collective);
  }

  /** The approved registrations by the model's unit. */
  public Map<String, Integer> registeredByUnit(Collection<String> units) {
    return of("REGISTERED", Set.copyOf(units), detail -> true).stream()
        .collect(Collectors.toMap(Row::unit, Row::total, Integer::sum));
  }

  /** The units that held a consideration at the levels: a round whose council met. */
  public Set<String> considered(Collection<Level> levels, Collection<String> units) {
    return of("CONSIDERED", Set.copyOf(units), names(levels)::contains).stream()
        .map(Row::unit)
        .collect(Collectors.toSet());
  }

  /** The models recognized at the levels, by issuing unit, by owner kind. */
  public Map<String, Split> recognizedByUnit(Collection<Level> levels, Collection<String> units) {
    return splits(of("RECOGNIZED", Set.copyOf(units), names(levels)::contains));
  }

  /**
   * The models the units proposed to the province's rounds, by proposing unit; to any province's
   * when none is given (a whole country's units, each to their own).
   */
  public Map<String, Split> proposedByUnit(String province, Collection<String> units) {
    return splits(of("PROPOSED", Set.copyOf(units), detail -> matches(province, detail)));
  }

  /** What the province (or any, when none is given) recognized of the units' models. */
  public Split recognizedByProvince(String province, Collection<String> modelUnits) {
    return Split.sum(
        splits(
                of(
                    "PROVINCE_RECOGNIZED",
                    Set.copyOf(modelUnits),
                    detail -> matches(province, detail)))
            .values());
  }

  private List<Row> of(String figure, Set<String> units, Predicate<String> details) {
    return byFigure.getOrDefault(figure, List.of()).stream()
        .filter(r -> units.contains(r.unit()) && details.test(r.detail()))
        .toList();
  }

  private static Map<String, Split> splits(List<Row> rows) {
    var result = new HashMap<String, Split>();
    rows.forEach(
        r -> result.merge(r.unit(), Split.of(r.collective(), r.individual()), Split::plus));
    return result;
  }

  private static boolean matches(String province, String detail) {
    return province == null || province.equals(detail);
  }

  private static Set<String> names(Collection<Level> levels) {
    return levels.stream().map(Level::name).collect(Collectors.toSet());
  }
}

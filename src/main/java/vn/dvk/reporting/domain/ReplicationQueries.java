package vn.dvk.reporting.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copies learned in a year, summed from the units' figures in the reports' read model ({@link
 * UnitFigures}: a copy counts in the year it was learned when its registration of that year was
 * approved), and their sources named from the models module's {@code models_model_facts}.
 */
@Repository
public class ReplicationQueries {

  private static final int CHUNK = 1000;

  private final JdbcClient jdbc;
  private final int bindUpTo;

  @Autowired
  public ReplicationQueries(ReportDatabase database) {
    this(database, YearFigures.BIND_UP_TO);
  }

  ReplicationQueries(ReportDatabase database, int bindUpTo) {
    this.jdbc = database.jdbc();
    this.bindUpTo = bindUpTo;
  }

  /** Copies of one source learned by one unit that year. */
  public record Copy(long sourceId, String copyUnit, int copies) {

    public Copy(long sourceId, String copyUnit) {
      this(sourceId, copyUnit, 1);
    }
  }

  /** A source model: its title and unit. */
  public record Source(String title, String unitCode) {}

  /**
   * The copies the units learned in the year, by unit and source. Many units read the year's copies
   * of every unit and keep theirs, as {@link YearFigures} does.
   */
  public List<Copy> copies(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    var bound = units.size() <= bindUpTo;
    var members = bound ? null : new HashSet<>(units);
    var copies = new ArrayList<Copy>();
    FigureSql.of(jdbc, "unit_code, detail, sum(total)", "COPIED", year, bound ? units : null)
        .groupedBy("unit_code, detail")
        .query(
            rs -> {
              if (members == null || members.contains(rs.getString(1))) {
                copies.add(
                    new Copy(Long.parseLong(rs.getString(2)), rs.getString(1), rs.getInt(3)));
              }
            });
    return copies;
  }

  /** The source models of these ids. */
  public Map<Long, Source> sources(Collection<Long> ids) {
    var list = List.copyOf(ids);
    var sources = new HashMap<Long, Source>();
    for (int from = 0; from < list.size(); from += CHUNK) {
      jdbc.sql("select model_id, title, unit_code from models_model_facts where model_id in (:ids)")
          .param("ids", list.subList(from, Math.min(list.size(), from + CHUNK)))
          .query(
              rs -> {
                sources.put(rs.getLong(1), new Source(rs.getString(2), rs.getString(3)));
              });
    }
    return sources;
  }
}

package vn.dvk.reporting.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copies learned in a year, summed from the units' figures in the reports' read model ({@link
 * UnitFigures}: a copy counts in the year it was learned when its registration of that year was
 * approved), with their sources named from the models module's {@code models_model_facts}.
 */
@Repository
public class ReplicationQueries {

  private static final int CHUNK = 1000;

  private final JdbcClient jdbc;

  public ReplicationQueries(ReportDatabase database) {
    this.jdbc = database.jdbc();
  }

  /** Copies of one source learned by one unit that year: the source (title and unit). */
  public record Copy(
      long sourceId, String sourceTitle, String sourceUnit, String copyUnit, int copies) {

    public Copy(long sourceId, String sourceTitle, String sourceUnit, String copyUnit) {
      this(sourceId, sourceTitle, sourceUnit, copyUnit, 1);
    }
  }

  private record Learned(String copyUnit, long sourceId, int copies) {}

  private record Source(String title, String unitCode) {}

  /** The copies the units learned in the year, by unit and source. */
  public List<Copy> copies(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    var learned =
        FigureSql.of(jdbc, "unit_code, detail, sum(total)", "COPIED", year, units)
            .groupedBy("unit_code, detail")
            .query(
                (rs, n) ->
                    new Learned(rs.getString(1), Long.parseLong(rs.getString(2)), rs.getInt(3)))
            .list();
    var sources = sources(learned.stream().map(Learned::sourceId).distinct().toList());
    return learned.stream()
        .map(
            l -> {
              var source = sources.get(l.sourceId());
              return new Copy(
                  l.sourceId(), source.title(), source.unitCode(), l.copyUnit(), l.copies());
            })
        .toList();
  }

  private Map<Long, Source> sources(List<Long> ids) {
    var sources = new HashMap<Long, Source>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      jdbc.sql("select model_id, title, unit_code from models_model_facts where model_id in (:ids)")
          .param("ids", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
          .query(
              rs -> {
                sources.put(rs.getLong(1), new Source(rs.getString(2), rs.getString(3)));
              });
    }
    return sources;
  }
}

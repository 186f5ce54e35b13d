package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.units.Level;

/**
 * When the units' councils first met and when they first proposed to the province in a year, from
 * the units' figures in the reports' read model ({@link UnitFigures}; the summary's sums are read
 * by {@link YearFigures}); the models named outstanding are read from the recognition module's
 * {@code recognition_recognition_facts} with the models module's {@code models_model_facts}.
 */
@Repository
public class RecognitionQueries {

  private final JdbcClient jdbc;

  public RecognitionQueries(ReportDatabase database) {
    this.jdbc = database.jdbc();
  }

  /** The day each unit's council first met on a round of the levels that year. */
  public Map<String, LocalDate> firstMeetingByUnit(
      int year, Collection<Level> levels, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.days(
        FigureSql.of(jdbc, "unit_code, min(first_day)", "CONSIDERED", year, units)
            .details(names(levels))
            .groupedBy("unit_code"));
  }

  /** The day each unit first proposed a model to the province's (or any) rounds of the year. */
  public Map<String, LocalDate> firstProposalByUnit(
      int year, String province, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.days(
        FigureSql.of(jdbc, "unit_code, min(first_at)", "PROPOSED", year, units)
            .details(province == null ? null : List.of(province))
            .groupedBy("unit_code"));
  }

  /** A model named outstanding by the issuer's decisions of the year. */
  public record Outstanding(long id, String title, String unitCode) {}

  public List<Outstanding> outstanding(int year, String issuer, Collection<String> modelUnits) {
    if (modelUnits.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select m.model_id, m.title, m.unit_code from recognition_recognition_facts g
              join models_model_facts m on m.model_id = g.model_id
             where g.recognition_year = :year and g.unit_code = :issuer and g.outstanding
               and m.unit_code in (:units)
             order by g.recognition_id
            """)
        .param("year", year)
        .param("issuer", issuer)
        .param("units", modelUnits)
        .query((rs, n) -> new Outstanding(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private static List<String> names(Collection<Level> levels) {
    return levels.stream().map(Level::name).toList();
  }
}

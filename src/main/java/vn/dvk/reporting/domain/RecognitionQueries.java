package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.reporting.YearlySummary.Split;
import vn.dvk.units.Level;

/**
 * Rounds held, proposals made to the province and recognitions made in a year, read from the
 * recognition module's read models ({@code recognition_round_facts}, {@code
 * recognition_proposal_facts}, {@code recognition_recognition_facts}) and, for the models' own
 * units and titles, the models module's {@code models_model_facts}.
 */
@Repository
public class RecognitionQueries {

  /** A round counts as a consideration once its council met. */
  private static final String COUNCIL_MET = "state in ('MEETING_HELD', 'DECIDED')";

  /** Proposals to the province's rounds of the year, neither withdrawn nor returned. */
  private static final String TO_PROVINCE =
      """
       where round_year = :year and round_level = 'PROVINCE' and round_unit_code = :province
         and state in ('PROPOSED', 'RECOGNIZED', 'NOT_RECOGNIZED')
         and proposing_unit_code in (:units)
      """;

  private final JdbcClient jdbc;

  public RecognitionQueries(ReportDatabase database) {
    this.jdbc = database.jdbc();
  }

  /** Units that held a consideration at the levels that year: a round whose council met. */
  public List<String> unitsThatConsidered(
      int year, Collection<Level> levels, Collection<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return rounds("select distinct unit_code from recognition_round_facts", "", year, levels, units)
        .query(String.class)
        .list();
  }

  /** The day each unit's council first met on a round of the levels that year. */
  public Map<String, LocalDate> firstMeetingByUnit(
      int year, Collection<Level> levels, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.days(
        rounds(
            "select unit_code, min(meeting_date) from recognition_round_facts",
            "group by unit_code",
            year,
            levels,
            units));
  }

  /** Recognitions made that year at the levels, by issuing unit, split by owner kind. */
  public Map<String, Split> recognizedByUnit(
      int year, Collection<Level> levels, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.splits(
        jdbc.sql(
                """
                select unit_code, owner_kind, count(distinct model_id)
                  from recognition_recognition_facts
                 where recognition_year = :year and level in (:levels) and unit_code in (:units)
                 group by unit_code, owner_kind
                """)
            .param("year", year)
            .param("levels", names(levels))
            .param("units", units));
  }

  /** Proposals of the units to the province's rounds of the year, by proposing unit. */
  public Map<String, Split> proposedByUnit(int year, String province, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.splits(
        toProvince(
            "select proposing_unit_code, owner_kind, count(distinct model_id)",
            "group by proposing_unit_code, owner_kind",
            year,
            province,
            units));
  }

  /** The day each unit first proposed a model to the province's rounds of the year. */
  public Map<String, LocalDate> firstProposalByUnit(
      int year, String province, Collection<String> units) {
    if (units.isEmpty()) {
      return Map.of();
    }
    return UnitRows.days(
        toProvince(
            "select proposing_unit_code, min(proposed_at)",
            "group by proposing_unit_code",
            year,
            province,
            units));
  }

  /** What a unit recognized at a level that year, of the models of the given units. */
  public Split recognizedOf(int year, Level level, String issuer, Collection<String> modelUnits) {
    if (modelUnits.isEmpty()) {
      return Split.NONE;
    }
    return Split.sum(
        jdbc.sql(
                """
                select g.owner_kind, count(distinct g.model_id)
                  from recognition_recognition_facts g
                  join models_model_facts m on m.model_id = g.model_id
                 where g.recognition_year = :year and g.level = :level
                   and g.unit_code = :issuer and m.unit_code in (:units)
                 group by g.owner_kind
                """)
            .param("year", year)
            .param("level", level.name())
            .param("issuer", issuer)
            .param("units", modelUnits)
            .query((rs, n) -> Split.ofOwner(rs.getString(1), rs.getInt(2)))
            .list());
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

  private JdbcClient.StatementSpec rounds(
      String select,
      String grouping,
      int year,
      Collection<Level> levels,
      Collection<String> units) {
    return jdbc.sql(
            select
                + "\n where round_year = :year and level in (:levels) and "
                + COUNCIL_MET
                + "\n   and unit_code in (:units)\n"
                + grouping)
        .param("year", year)
        .param("levels", names(levels))
        .param("units", units);
  }

  private static List<String> names(Collection<Level> levels) {
    return levels.stream().map(Level::name).toList();
  }

  private JdbcClient.StatementSpec toProvince(
      String select, String grouping, int year, String province, Collection<String> units) {
    return jdbc.sql(select + "\n  from recognition_proposal_facts\n" + TO_PROVINCE + grouping)
        .param("year", year)
        .param("province", province)
        .param("units", units);
  }
}

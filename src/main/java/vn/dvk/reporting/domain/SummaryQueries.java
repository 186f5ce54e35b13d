package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.reporting.YearlySummary;
import vn.dvk.units.Level;

/**
 * The counts behind the yearly summary, read straight from the registrations and recognition tables
 * (a read model: the report never writes, and may be pointed at a replica). Counts by owner kind
 * come as {@code int[] {collective, individual}}.
 */
@Repository
public class SummaryQueries {

  private final JdbcClient jdbc;

  public SummaryQueries(ReportDatabase database) {
    this.jdbc = database.jdbc();
  }

  public YearlySummary.Registered registered(int year, Collection<String> units) {
    int fresh = 0;
    int continued = 0;
    int collective = 0;
    int individual = 0;
    if (!units.isEmpty()) {
      var rows =
          jdbc.sql(
                  """
                  select r.kind, m.owner_kind, count(*) as n
                    from models_registration r join models_model m on m.id = r.model_id
                   where r.registration_year = :year and r.state in ('REGISTERED', 'IN_PROGRESS')
                     and m.unit_code in (:units)
                   group by r.kind, m.owner_kind
                  """)
              .param("year", year)
              .param("units", units)
              .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)})
              .list();
      for (var row : rows) {
        var count = (int) row[2];
        if ("NEW".equals(row[0])) {
          fresh += count;
        } else {
          continued += count;
        }
        if ("INDIVIDUAL".equals(row[1])) {
          individual += count;
        } else {
          collective += count;
        }
      }
    }
    return new YearlySummary.Registered(
        fresh + continued, fresh, continued, collective, individual);
  }

  public Map<String, Integer> registeredByUnit(int year, Collection<String> units) {
    var result = new HashMap<String, Integer>();
    if (units.isEmpty()) {
      return result;
    }
    jdbc.sql(
            """
            select m.unit_code, count(*) from models_registration r
              join models_model m on m.id = r.model_id
             where r.registration_year = :year and r.state in ('REGISTERED', 'IN_PROGRESS')
               and m.unit_code in (:units)
             group by m.unit_code
            """)
        .param("year", year)
        .param("units", units)
        .query(
            rs -> {
              result.put(rs.getString(1), rs.getInt(2));
            });
    return result;
  }

  /** The year's approved registrations of the units, by field. */
  public Map<String, Integer> registeredByField(int year, Collection<String> units) {
    var result = new java.util.LinkedHashMap<String, Integer>();
    if (units.isEmpty()) {
      return result;
    }
    jdbc.sql(
            """
            select m.field_code, count(*) from models_registration r
              join models_model m on m.id = r.model_id
             where r.registration_year = :year and r.state in ('REGISTERED', 'IN_PROGRESS')
               and m.unit_code in (:units)
             group by m.field_code order by m.field_code
            """)
        .param("year", year)
        .param("units", units)
        .query(
            rs -> {
              result.put(rs.getString(1), rs.getInt(2));
            });
    return result;
  }

  /** Units that held a consideration at the level that year: a round whose council met. */
  public List<String> unitsThatConsidered(int year, Level level, Collection<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select distinct unit_code from recognition_round
             where round_year = :year and level = :level and state in ('MEETING_HELD', 'DECIDED')
               and unit_code in (:units)
            """)
        .param("year", year)
        .param("level", level.name())
        .param("units", units)
        .query(String.class)
        .list();
  }

  /** Recognitions made that year at the level, by issuing unit and owner kind. */
  public Map<String, int[]> recognizedByUnit(int year, Level level, Collection<String> units) {
    var result = new HashMap<String, int[]>();
    if (units.isEmpty()) {
      return result;
    }
    jdbc.sql(
            """
            select unit_code, owner_kind, count(distinct model_id) from recognition_recognition
             where recognition_year = :year and level = :level and unit_code in (:units)
             group by unit_code, owner_kind
            """)
        .param("year", year)
        .param("level", level.name())
        .param("units", units)
        .query(
            rs -> {
              add(result, rs.getString(1), rs.getString(2), rs.getInt(3));
            });
    return result;
  }

  /**
   * Proposals of the units to the province's rounds of the year (not withdrawn, not returned), by
   * proposing unit and owner kind.
   */
  public Map<String, int[]> proposedByUnit(int year, String province, Collection<String> units) {
    var result = new HashMap<String, int[]>();
    if (units.isEmpty()) {
      return result;
    }
    jdbc.sql(
            """
            select p.proposing_unit_code, p.owner_kind, count(distinct p.model_id)
              from recognition_proposal p
              join recognition_round r on r.id = p.round_id
             where r.round_year = :year and r.level = 'PROVINCE' and r.unit_code = :province
               and p.state in ('PROPOSED', 'RECOGNIZED', 'NOT_RECOGNIZED')
               and p.proposing_unit_code in (:units)
             group by p.proposing_unit_code, p.owner_kind
            """)
        .param("year", year)
        .param("province", province)
        .param("units", units)
        .query(
            rs -> {
              add(result, rs.getString(1), rs.getString(2), rs.getInt(3));
            });
    return result;
  }

  /** What a unit recognized at a level that year, of the models of the given units. */
  public YearlySummary.Split recognizedOf(
      int year, Level level, String issuer, Collection<String> modelUnits) {
    var counts = new HashMap<String, int[]>();
    if (!modelUnits.isEmpty()) {
      jdbc.sql(
              """
              select g.owner_kind, count(distinct g.model_id) from recognition_recognition g
                join models_model m on m.id = g.model_id
               where g.recognition_year = :year and g.level = :level and g.unit_code = :issuer
                 and m.unit_code in (:units)
               group by g.owner_kind
              """)
          .param("year", year)
          .param("level", level.name())
          .param("issuer", issuer)
          .param("units", modelUnits)
          .query(
              rs -> {
                add(counts, "", rs.getString(1), rs.getInt(2));
              });
    }
    var c = counts.getOrDefault("", new int[2]);
    return new YearlySummary.Split(c[0] + c[1], c[0], c[1]);
  }

  /** A model named outstanding by the issuer's decisions of the year. */
  public record Outstanding(long id, String title, String unitCode) {}

  public List<Outstanding> outstanding(int year, String issuer, Collection<String> modelUnits) {
    if (modelUnits.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select m.id, m.title, m.unit_code from recognition_recognition g
              join models_model m on m.id = g.model_id
             where g.recognition_year = :year and g.unit_code = :issuer and g.outstanding
               and m.unit_code in (:units)
             order by g.id
            """)
        .param("year", year)
        .param("issuer", issuer)
        .param("units", modelUnits)
        .query((rs, n) -> new Outstanding(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** The first day each unit's registrations of the year were sent up (a model's unit). */
  public Map<String, LocalDate> firstRegistrationByUnit(int year, Collection<String> units) {
    return dayByUnit(
        """
        select m.unit_code, min(coalesce(r.submitted_at, r.decided_at))
          from models_registration r join models_model m on m.id = r.model_id
         where r.registration_year = :year and r.state in ('REGISTERED', 'IN_PROGRESS')
           and m.unit_code in (:units)
         group by m.unit_code
        """,
        Map.of("year", year),
        units);
  }

  /** The day each unit's council first met on a round of the level that year. */
  public Map<String, LocalDate> firstMeetingByUnit(
      int year, Level level, Collection<String> units) {
    return dayByUnit(
        """
        select unit_code, min(meeting_date) from recognition_round
         where round_year = :year and level = :level and state in ('MEETING_HELD', 'DECIDED')
           and unit_code in (:units)
         group by unit_code
        """,
        Map.of("year", year, "level", level.name()),
        units);
  }

  /** The day each unit first proposed a model to the province's rounds of the year. */
  public Map<String, LocalDate> firstProposalByUnit(
      int year, String province, Collection<String> units) {
    return dayByUnit(
        """
        select p.proposing_unit_code, min(p.proposed_at) from recognition_proposal p
          join recognition_round r on r.id = p.round_id
         where r.round_year = :year and r.level = 'PROVINCE' and r.unit_code = :province
           and p.state in ('PROPOSED', 'RECOGNIZED', 'NOT_RECOGNIZED')
           and p.proposing_unit_code in (:units)
         group by p.proposing_unit_code
        """,
        Map.of("year", year, "province", province),
        units);
  }

  /**
   * A unit (first column) and a day (second: a date, or a time whose day is kept) for each row of a
   * query over {@code :units}; units without a day are left out.
   */
  private Map<String, LocalDate> dayByUnit(
      String sql, Map<String, Object> parameters, Collection<String> units) {
    var result = new HashMap<String, LocalDate>();
    if (units.isEmpty()) {
      return result;
    }
    jdbc.sql(sql)
        .params(parameters)
        .param("units", units)
        .query(
            rs -> {
              var value = rs.getObject(2);
              if (value instanceof java.sql.Date date) {
                result.put(rs.getString(1), date.toLocalDate());
              } else if (value != null) {
                result.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toLocalDate());
              }
            });
    return result;
  }

  /** A copy learned that year: its source (title and unit) and its own unit. */
  public record Replication(
      long sourceId, String sourceTitle, String sourceUnit, String copyUnit) {}

  /**
   * The copies learned in the year whose registration of that year was approved, of the units'
   * models.
   */
  public List<Replication> replications(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select s.source_id, src.title, src.unit_code as source_unit, m.unit_code as copy_unit
              from replication_source s
              join models_model m on m.id = s.model_id
              join models_model src on src.id = s.source_id
              join models_registration r
                on r.model_id = s.model_id and r.registration_year = s.learned_year
             where s.learned_year = :year and r.state in ('REGISTERED', 'IN_PROGRESS')
               and m.unit_code in (:units)
            """)
        .param("year", year)
        .param("units", units)
        .query(
            (rs, row) ->
                new Replication(
                    rs.getLong("source_id"),
                    rs.getString("title"),
                    rs.getString("source_unit"),
                    rs.getString("copy_unit")))
        .list();
  }

  private static void add(Map<String, int[]> counts, String key, String ownerKind, int n) {
    var c = counts.computeIfAbsent(key, k -> new int[2]);
    c["INDIVIDUAL".equals(ownerKind) ? 1 : 0] += n;
  }
}

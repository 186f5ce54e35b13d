package vn.dvk.reporting.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copies learned in a year, read from the replication module's read model {@code
 * replication_source_facts} with the models module's {@code models_registration_facts} (the copy's
 * registration of that year) and {@code models_model_facts} (its source).
 */
@Repository
public class ReplicationQueries {

  private final JdbcClient jdbc;

  public ReplicationQueries(ReportDatabase database) {
    this.jdbc = database.jdbc();
  }

  /** A copy learned that year: its source (title and unit) and its own unit. */
  public record Copy(long sourceId, String sourceTitle, String sourceUnit, String copyUnit) {}

  /**
   * The copies learned in the year whose registration of that year was approved, of the units'
   * models.
   */
  public List<Copy> copies(int year, Collection<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select s.source_id, src.title, src.unit_code as source_unit, r.unit_code as copy_unit
              from replication_source_facts s
              join models_registration_facts r
                on r.model_id = s.model_id and r.registration_year = s.learned_year
              join models_model_facts src on src.model_id = s.source_id
             where s.learned_year = :year and r.approved
               and r.unit_code in (:units)
            """)
        .param("year", year)
        .param("units", units)
        .query(
            (rs, row) ->
                new Copy(
                    rs.getLong("source_id"),
                    rs.getString("title"),
                    rs.getString("source_unit"),
                    rs.getString("copy_unit")))
        .list();
  }
}

package vn.dvk.models.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.ModelSummary;
import vn.dvk.models.OwnerKind;
import vn.dvk.shared.WorkChanges;

/** The model's own table, its movements and its indicator targets. */
@Repository
public class ModelRepository {

  private final JdbcClient jdbc;
  private final SearchChanges searchChanges;
  private final WorkChanges work;

  public ModelRepository(JdbcClient jdbc, SearchChanges searchChanges, WorkChanges work) {
    this.jdbc = jdbc;
    this.searchChanges = searchChanges;
    this.work = work;
  }

  /** A stored model without its registrations. */
  public record StoredModel(
      long id,
      int version,
      ModelDetails details,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt) {}

  public long insert(ModelDetails details, String searchText, String by, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into models_model (version, title, owner_kind, unit_code, person_name,
                person_position, field_code, situation, objectives, evaluation_criteria,
                content_method, area, beneficiaries, target_groups, forces, resources, funds_vnd,
                contribution_vnd, working_days, start_date, evaluation_date, milestones,
                sustainability, search_text, created_by, created_at, updated_by, updated_at)
            values (0, :title, :ownerKind, :unitCode, :personName, :personPosition, :fieldCode,
                :situation, :objectives, :evaluationCriteria, :contentMethod, :area,
                :beneficiaries, :targetGroups, :forces, :resources, :fundsVnd, :contributionVnd,
                :workingDays, :startDate, :evaluationDate, :milestones, :sustainability,
                :searchText, :by, :at, :by, :at)
            """)
        .params(ModelColumns.of(details))
        .param("searchText", searchText)
        .param("by", by)
        .param("at", utc(at))
        .update(keys, "id");
    var id = keys.getKeyAs(Number.class).longValue();
    writeChildren(id, details);
    searchChanges.uncounted(id);
    return id;
  }

  /** Returns false when the model changed since {@code version} was read. */
  public boolean update(
      long id, int version, ModelDetails details, String searchText, String by, Instant at) {
    var unitBefore =
        jdbc.sql("select unit_code from models_model where id = :id")
            .param("id", id)
            .query(String.class)
            .optional();
    var updated =
        jdbc.sql(
                """
                update models_model set version = version + 1, title = :title,
                    owner_kind = :ownerKind, unit_code = :unitCode, person_name = :personName,
                    person_position = :personPosition, field_code = :fieldCode,
                    situation = :situation, objectives = :objectives,
                    evaluation_criteria = :evaluationCriteria, content_method = :contentMethod,
                    area = :area, beneficiaries = :beneficiaries, target_groups = :targetGroups,
                    forces = :forces, resources = :resources, funds_vnd = :fundsVnd,
                    contribution_vnd = :contributionVnd, working_days = :workingDays,
                    start_date = :startDate, evaluation_date = :evaluationDate,
                    milestones = :milestones, sustainability = :sustainability,
                    search_text = :searchText, updated_by = :by, updated_at = :at
                 where id = :id and version = :version
                """)
            .params(ModelColumns.of(details))
            .param("searchText", searchText)
            .param("by", by)
            .param("at", utc(at))
            .param("id", id)
            .param("version", version)
            .update();
    if (updated != 1) {
      return false;
    }
    jdbc.sql("delete from models_model_movement where model_id = :id").param("id", id).update();
    jdbc.sql("delete from models_indicator_target where model_id = :id").param("id", id).update();
    writeChildren(id, details);
    searchChanges.model(id);
    unitBefore.ifPresent(work::units);
    return true;
  }

  /** Marks the model changed (a new registration, a state change) so that stale edits conflict. */
  public void touch(long id, String by, Instant at) {
    jdbc.sql(
            "update models_model set version = version + 1, updated_by = :by, updated_at = :at"
                + " where id = :id")
        .param("by", by)
        .param("at", utc(at))
        .param("id", id)
        .update();
    searchChanges.uncounted(id);
  }

  public Map<Long, ModelSummary> summaries(Collection<Long> ids) {
    var result = new LinkedHashMap<Long, ModelSummary>();
    if (ids.isEmpty()) {
      return result;
    }
    jdbc.sql(
            "select id, title, owner_kind, person_name, person_position, unit_code, field_code"
                + " from models_model where id in (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              result.put(
                  rs.getLong("id"),
                  new ModelSummary(
                      rs.getLong("id"),
                      rs.getString("title"),
                      OwnerKind.valueOf(rs.getString("owner_kind")),
                      rs.getString("person_name"),
                      rs.getString("person_position"),
                      rs.getString("unit_code"),
                      rs.getString("field_code")));
            });
    return result;
  }

  /** Locks the models' rows, in the order of their ids, until the transaction ends. */
  public void lock(Collection<Long> ids) {
    jdbc.sql("select id from models_model where id in (:ids) order by id for update")
        .param("ids", ids)
        .query(Long.class)
        .list();
  }

  public Optional<StoredModel> find(long id) {
    var movements =
        jdbc.sql(
                "select movement_code from models_model_movement where model_id = :id"
                    + " order by movement_code")
            .param("id", id)
            .query(String.class)
            .list();
    var targets =
        jdbc.sql(
                // Named as the record's components (a miss is an SQLException per row).
                "select indicator_code as indicatorcode, baseline, target"
                    + " from models_indicator_target where model_id = :id order by id")
            .param("id", id)
            .query(IndicatorTarget.class)
            .list();
    return jdbc.sql("select * from models_model where id = :id")
        .param("id", id)
        .query((rs, n) -> ModelColumns.stored(rs, movements, targets))
        .optional();
  }

  private void writeChildren(long id, ModelDetails details) {
    for (var movement : details.movementCodes()) {
      jdbc.sql("insert into models_model_movement (model_id, movement_code) values (:id, :code)")
          .param("id", id)
          .param("code", movement)
          .update();
    }
    for (var target : details.targets()) {
      jdbc.sql(
              "insert into models_indicator_target (model_id, indicator_code, baseline, target)"
                  + " values (:id, :code, :baseline, :target)")
          .param("id", id)
          .param("code", target.indicatorCode())
          .param("baseline", target.baseline())
          .param("target", target.target())
          .update();
    }
  }
}

package vn.dvk.models.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.TargetGroup;

/**
 * How a model's details sit in the columns of {@code models_model}: the parameters written, and the
 * stored model read back (target groups as a sorted list of names).
 */
final class ModelColumns {

  private ModelColumns() {}

  static ModelRepository.StoredModel stored(
      ResultSet rs, List<String> movements, List<IndicatorTarget> targets) throws SQLException {
    var details =
        new ModelDetails(
            rs.getString("title"),
            OwnerKind.valueOf(rs.getString("owner_kind")),
            rs.getString("unit_code"),
            rs.getString("person_name"),
            rs.getString("person_position"),
            rs.getString("field_code"),
            movements,
            rs.getString("situation"),
            rs.getString("objectives"),
            rs.getString("evaluation_criteria"),
            rs.getString("content_method"),
            rs.getString("area"),
            rs.getString("beneficiaries"),
            parseGroups(rs.getString("target_groups")),
            rs.getString("forces"),
            rs.getString("resources"),
            rs.getObject("funds_vnd", Long.class),
            rs.getObject("contribution_vnd", Long.class),
            rs.getObject("working_days", Integer.class),
            rs.getObject("start_date", LocalDate.class),
            rs.getObject("evaluation_date", LocalDate.class),
            rs.getString("milestones"),
            rs.getString("sustainability"),
            targets);
    return new ModelRepository.StoredModel(
        rs.getLong("id"),
        rs.getInt("version"),
        details,
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }

  static Map<String, Object> of(ModelDetails d) {
    var columns = new HashMap<String, Object>();
    columns.put("title", d.title());
    columns.put("ownerKind", d.ownerKind().name());
    columns.put("unitCode", d.unitCode());
    columns.put("personName", d.personName());
    columns.put("personPosition", d.personPosition());
    columns.put("fieldCode", d.fieldCode());
    columns.put("situation", d.situation());
    columns.put("objectives", d.objectives());
    columns.put("evaluationCriteria", d.evaluationCriteria());
    columns.put("contentMethod", d.contentMethod());
    columns.put("area", d.area());
    columns.put("beneficiaries", d.beneficiaries());
    columns.put("targetGroups", groups(d));
    columns.put("forces", d.forces());
    columns.put("resources", d.resources());
    columns.put("fundsVnd", d.fundsVnd());
    columns.put("contributionVnd", d.contributionVnd());
    columns.put("workingDays", d.workingDays());
    columns.put("startDate", d.startDate());
    columns.put("evaluationDate", d.evaluationDate());
    columns.put("milestones", d.milestones());
    columns.put("sustainability", d.sustainability());
    return columns;
  }

  private static String groups(ModelDetails details) {
    return details.targetGroups().stream()
        .map(Enum::name)
        .sorted()
        .collect(Collectors.joining(","));
  }

  private static EnumSet<TargetGroup> parseGroups(String value) {
    var groups = EnumSet.noneOf(TargetGroup.class);
    if (value != null && !value.isBlank()) {
      Arrays.stream(value.split(",")).map(TargetGroup::valueOf).forEach(groups::add);
    }
    return groups;
  }
}

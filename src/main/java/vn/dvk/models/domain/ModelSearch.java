package vn.dvk.models.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelRow;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.shared.TextFolding;

/**
 * Lists of registrations, filtered, searched and paged in SQL. Search matches every word of the
 * query, folded, inside the model's folded text (on PostgreSQL a trigram index serves these {@code
 * like} conditions).
 */
@Repository
public class ModelSearch {

  private final JdbcClient jdbc;

  public ModelSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The first and last registration years on record, to know which trees a list spans. */
  public int[] yearRange() {
    return jdbc.sql(
            "select coalesce(min(registration_year), 0), coalesce(max(registration_year), 0) from models_registration")
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
        .single();
  }

  /**
   * @param unitsByYear for each registration year, the units whose registrations may be listed (the
   *     reader's subtree as it stood that year, narrowed to {@code filter.under()})
   */
  public List<ModelRow> find(ModelFilter filter, Map<Integer, Set<String>> unitsByYear) {
    if (unitsByYear.isEmpty()) {
      return List.of();
    }
    var query = new Query(filter, unitsByYear);
    var spec =
        jdbc.sql(
            """
            select m.id as model_id, r.id as registration_id, m.title, m.unit_code, m.owner_kind,
                   m.person_name, m.field_code, r.registration_year, r.kind, r.state
              from models_registration r join models_model m on m.id = r.model_id
             where %s
             order by %s
             limit :limit offset :offset
            """
                .formatted(query.where(), orderBy(filter.sort())));
    for (var parameter : query.parameters().entrySet()) {
      spec = spec.param(parameter.getKey(), parameter.getValue());
    }
    return spec.param("limit", filter.size())
        .param("offset", (long) filter.page() * filter.size())
        .query(
            (rs, n) ->
                new ModelRow(
                    rs.getLong("model_id"),
                    rs.getLong("registration_id"),
                    rs.getString("title"),
                    rs.getString("unit_code"),
                    null,
                    OwnerKind.valueOf(rs.getString("owner_kind")),
                    rs.getString("person_name"),
                    rs.getString("field_code"),
                    rs.getInt("registration_year"),
                    RegistrationKind.valueOf(rs.getString("kind")),
                    RegistrationState.valueOf(rs.getString("state"))))
        .list();
  }

  public long count(ModelFilter filter, Map<Integer, Set<String>> unitsByYear) {
    if (unitsByYear.isEmpty()) {
      return 0;
    }
    var query = new Query(filter, unitsByYear);
    var spec =
        jdbc.sql(
            "select count(*) from models_registration r join models_model m on m.id = r.model_id"
                + " where "
                + query.where());
    for (var parameter : query.parameters().entrySet()) {
      spec = spec.param(parameter.getKey(), parameter.getValue());
    }
    return spec.query(Long.class).single();
  }

  private static String orderBy(ModelFilter.Sort sort) {
    return switch (sort) {
      case TITLE -> "m.title, r.registration_year desc, r.id";
      case UNIT -> "m.unit_code, r.registration_year desc, m.title, r.id";
      case YEAR -> "r.registration_year, m.title, r.id";
      case RECENT -> "r.registration_year desc, m.updated_at desc, r.id desc";
    };
  }

  /** The where clause of a filter and its parameters. */
  private static final class Query {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Query(ModelFilter filter, Map<Integer, Set<String>> unitsByYear) {
      var scope = new ArrayList<String>();
      for (var entry : unitsByYear.entrySet()) {
        var name = "units" + entry.getKey();
        scope.add(
            "(r.registration_year = " + entry.getKey() + " and m.unit_code = any(:" + name + "))");
        parameters.put(name, entry.getValue().toArray(String[]::new));
      }
      conditions.add("(" + String.join(" or ", scope) + ")");
      if (filter.year() != null) {
        add("r.registration_year = :year", "year", filter.year());
      }
      if (filter.field() != null) {
        add("m.field_code = :field", "field", filter.field());
      }
      if (filter.ownerKind() != null) {
        add("m.owner_kind = :ownerKind", "ownerKind", filter.ownerKind().name());
      }
      if (filter.state() != null) {
        add("r.state = :state", "state", filter.state().name());
      }
      if (filter.kind() != null) {
        add("r.kind = :kind", "kind", filter.kind().name());
      }
      if (filter.movement() != null) {
        add(
            "exists (select 1 from models_model_movement mm where mm.model_id = m.id"
                + " and mm.movement_code = :movement)",
            "movement",
            filter.movement());
      }
      if (filter.q() != null) {
        var words = TextFolding.fold(filter.q()).split(" ");
        for (int i = 0; i < words.length; i++) {
          if (!words[i].isEmpty()) {
            add("m.search_text like :word" + i, "word" + i, "%" + escapeLike(words[i]) + "%");
          }
        }
      }
    }

    private void add(String condition, String name, Object value) {
      conditions.add(condition);
      parameters.put(name, value);
    }

    String where() {
      return String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
      return parameters;
    }

    private static String escapeLike(String word) {
      return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
  }
}

package vn.dvk.models.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelRow;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;

/**
 * The rows of a list as every query of it reads them (over {@code models_registration r} joined to
 * {@code models_model m}): the columns, each sort's order, and a page of them.
 */
final class ListRows {

  /** The columns of a {@link ModelRow}, the unit's name left to the caller. */
  static final String COLUMNS =
      "m.id as model_id, r.id as registration_id, m.title, m.unit_code, m.owner_kind,"
          + " m.person_name, m.field_code, r.registration_year, r.kind, r.state";

  private ListRows() {}

  static String orderBy(ModelFilter.Sort sort) {
    return switch (sort) {
      case TITLE -> "m.title, r.registration_year desc, r.id";
      case UNIT -> "m.unit_code, r.registration_year desc, m.title, r.id";
      case YEAR -> "r.registration_year, m.title, r.id";
      case RECENT -> "r.id desc";
    };
  }

  /** Runs the statement (its {@code :limit} and {@code :offset} still to bind) for a page. */
  static List<ModelRow> page(JdbcClient.StatementSpec spec, int limit, long offset) {
    return spec.param("limit", limit)
        .param("offset", offset)
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
}

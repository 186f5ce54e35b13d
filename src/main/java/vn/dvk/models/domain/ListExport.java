package vn.dvk.models.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.models.ModelExportRow;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;

/**
 * Every registration of a list, for a spreadsheet: rows are fetched in batches (a cursor on
 * PostgreSQL, inside the caller's transaction) and handed on one at a time, never all held.
 */
@Repository
public class ListExport {

  private static final int FETCH_SIZE = 1000;

  private final JdbcClient streaming;
  private final boolean wordIndex;

  ListExport(DataSource dataSource) {
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.streaming = JdbcClient.create(template);
    this.wordIndex = ListQuery.hasWordIndex(dataSource);
  }

  /** Every matching registration, in list order, handed one at a time to {@code sink}. */
  public void export(ModelFilter filter, ListScope scope, Consumer<ModelExportRow> sink) {
    if (scope.isEmpty()) {
      return;
    }
    var query = new ListQuery(filter, scope, wordIndex);
    var spec =
        streaming.sql(
            """
            select m.id, r.registration_year, r.kind, r.state, m.title, m.owner_kind,
                   m.person_name, m.person_position, m.unit_code, m.field_code, m.start_date,
                   m.evaluation_date, m.funds_vnd, m.contribution_vnd, m.working_days,
                   (select string_agg(mm.movement_code, ', ' order by mm.movement_code)
                      from models_model_movement mm where mm.model_id = m.id) as movements
              from models_registration r join models_model m on m.id = r.model_id
             where %s
             order by %s
            """
                .formatted(query.where(), ListRows.orderBy(filter.sort())));
    query.bind(spec).query((RowCallbackHandler) rs -> sink.accept(row(rs)));
  }

  private static ModelExportRow row(ResultSet rs) throws SQLException {
    return new ModelExportRow(
        rs.getLong("id"),
        rs.getInt("registration_year"),
        RegistrationKind.valueOf(rs.getString("kind")),
        RegistrationState.valueOf(rs.getString("state")),
        rs.getString("title"),
        OwnerKind.valueOf(rs.getString("owner_kind")),
        rs.getString("person_name"),
        rs.getString("person_position"),
        rs.getString("unit_code"),
        rs.getString("field_code"),
        rs.getString("movements"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("evaluation_date", LocalDate.class),
        rs.getObject("funds_vnd", Long.class),
        rs.getObject("contribution_vnd", Long.class),
        rs.getObject("working_days", Integer.class));
  }
}

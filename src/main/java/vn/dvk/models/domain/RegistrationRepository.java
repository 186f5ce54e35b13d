package vn.dvk.models.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.RegistrationView;

@Repository
public class RegistrationRepository {

  private final JdbcClient jdbc;
  private final SearchChanges searchChanges;

  public RegistrationRepository(JdbcClient jdbc, SearchChanges searchChanges) {
    this.jdbc = jdbc;
    this.searchChanges = searchChanges;
  }

  public List<RegistrationView> ofModel(long modelId) {
    return jdbc.sql(
            "select * from models_registration where model_id = :id order by registration_year")
        .param("id", modelId)
        .query(RegistrationRepository::map)
        .list();
  }

  public Optional<RegistrationView> find(long modelId, int year) {
    return jdbc.sql(
            "select * from models_registration where model_id = :id and registration_year = :year")
        .param("id", modelId)
        .param("year", year)
        .query(RegistrationRepository::map)
        .optional();
  }

  public void insert(long modelId, int year, RegistrationKind kind) {
    jdbc.sql(
            "insert into models_registration (model_id, registration_year, kind, state, version)"
                + " values (:id, :year, :kind, 'DRAFT', 0)")
        .param("id", modelId)
        .param("year", year)
        .param("kind", kind.name())
        .update();
    searchChanges.model(modelId);
  }

  /**
   * Moves a registration to its next state, if it is still in the state and version the decision
   * was taken on; returns false otherwise (someone else acted first).
   */
  public boolean transition(
      RegistrationView from,
      RegistrationState to,
      String reason,
      String by,
      Instant at,
      boolean submission) {
    var sql =
        submission
            ? "update models_registration set state = :to, reason = null, submitted_by = :by,"
                + " submitted_at = :at, decided_by = null, decided_at = null,"
                + " version = version + 1 where id = :id and version = :version and state = :from"
            : "update models_registration set state = :to, reason = :reason, decided_by = :by,"
                + " decided_at = :at, version = version + 1"
                + " where id = :id and version = :version and state = :from";
    var moved =
        jdbc.sql(sql)
                .param("to", to.name())
                .param("reason", reason)
                .param("by", by)
                .param("at", ModelRepository.utc(at))
                .param("id", from.id())
                .param("version", from.version())
                .param("from", from.state().name())
                .update()
            == 1;
    if (moved) {
      searchChanges.model(from.modelId());
    }
    return moved;
  }

  static RegistrationView map(ResultSet rs, int row) throws SQLException {
    var submittedAt = rs.getObject("submitted_at", OffsetDateTime.class);
    var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
    return new RegistrationView(
        rs.getLong("id"),
        rs.getLong("model_id"),
        rs.getInt("registration_year"),
        RegistrationKind.valueOf(rs.getString("kind")),
        RegistrationState.valueOf(rs.getString("state")),
        rs.getString("reason"),
        rs.getString("submitted_by"),
        submittedAt == null ? null : submittedAt.toInstant(),
        rs.getString("decided_by"),
        decidedAt == null ? null : decidedAt.toInstant(),
        rs.getInt("version"));
  }
}

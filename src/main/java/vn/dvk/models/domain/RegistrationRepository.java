package vn.dvk.models.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.RegistrationView;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.MovementTime;
import vn.dvk.shared.TextFolding;

@Repository
public class RegistrationRepository {

  private final JdbcClient jdbc;
  private final SearchChanges searchChanges;
  private final RegistrationSpan span;

  public RegistrationRepository(
      JdbcClient jdbc, SearchChanges searchChanges, RegistrationSpan span) {
    this.jdbc = jdbc;
    this.searchChanges = searchChanges;
    this.span = span;
  }

  public List<RegistrationView> ofModel(long modelId) {
    return jdbc.sql(
            "select * from models_registration where model_id = :id order by registration_year")
        .param("id", modelId)
        .query(RegistrationRepository::map)
        .list();
  }

  /** The model a registration (one of its years) belongs to. */
  public Optional<Long> modelOf(long registrationId) {
    return jdbc.sql("select model_id from models_registration where id = :id")
        .param("id", registrationId)
        .query(Long.class)
        .optional();
  }

  public Optional<RegistrationView> find(long modelId, int year) {
    return jdbc.sql(
            "select * from models_registration where model_id = :id and registration_year = :year")
        .param("id", modelId)
        .param("year", year)
        .query(RegistrationRepository::map)
        .optional();
  }

  /** The registrations of these ids that exist, by id (whoever may see them). */
  public Map<Long, RegistrationView> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    var found = new HashMap<Long, RegistrationView>();
    jdbc.sql("select * from models_registration where id in (:ids)")
        .param("ids", ids)
        .query(RegistrationRepository::map)
        .list()
        .forEach(registration -> found.put(registration.id(), registration));
    return found;
  }

  /**
   * Registers the model for the year, claiming its unit, folded title and year first: the claim's
   * key refuses a second registration of the same model in the unit that year (409), even when two
   * requests or imports make it at the same moment.
   */
  public void insert(long modelId, int year, RegistrationKind kind, String unitCode, String title) {
    try {
      jdbc.sql(
              "insert into models_registration_claim"
                  + " (unit_code, title_key, registration_year, model_id)"
                  + " values (:unit, :key, :year, :id)")
          .param("unit", unitCode)
          .param("key", titleKey(title))
          .param("year", year)
          .param("id", modelId)
          .update();
    } catch (DuplicateKeyException taken) {
      throw new ConflictException("models.error.duplicate", title, String.valueOf(year));
    }
    jdbc.sql(
            "insert into models_registration (model_id, registration_year, kind, state, version)"
                + " values (:id, :year, :kind, 'DRAFT', 0)")
        .param("id", modelId)
        .param("year", year)
        .param("kind", kind.name())
        .update();
    span.recorded(year);
    searchChanges.uncounted(modelId);
  }

  /** Moves a model's claims to its new unit or title; 409 when one is already taken. */
  public void reclaim(long modelId, String unitCode, String title) {
    try {
      jdbc.sql(
              "update models_registration_claim set unit_code = :unit, title_key = :key"
                  + " where model_id = :id and (unit_code <> :unit or title_key <> :key)")
          .param("unit", unitCode)
          .param("key", titleKey(title))
          .param("id", modelId)
          .update();
    } catch (DuplicateKeyException taken) {
      throw new ConflictException("models.error.duplicate-title", title);
    }
  }

  /** Whether the unit has registered a model of this title (folded) for the year. */
  public boolean claimed(String unitCode, String title, int year) {
    return jdbc.sql(
                "select count(*) from models_registration_claim"
                    + " where unit_code = :unit and title_key = :key and registration_year = :year")
            .param("unit", unitCode)
            .param("key", titleKey(title))
            .param("year", year)
            .query(Long.class)
            .single()
        > 0;
  }

  /** What identifies a model in its unit: its title, case, diacritics and punctuation aside. */
  public static String titleKey(String title) {
    var folded = TextFolding.fold(title);
    return folded.length() > 500 ? folded.substring(0, 500) : folded;
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
                .param("at", MovementTime.utc(at))
                .param("id", from.id())
                .param("version", from.version())
                .param("from", from.state().name())
                .update()
            == 1;
    if (moved && from.state().isRegistered() != to.isRegistered()) {
      searchChanges.model(from.modelId());
    } else if (moved) {
      searchChanges.uncounted(from.modelId());
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

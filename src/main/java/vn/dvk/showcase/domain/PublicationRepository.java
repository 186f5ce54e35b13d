package vn.dvk.showcase.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.showcase.PublicationView;

/** Public versions of models: the draft, the approved public text, and the chosen photos. */
@Repository
public class PublicationRepository {

  public static final String DRAFT = "DRAFT";
  public static final String PUBLIC = "PUBLIC";

  private final JdbcClient jdbc;

  PublicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a draft says, and who consented to a person's name being shown (when it is). */
  public record Draft(
      String title, String summary, boolean showPerson, String consentNote, List<Long> photos) {}

  public Optional<PublicationView> find(long modelId) {
    var photos = photos(List.of(modelId));
    return jdbc.sql("select * from showcase_publication where model_id = :id")
        .param("id", modelId)
        .query((rs, n) -> map(rs, photos))
        .optional();
  }

  /** Every public version now approved, with its public photos. */
  public List<PublicationView> published() {
    var ids =
        jdbc.sql("select model_id from showcase_publication where published_at is not null")
            .query(Long.class)
            .list();
    var photos = photos(ids);
    return jdbc.sql(
            "select * from showcase_publication where published_at is not null order by model_id")
        .query((rs, n) -> map(rs, photos))
        .list();
  }

  public void insert(long modelId, Draft draft, String consentBy, String by, Instant at) {
    jdbc.sql(
            """
            insert into showcase_publication (model_id, draft_title, draft_summary,
                draft_show_person, consent_note, consent_recorded_by, consent_recorded_at,
                prepared_by, prepared_at)
            values (:id, :title, :summary, :show, :consent, :consentBy, :consentAt, :by, :at)
            """)
        .param("id", modelId)
        .param("title", draft.title())
        .param("summary", draft.summary())
        .param("show", draft.showPerson())
        .param("consent", draft.consentNote())
        .param("consentBy", consentBy)
        .param("consentAt", consentBy == null ? null : time(at))
        .param("by", by)
        .param("at", time(at))
        .update();
    replacePhotos(modelId, DRAFT, draft.photos());
  }

  /** Changes the draft if nobody changed the version since {@code version}; false otherwise. */
  public boolean update(
      long modelId, int version, Draft draft, String consentBy, String by, Instant at) {
    var updated =
        jdbc.sql(
                """
                update showcase_publication
                   set draft_title = :title, draft_summary = :summary, draft_show_person = :show,
                       consent_note = :consent,
                       consent_recorded_by = coalesce(cast(:consentBy as varchar(60)), consent_recorded_by),
                       consent_recorded_at = case when cast(:consentBy as varchar(60)) is null
                           then consent_recorded_at else :at end,
                       prepared_by = :by, prepared_at = :at, version = version + 1
                 where model_id = :id and version = :version
                """)
            .param("id", modelId)
            .param("version", version)
            .param("title", draft.title())
            .param("summary", draft.summary())
            .param("show", draft.showPerson())
            .param("consent", draft.consentNote())
            .param("consentBy", consentBy)
            .param("by", by)
            .param("at", time(at))
            .update();
    if (updated == 0) {
      return false;
    }
    replacePhotos(modelId, DRAFT, draft.photos());
    return true;
  }

  /**
   * Makes the draft the public version; {@code personName} and {@code personPosition} are the ones
   * approved with the consent (null when no name is shown).
   */
  public boolean publish(
      long modelId, int version, String personName, String personPosition, String by, Instant at) {
    var updated =
        jdbc.sql(
                """
                update showcase_publication
                   set public_title = draft_title, public_summary = draft_summary,
                       public_show_person = draft_show_person,
                       public_person_name = :personName, public_person_position = :position,
                       published_by = :by,
                       published_at = :at, withdrawn_reason = null, version = version + 1
                 where model_id = :id and version = :version
                """)
            .param("id", modelId)
            .param("version", version)
            .param("personName", personName)
            .param("position", personPosition)
            .param("by", by)
            .param("at", time(at))
            .update();
    if (updated == 0) {
      return false;
    }
    replacePhotos(modelId, PUBLIC, find(modelId).orElseThrow().draftPhotos());
    return true;
  }

  /** Takes the public version down; the draft stays for a later approval. */
  public boolean withdraw(long modelId, int version, String reason) {
    var updated =
        jdbc.sql(
                """
                update showcase_publication
                   set public_title = null, public_summary = null, public_show_person = false,
                       public_person_name = null, public_person_position = null,
                       published_by = null, published_at = null, withdrawn_reason = :reason,
                       version = version + 1
                 where model_id = :id and version = :version
                """)
            .param("id", modelId)
            .param("version", version)
            .param("reason", reason)
            .update();
    if (updated == 0) {
      return false;
    }
    replacePhotos(modelId, PUBLIC, List.of());
    return true;
  }

  private void replacePhotos(long modelId, String stage, List<Long> photos) {
    jdbc.sql("delete from showcase_photo where model_id = :id and stage = :stage")
        .param("id", modelId)
        .param("stage", stage)
        .update();
    for (int i = 0; i < photos.size(); i++) {
      jdbc.sql(
              """
              insert into showcase_photo (model_id, stage, attachment_id, position)
              values (:id, :stage, :attachment, :position)
              """)
          .param("id", modelId)
          .param("stage", stage)
          .param("attachment", photos.get(i))
          .param("position", i)
          .update();
    }
  }

  /** model → stage → attachment ids in order. */
  private Map<Long, Map<String, List<Long>>> photos(List<Long> modelIds) {
    var result = new HashMap<Long, Map<String, List<Long>>>();
    if (modelIds.isEmpty()) {
      return result;
    }
    jdbc.sql(
            """
            select model_id, stage, attachment_id from showcase_photo
             where model_id in (:ids) order by model_id, stage, position
            """)
        .param("ids", modelIds)
        .query(
            (RowCallbackHandler)
                rs ->
                    result
                        .computeIfAbsent(rs.getLong("model_id"), id -> new HashMap<>())
                        .computeIfAbsent(rs.getString("stage"), stage -> new ArrayList<>())
                        .add(rs.getLong("attachment_id")));
    return result;
  }

  private static PublicationView map(ResultSet rs, Map<Long, Map<String, List<Long>>> photos)
      throws SQLException {
    var id = rs.getLong("model_id");
    var chosen = photos.getOrDefault(id, Map.of());
    return new PublicationView(
        id,
        rs.getInt("version"),
        rs.getString("draft_title"),
        rs.getString("draft_summary"),
        rs.getBoolean("draft_show_person"),
        rs.getString("consent_note"),
        rs.getString("consent_recorded_by"),
        instant(rs, "consent_recorded_at"),
        rs.getString("prepared_by"),
        instant(rs, "prepared_at"),
        rs.getString("public_title"),
        rs.getString("public_summary"),
        rs.getBoolean("public_show_person"),
        rs.getString("public_person_name"),
        rs.getString("public_person_position"),
        rs.getString("published_by"),
        instant(rs, "published_at"),
        rs.getString("withdrawn_reason"),
        List.copyOf(chosen.getOrDefault(DRAFT, List.of())),
        List.copyOf(chosen.getOrDefault(PUBLIC, List.of())));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime time(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}

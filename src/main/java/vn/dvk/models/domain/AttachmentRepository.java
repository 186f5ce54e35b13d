package vn.dvk.models.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.models.AttachmentView;

/** A model's attachments: what is known of each file, and the keys of its content in storage. */
@Repository
public class AttachmentRepository {

  /** A file to record, its content (and thumbnail) already stored under their keys. */
  public record NewFile(
      long modelId,
      String name,
      String type,
      long size,
      String key,
      String thumbnailKey,
      String caption,
      String by,
      OffsetDateTime at) {}

  private final JdbcClient jdbc;

  AttachmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewFile file) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into models_attachment (model_id, file_name, content_type, size_bytes,
                storage_key, thumbnail_key, caption, uploaded_by, uploaded_at)
            values (:model, :name, :type, :size, :key, :thumb, :caption, :by, :at)
            """)
        .param("model", file.modelId())
        .param("name", file.name())
        .param("type", file.type())
        .param("size", file.size())
        .param("key", file.key())
        .param("thumb", file.thumbnailKey())
        .param("caption", file.caption())
        .param("by", file.by())
        .param("at", file.at())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** A model's files, in the order they were added. */
  public List<AttachmentView> of(long modelId) {
    return jdbc.sql("select * from models_attachment where model_id = :id order by id")
        .param("id", modelId)
        .query(AttachmentRepository::map)
        .list();
  }

  /** The file, if it is the model's. */
  public Optional<AttachmentView> find(long modelId, long attachmentId) {
    return jdbc.sql("select * from models_attachment where id = :id and model_id = :model")
        .param("id", attachmentId)
        .param("model", modelId)
        .query(AttachmentRepository::map)
        .optional();
  }

  public String storageKey(long attachmentId) {
    return jdbc.sql("select storage_key from models_attachment where id = :id")
        .param("id", attachmentId)
        .query(String.class)
        .single();
  }

  /** The key of the file's thumbnail, if it has one. */
  public Optional<String> thumbnailKey(long attachmentId) {
    return jdbc.sql("select thumbnail_key from models_attachment where id = :id")
        .param("id", attachmentId)
        .query(String.class)
        .optional();
  }

  private static AttachmentView map(ResultSet rs, int row) throws SQLException {
    return new AttachmentView(
        rs.getLong("id"),
        rs.getLong("model_id"),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("caption"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
        rs.getString("thumbnail_key") != null);
  }
}

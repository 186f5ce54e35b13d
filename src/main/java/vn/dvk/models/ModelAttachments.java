package vn.dvk.models;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.storage.ContentTypes;
import vn.dvk.shared.storage.FileStorage;
import vn.dvk.shared.storage.Thumbnails;

/**
 * Photos and documents attached to a model. The type is judged from the content, not the name;
 * files over the size limit are refused; photos get a thumbnail.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ModelAttachments.Limits.class)
public class ModelAttachments {

  /** {@code dvk.attachments.max-size}: the largest file accepted (default 10 MB). */
  @ConfigurationProperties("dvk.attachments")
  public record Limits(DataSize maxSize) {
    public Limits {
      maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    }
  }

  /** A file's content with what to serve it as. */
  public record Content(String fileName, String contentType, byte[] bytes) {}

  private final MobilizationModels models;
  private final FileStorage storage;
  private final JdbcClient jdbc;
  private final Limits limits;
  private final Clock clock;

  ModelAttachments(
      MobilizationModels models, FileStorage storage, JdbcClient jdbc, Limits limits, Clock clock) {
    this.models = models;
    this.storage = storage;
    this.jdbc = jdbc;
    this.limits = limits;
    this.clock = clock;
  }

  public DataSize maxSize() {
    return limits.maxSize();
  }

  public List<AttachmentView> of(long modelId) {
    models.get(modelId);
    return listOf(modelId);
  }

  private List<AttachmentView> listOf(long modelId) {
    return jdbc.sql("select * from models_attachment where model_id = :id order by id")
        .param("id", modelId)
        .query(ModelAttachments::map)
        .list();
  }

  @Transactional
  public AttachmentView attach(long modelId, String fileName, byte[] content, String caption) {
    var user = models.editingUser();
    var model = models.get(modelId);
    if (content.length == 0) {
      throw new BusinessRuleException("attachments.error.empty");
    }
    if (content.length > limits.maxSize().toBytes()) {
      throw new BusinessRuleException(
          "attachments.error.too-large", String.valueOf(limits.maxSize().toMegabytes()));
    }
    var type =
        ContentTypes.detect(content)
            .orElseThrow(() -> new BusinessRuleException("attachments.error.type"));
    if (ContentTypes.isImage(type)) {
      checkPixels(content);
    }
    var key = storage.put(content);
    var thumbnail =
        ContentTypes.isImage(type) ? Thumbnails.of(content).map(storage::put).orElse(null) : null;
    var name = cleanName(fileName);
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into models_attachment (model_id, file_name, content_type, size_bytes,
                storage_key, thumbnail_key, caption, uploaded_by, uploaded_at)
            values (:model, :name, :type, :size, :key, :thumb, :caption, :by, :at)
            """)
        .param("model", modelId)
        .param("name", name)
        .param("type", type)
        .param("size", content.length)
        .param("key", key)
        .param("thumb", thumbnail)
        .param("caption", caption == null || caption.isBlank() ? null : caption.trim())
        .param("by", user.username())
        .param("at", OffsetDateTime.now(clock))
        .update(keys, "id");
    var id = keys.getKeyAs(Number.class).longValue();
    models.recordChange(
        user,
        "ATTACHMENT_ADDED",
        model,
        name,
        null,
        Map.of("file", name, "type", type, "size", content.length));
    return find(modelId, id);
  }

  public Content content(long modelId, long attachmentId) {
    models.get(modelId);
    return stored(modelId, attachmentId);
  }

  /**
   * A file whatever the current user's scope, for modules with read rules of their own (the photos
   * a reviewer chose for a model's public version).
   */
  public Content disseminated(long modelId, long attachmentId) {
    return stored(modelId, attachmentId);
  }

  /** The thumbnail of a file, whatever the current user's scope (see {@link #disseminated}). */
  public byte[] disseminatedThumbnail(long modelId, long attachmentId) {
    return storedThumbnail(modelId, attachmentId);
  }

  /** A model's files whatever the current user's scope (see {@link #disseminated}). */
  public List<AttachmentView> disseminatedOf(long modelId) {
    return listOf(modelId);
  }

  private Content stored(long modelId, long attachmentId) {
    var attachment = row(modelId, attachmentId);
    var key =
        jdbc.sql("select storage_key from models_attachment where id = :id")
            .param("id", attachmentId)
            .query(String.class)
            .single();
    return new Content(
        attachment.fileName(),
        attachment.contentType(),
        storage.get(key).orElseThrow(() -> notFound(attachmentId)));
  }

  public byte[] thumbnail(long modelId, long attachmentId) {
    models.get(modelId);
    return storedThumbnail(modelId, attachmentId);
  }

  private byte[] storedThumbnail(long modelId, long attachmentId) {
    row(modelId, attachmentId);
    var key =
        jdbc.sql("select thumbnail_key from models_attachment where id = :id")
            .param("id", attachmentId)
            .query(String.class)
            .optional()
            .orElse(null);
    if (key == null) {
      throw notFound(attachmentId);
    }
    return storage.get(key).orElseThrow(() -> notFound(attachmentId));
  }

  private AttachmentView find(long modelId, long attachmentId) {
    models.get(modelId);
    return row(modelId, attachmentId);
  }

  private AttachmentView row(long modelId, long attachmentId) {
    return jdbc.sql("select * from models_attachment where id = :id and model_id = :model")
        .param("id", attachmentId)
        .param("model", modelId)
        .query(ModelAttachments::map)
        .optional()
        .orElseThrow(() -> notFound(attachmentId));
  }

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

  private static NotFoundException notFound(long id) {
    return new NotFoundException("attachments.error.not-found", String.valueOf(id));
  }

  /** A photo's header is read before it is decoded: a few bytes may declare billions of pixels. */
  private static void checkPixels(byte[] content) {
    var size =
        Thumbnails.dimensions(content)
            .orElseThrow(() -> new BusinessRuleException("attachments.error.type"));
    if (!size.acceptable()) {
      throw new BusinessRuleException(
          "attachments.error.too-many-pixels",
          String.valueOf(size.width()),
          String.valueOf(size.height()),
          String.valueOf(Thumbnails.MAX_PIXELS / 1_000_000));
    }
  }

  /**
   * Keeps the name people gave the file, without any path, and without the invisible characters
   * that break a download header (controls: CR, LF, NUL) or disguise a name (right-to-left
   * overrides and other format characters make "…gpj.exe" read as "…exe.jpg").
   */
  static String cleanName(String fileName) {
    if (fileName == null) {
      return "tep";
    }
    var name = Normalizer.normalize(fileName, Normalizer.Form.NFC).replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = INVISIBLE.matcher(name).replaceAll("").strip();
    if (name.isEmpty()) {
      return "tep";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
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

package vn.dvk.models;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.dvk.models.domain.AttachmentFiles;
import vn.dvk.models.domain.AttachmentRepository;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.storage.ContentTypes;
import vn.dvk.shared.storage.FileStorage;
import vn.dvk.shared.storage.Thumbnails;

/**
 * Photos and documents attached to a model. The type is judged from the content, not the name;
 * files over the size limit are refused; photos get a thumbnail ({@link AttachmentFiles}).
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
  private final AttachmentRepository attachments;
  private final FileStorage storage;
  private final ModelAccess access;
  private final ModelAudit audit;
  private final Limits limits;
  private final Clock clock;

  ModelAttachments(
      MobilizationModels models,
      AttachmentRepository attachments,
      FileStorage storage,
      ModelAccess access,
      ModelAudit audit,
      Limits limits,
      Clock clock) {
    this.models = models;
    this.attachments = attachments;
    this.storage = storage;
    this.access = access;
    this.audit = audit;
    this.limits = limits;
    this.clock = clock;
  }

  public DataSize maxSize() {
    return limits.maxSize();
  }

  public List<AttachmentView> of(long modelId) {
    models.get(modelId);
    return attachments.of(modelId);
  }

  @Transactional
  public AttachmentView attach(long modelId, String fileName, byte[] content, String caption) {
    var user = access.editor();
    var model = models.get(modelId);
    var type = AttachmentFiles.check(content, limits.maxSize());
    var key = storage.put(content);
    var thumbnail =
        ContentTypes.isImage(type) ? Thumbnails.of(content).map(storage::put).orElse(null) : null;
    var name = AttachmentFiles.cleanName(fileName);
    var id =
        attachments.insert(
            new AttachmentRepository.NewFile(
                modelId,
                name,
                type,
                content.length,
                key,
                thumbnail,
                caption == null || caption.isBlank() ? null : caption.trim(),
                user.username(),
                OffsetDateTime.now(clock)));
    audit.record(
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
    return attachments.of(modelId);
  }

  public byte[] thumbnail(long modelId, long attachmentId) {
    models.get(modelId);
    return storedThumbnail(modelId, attachmentId);
  }

  private Content stored(long modelId, long attachmentId) {
    var attachment = row(modelId, attachmentId);
    var key = attachments.storageKey(attachmentId);
    return new Content(
        attachment.fileName(),
        attachment.contentType(),
        storage.get(key).orElseThrow(() -> notFound(attachmentId)));
  }

  private byte[] storedThumbnail(long modelId, long attachmentId) {
    row(modelId, attachmentId);
    var key = attachments.thumbnailKey(attachmentId).orElseThrow(() -> notFound(attachmentId));
    return storage.get(key).orElseThrow(() -> notFound(attachmentId));
  }

  private AttachmentView find(long modelId, long attachmentId) {
    models.get(modelId);
    return row(modelId, attachmentId);
  }

  private AttachmentView row(long modelId, long attachmentId) {
    return attachments.find(modelId, attachmentId).orElseThrow(() -> notFound(attachmentId));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("attachments.error.not-found", String.valueOf(id));
  }
}

package vn.dvk.models;

import java.time.Instant;

/** A file attached to a model: a photo or a document. */
public record AttachmentView(
    long id,
    long modelId,
    String fileName,
    String contentType,
    long sizeBytes,
    String caption,
    String uploadedBy,
    Instant uploadedAt,
    boolean hasThumbnail) {

  public boolean isImage() {
    return contentType.startsWith("image/");
  }
}

package vn.dvk.showcase;

import java.time.Instant;
import java.util.List;

/**
 * A model's public version as its unit and the reviewers see it: the draft, and what the public
 * sees now (if anything).
 */
public record PublicationView(
    long modelId,
    int version,
    String draftTitle,
    String draftSummary,
    boolean draftShowPerson,
    String consentNote,
    String consentRecordedBy,
    Instant consentRecordedAt,
    String preparedBy,
    Instant preparedAt,
    String publicTitle,
    String publicSummary,
    boolean publicShowPerson,
    String publicPersonName,
    String publicPersonPosition,
    String publishedBy,
    Instant publishedAt,
    String withdrawnReason,
    List<Long> draftPhotos,
    List<Long> publicPhotos) {

  /** Whether the public sees a version of this model now. */
  public boolean isPublic() {
    return publishedAt != null;
  }

  /** Whether the draft holds changes the public does not see yet. */
  public boolean isPending() {
    return publishedAt == null || preparedAt.isAfter(publishedAt);
  }
}

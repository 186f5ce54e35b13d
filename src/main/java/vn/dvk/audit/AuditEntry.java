package vn.dvk.audit;

import java.time.Instant;
import java.util.List;

/** One recorded change, with the fields that differ between before and after. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String actorRole,
    String action,
    String subjectType,
    String subjectId,
    String unitCode,
    String summary,
    String before,
    String after,
    List<FieldChange> changes) {

  /** A field whose value changed: {@code null} where it was or became absent. */
  public record FieldChange(String field, String before, String after) {}
}

package vn.dvk.models;

import java.time.Instant;
import java.util.List;

/**
 * A spreadsheet import: how far it has gone and, if it failed, every error it found; once done, the
 * model and registration each row created (new or continued), in the order of the rows.
 */
public record ImportJob(
    long id,
    String username,
    String fileName,
    Status status,
    int totalRows,
    int processed,
    int imported,
    int errorCount,
    List<ImportError> errors,
    List<Created> created,
    Instant createdAt,
    Instant finishedAt) {

  /** Where an import stands. */
  public enum Status {
    QUEUED,
    VALIDATING,
    IMPORTING,
    DONE,
    FAILED,
    /** Its instance stopped while it ran (a crash, a kill): nothing of it was saved. */
    INTERRUPTED;

    public boolean isFinished() {
      return this == DONE || this == FAILED || this == INTERRUPTED;
    }
  }

  /** One error: the sheet row (1-based), the column letter and label, and the message. */
  public record ImportError(int row, String column, String columnLabel, String message) {}

  /** A model and the registration a row of the import made for it. */
  public record Created(long modelId, long registrationId) {}

  public int percent() {
    return totalRows == 0
        ? (status.isFinished() ? 100 : 0)
        : Math.min(100, processed * 100 / totalRows);
  }
}

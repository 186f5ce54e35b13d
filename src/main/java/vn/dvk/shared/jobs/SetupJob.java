package vn.dvk.shared.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A bulk set-up import (units, users): how far it has gone, every error it found, and what it
 * created. {@code secrets} (the users' initial passwords by username) is filled only in the one
 * reading of the finished job that took them; every other reading has it empty.
 */
public record SetupJob(
    long id,
    String kind,
    String username,
    String fileName,
    State state,
    int total,
    int processed,
    int errorCount,
    List<RowError> errors,
    List<String> created,
    Map<String, String> secrets,
    Instant createdAt,
    Instant finishedAt) {

  /** Where an import stands. */
  public enum State {
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

  /**
   * One error: the sheet row (1-based; 0 for the whole file), the column letter and the header it
   * had (both null for a whole row), and the message in the uploader's language.
   */
  public record RowError(int row, String column, String label, String message) {}

  public int percent() {
    return total == 0 ? (state.isFinished() ? 100 : 0) : Math.min(100, processed * 100 / total);
  }

  SetupJob withSecrets(Map<String, String> taken) {
    return new SetupJob(
        id,
        kind,
        username,
        fileName,
        state,
        total,
        processed,
        errorCount,
        errors,
        created,
        taken,
        createdAt,
        finishedAt);
  }
}

package vn.dvk.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A model flagged for low results and no influence among the people: why, the follow-up actions the
 * unit is to take by their due dates with its reports on them, and the reviews that kept or cleared
 * the flag.
 */
public record LowResultView(
    long id,
    int version,
    long modelId,
    String unitCode,
    int year,
    String reason,
    State state,
    String flaggedBy,
    Instant flaggedAt,
    List<FollowUp> followUps,
    List<Review> reviews) {

  /** Open until a review clears it. */
  public enum State {
    OPEN,
    CLEARED
  }

  /** What a later review decided. */
  public enum Outcome {
    KEPT,
    CLEARED
  }

  /** An action the unit is to take, and its report on it. */
  public record FollowUp(
      long id,
      String action,
      LocalDate dueDate,
      String report,
      String reportedBy,
      Instant reportedAt) {

    public boolean isReported() {
      return report != null;
    }
  }

  /** A review of the flag. */
  public record Review(Outcome outcome, String note, String reviewedBy, Instant reviewedAt) {}

  public boolean isOpen() {
    return state == State.OPEN;
  }
}

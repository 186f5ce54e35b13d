package vn.dvk.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A restructure plan as stored: its changes in order, whether it has been applied, and the home
 * unit of the administrator who made it (those whose scope covers it see it).
 */
public record RestructurePlan(
    long id,
    LocalDate effectiveOn,
    String title,
    List<RestructureChange> changes,
    State state,
    String homeUnit,
    String createdBy,
    Instant createdAt,
    String appliedBy,
    Instant appliedAt) {

  /** A plan is applied once, all of it. */
  public enum State {
    DRAFT,
    APPLIED
  }
}

package vn.dvk.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.programs.YearPlan;
import vn.dvk.reporting.YearlySummary.UnitRef;

/**
 * Every district-level unit of a subtree against the year's deadlines and targets: done on time,
 * late, not done (or still pending before the deadline), the targets as figures, and what is due
 * next.
 */
public record Coverage(
    int year,
    UnitRef unit,
    YearPlan plan,
    List<Line> lines,
    List<Target> targets,
    List<Due> dueNext,
    YearlySummary.Structure structure) {

  /** Where a unit stands against one deadline. */
  public enum Status {
    DONE,
    LATE,
    NOT_DONE,
    PENDING;

    public static Status of(LocalDate done, LocalDate deadline, LocalDate today) {
      if (done != null) {
        return done.isAfter(deadline) ? LATE : DONE;
      }
      return today.isAfter(deadline) ? NOT_DONE : PENDING;
    }

    public boolean isMissed() {
      return this == LATE || this == NOT_DONE;
    }
  }

  /** One deadline for one unit: when it was met, if it was. */
  public record Step(Status status, LocalDate done) {}

  /** A unit against the three deadlines of the year. */
  public record Line(UnitRef unit, Step registration, Step districtRecognition, Step proposals) {

    public int missed() {
      return (registration.status().isMissed() ? 1 : 0)
          + (districtRecognition.status().isMissed() ? 1 : 0)
          + (proposals.status().isMissed() ? 1 : 0);
    }
  }

  /** A target as a figure: {@code achieved} of {@code of} units, in per cent, against its aim. */
  public record Target(String key, int achieved, int of, int percent, int targetPercent) {

    public boolean isMet() {
      return percent >= targetPercent;
    }
  }

  /** A deadline still ahead and the units that have not met it yet. */
  public record Due(String step, LocalDate deadline, List<UnitRef> units) {}
}

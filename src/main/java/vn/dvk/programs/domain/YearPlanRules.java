package vn.dvk.programs.domain;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.programs.YearPlan;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.MovementYear;

/** What a year plan must hold: its three deadlines, and targets that are percents or counts. */
public final class YearPlanRules {

  private YearPlanRules() {}

  /** Refuses the plan with every field that breaks a rule, each with its message key. */
  public static void check(YearPlan plan) {
    refuse(deadlinesAndTargets(plan));
  }

  /** A new plan also names its year and its program. */
  public static void checkNew(YearPlan plan) {
    var violations = deadlinesAndTargets(plan);
    if (plan.year() < MovementYear.FIRST || plan.year() > MovementYear.LAST) {
      violations.add(0, new Violation("year", "validation.year"));
    }
    if (plan.programName() == null || plan.programName().isBlank()) {
      violations.add(new Violation("programName", "validation.required"));
    } else if (plan.programName().strip().length() > 500) {
      violations.add(new Violation("programName", "validation.too-long"));
    }
    refuse(violations);
  }

  private static void refuse(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static List<Violation> deadlinesAndTargets(YearPlan plan) {
    var violations = new ArrayList<Violation>();
    if (plan.registrationDeadline() == null) {
      violations.add(new Violation("registrationDeadline", "validation.required"));
    }
    if (plan.districtRecognitionDeadline() == null) {
      violations.add(new Violation("districtRecognitionDeadline", "validation.required"));
    }
    if (plan.provinceProposalDeadline() == null) {
      violations.add(new Violation("provinceProposalDeadline", "validation.required"));
    }
    if (plan.targetConsideredPercent() < 0 || plan.targetConsideredPercent() > 100) {
      violations.add(new Violation("targetConsideredPercent", "plans.error.percent"));
    }
    if (plan.targetProposalsPerUnit() < 0 || plan.targetProposalsPerUnit() > 100) {
      violations.add(new Violation("targetProposalsPerUnit", "plans.error.count"));
    }
    return violations;
  }
}

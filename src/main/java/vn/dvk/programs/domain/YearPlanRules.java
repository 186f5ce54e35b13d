package vn.dvk.programs.domain;

import java.util.ArrayList;
import vn.dvk.programs.YearPlan;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

/** What a year plan must hold: its three deadlines, and targets that are percents or counts. */
public final class YearPlanRules {

  private YearPlanRules() {}

  /** Refuses the plan with every field that breaks a rule, each with its message key. */
  public static void check(YearPlan plan) {
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
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}

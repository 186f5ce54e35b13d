package vn.dvk.programs.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dvk.programs.YearPlan;

/**
 * A new year's plan as the plans page and {@code POST /api/v1/plans} take it: its year, the name of
 * its program (an existing program's, or a new one's), its deadlines and targets. Kept across the
 * redirect when refused, so it is serializable.
 */
record NewPlan(
    Integer year,
    String programName,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registrationDeadline,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate districtRecognitionDeadline,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate provinceProposalDeadline,
    Integer targetConsideredPercent,
    Integer targetProposalsPerUnit)
    implements java.io.Serializable {

  /** The year after the last, as that year's plan had it. */
  static NewPlan after(List<YearPlan> plans) {
    if (plans.isEmpty()) {
      return new NewPlan(null, null, null, null, null, 100, 1);
    }
    var last = plans.get(plans.size() - 1);
    return new NewPlan(
        last.year() + 1,
        last.programName(),
        last.registrationDeadline().plusYears(1),
        last.districtRecognitionDeadline().plusYears(1),
        last.provinceProposalDeadline().plusYears(1),
        last.targetConsideredPercent(),
        last.targetProposalsPerUnit());
  }

  YearPlan toPlan() {
    return new YearPlan(
        null,
        programName,
        year == null ? -1 : year,
        0,
        registrationDeadline,
        districtRecognitionDeadline,
        provinceProposalDeadline,
        targetConsideredPercent == null ? -1 : targetConsideredPercent,
        targetProposalsPerUnit == null ? -1 : targetProposalsPerUnit);
  }
}

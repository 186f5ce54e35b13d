package vn.dvk.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.programs.YearPlan;
import vn.dvk.reporting.Coverage;
import vn.dvk.reporting.Coverage.Status;
import vn.dvk.reporting.YearlySummary.UnitRef;

/** Targets as figures and the deadlines still ahead. */
class CoverageSectionTests {

  static final YearPlan PLAN =
      new YearPlan(
          "DVK",
          "Dân vận khéo",
          2023,
          1,
          LocalDate.of(2023, 3, 31),
          LocalDate.of(2023, 10, 31),
          LocalDate.of(2023, 11, 30),
          100,
          1);

  @Test
  void aTargetIsAPercentRoundedToTheNearestWhole() {
    var target = CoverageSection.target("considered", 13, 14, 100);

    assertThat(target.percent()).isEqualTo(93);
    assertThat(target.isMet()).isFalse();
    assertThat(CoverageSection.target("proposed", 0, 0, 100).percent())
        .as("no units, no division by zero")
        .isZero();
  }

  @Test
  void onlyDeadlinesStillAheadAreDueAndOnlyForUnitsThatHaveNotMetThem() {
    var today = LocalDate.of(2023, 10, 31);
    var done = new Coverage.Step(Status.DONE, LocalDate.of(2023, 3, 1));
    var pending = new Coverage.Step(Status.PENDING, null);
    var lines =
        List.of(
            new Coverage.Line(new UnitRef("A", "A"), done, done, pending),
            new Coverage.Line(
                new UnitRef("B", "B"), new Coverage.Step(Status.NOT_DONE, null), pending, pending));

    var due = CoverageSection.dueNext(PLAN, today, lines);

    assertThat(due)
        .as("registration is past; the council's deadline is today")
        .containsExactly(
            new Coverage.Due(
                "district-recognition",
                PLAN.districtRecognitionDeadline(),
                List.of(new UnitRef("B", "B"))),
            new Coverage.Due(
                "proposals",
                PLAN.provinceProposalDeadline(),
                List.of(new UnitRef("A", "A"), new UnitRef("B", "B"))));
  }
}

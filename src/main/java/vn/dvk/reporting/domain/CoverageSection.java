package vn.dvk.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.dvk.programs.YearPlan;
import vn.dvk.reporting.Coverage;
import vn.dvk.reporting.YearlySummary.Split;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.units.Units;

/**
 * The district-level units of a subtree against the year's plan: when each met its deadlines
 * (registrations sent up, its council's meeting, its first proposal to the province), the targets
 * as figures, and what is still due.
 */
@Component
public class CoverageSection {

  private final RegistrationQueries registrations;
  private final RecognitionQueries recognitions;
  private final YearFigures.Reader figures;
  private final Units units;

  CoverageSection(
      RegistrationQueries registrations,
      RecognitionQueries recognitions,
      YearFigures.Reader figures,
      Units units) {
    this.registrations = registrations;
    this.recognitions = recognitions;
    this.figures = figures;
    this.units = units;
  }

  public Coverage of(YearTree tree, YearPlan plan) {
    var today = units.today();
    var lines = lines(tree, plan, today);
    var targets = targets(tree, plan, lines);
    var due = dueNext(plan, today, lines);
    lines.sort(Comparator.comparingInt(Coverage.Line::missed).reversed());
    return new Coverage(
        tree.year(), UnitRef.of(tree.root()), plan, lines, targets, due, tree.structure());
  }

  /** Each district-level unit, in official order, against the three deadlines. */
  private List<Coverage.Line> lines(YearTree tree, YearPlan plan, LocalDate today) {
    var year = tree.year();
    var codes = tree.tierCodes();
    var sent =
        tree.byTier(
            registrations.firstSentUpByUnit(year, tree.codes()), (a, b) -> a.isBefore(b) ? a : b);
    var met = recognitions.firstMeetingByUnit(year, YearTree.TIER_LEVELS, codes);
    var proposed = recognitions.firstProposalByUnit(year, tree.province(), codes);
    var lines = new ArrayList<Coverage.Line>();
    for (var district : tree.tier()) {
      var code = district.code();
      lines.add(
          new Coverage.Line(
              UnitRef.of(district),
              step(sent.get(code), plan.registrationDeadline(), today),
              step(met.get(code), plan.districtRecognitionDeadline(), today),
              step(proposed.get(code), plan.provinceProposalDeadline(), today)));
    }
    return lines;
  }

  /** Units that considered, and units that proposed as many models as the plan asks. */
  private List<Coverage.Target> targets(YearTree tree, YearPlan plan, List<Coverage.Line> lines) {
    var proposedCounts = figures.of(tree).proposedByUnit(tree.province(), tree.tierCodes());
    var enough = Math.max(1, plan.targetProposalsPerUnit());
    var units = tree.tier().size();
    var considered =
        (int) lines.stream().filter(l -> l.districtRecognition().done() != null).count();
    var proposing =
        (int)
            tree.tierCodes().stream()
                .filter(d -> proposedCounts.getOrDefault(d, Split.NONE).total() >= enough)
                .count();
    return List.of(
        target("considered", considered, units, plan.targetConsideredPercent()),
        target("proposed", proposing, units, 100));
  }

  /** The deadlines still ahead (today's included) and the units that have not met them yet. */
  static List<Coverage.Due> dueNext(YearPlan plan, LocalDate today, List<Coverage.Line> lines) {
    var due = new ArrayList<Coverage.Due>();
    due(
        due,
        "registration",
        plan.registrationDeadline(),
        today,
        lines,
        Coverage.Line::registration);
    due(
        due,
        "district-recognition",
        plan.districtRecognitionDeadline(),
        today,
        lines,
        Coverage.Line::districtRecognition);
    due(due, "proposals", plan.provinceProposalDeadline(), today, lines, Coverage.Line::proposals);
    return due;
  }

  private static void due(
      List<Coverage.Due> due,
      String step,
      LocalDate deadline,
      LocalDate today,
      List<Coverage.Line> lines,
      Function<Coverage.Line, Coverage.Step> of) {
    if (deadline.isBefore(today)) {
      return;
    }
    var waiting =
        lines.stream().filter(l -> of.apply(l).done() == null).map(Coverage.Line::unit).toList();
    if (!waiting.isEmpty()) {
      due.add(new Coverage.Due(step, deadline, waiting));
    }
  }

  private static Coverage.Step step(LocalDate done, LocalDate deadline, LocalDate today) {
    return new Coverage.Step(Coverage.Status.of(done, deadline, today), done);
  }

  static Coverage.Target target(String key, int achieved, int of, int targetPercent) {
    var percent = of == 0 ? 0 : (int) Math.round(achieved * 100.0 / of);
    return new Coverage.Target(key, achieved, of, percent, targetPercent);
  }
}

package vn.dvk.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.programs.Programs;
import vn.dvk.programs.YearPlan;
import vn.dvk.shared.tasks.Task;
import vn.dvk.shared.tasks.TaskSource;

/**
 * The year as work. An officer sees the plan's next deadline. Those who follow the units below
 * (leaders, reviewers, administrators) see the figures of the latest year that has any and, when
 * this year has a plan, each target against what is achieved, the units that missed a deadline and
 * those a coming deadline still waits on.
 */
@Component
class PlanTasks implements TaskSource {

  private final Programs programs;
  private final YearlySummaries summaries;
  private final Scope scope;

  PlanTasks(Programs programs, YearlySummaries summaries, Scope scope) {
    this.programs = programs;
    this.summaries = summaries;
    this.scope = scope;
  }

  @Override
  public List<Task> tasks(LocalDate today) {
    var user = scope.currentUser().orElse(null);
    if (user == null || !user.can(Permission.REPORTS_READ)) {
      return List.of();
    }
    var plan = programs.plan(today.getYear());
    if (user.can(Permission.MODELS_EDIT)) {
      var link = "/reports/coverage?year=" + today.getYear();
      return plan.flatMap(p -> nextDeadline(p, today)).map(s -> s.task(link)).stream().toList();
    }
    var tasks =
        summaries
            .latestWithData(user.unitCode(), today.getYear())
            .map(PlanTasks::figures)
            .orElseGet(ArrayList::new);
    plan.ifPresent(p -> tasks.addAll(againstPlan(user, p)));
    return tasks;
  }

  /** The year's figures so far, each leading to the yearly summary. */
  private static List<Task> figures(YearlySummary summary) {
    var link = "/reports/yearly-summary?year=" + summary.year();
    var year = String.valueOf(summary.year());
    var tasks = new ArrayList<Task>();
    tasks.add(Task.of("registered", summary.registered().total(), link, null, year));
    var considered = summary.unitsUnderProvince();
    if (considered != null && considered.units() > 0) {
      tasks.add(
          Task.message(
              considered.structure().key("home.task.considered"),
              link,
              null,
              considered.unitsThatConsidered(),
              considered.units()));
    }
    tasks.add(
        Task.of("recognized", summary.districtLevel().recognized().total(), link, null, year));
    tasks.add(
        Task.of("proposed", summary.proposalsToProvince().proposed().total(), link, null, year));
    return tasks;
  }

  private List<Task> againstPlan(CurrentUser user, YearPlan plan) {
    var link = "/reports/coverage?year=" + plan.year();
    var coverage = summaries.coverage(plan.year(), user.unitCode(), plan);
    var tasks = new ArrayList<Task>();
    for (var target : coverage.targets()) {
      tasks.add(
          Task.message(
              coverage.structure().key("coverage.target." + target.key()),
              link,
              null,
              target.achieved(),
              target.of(),
              target.percent(),
              target.targetPercent()));
    }
    var late = coverage.lines().stream().filter(line -> line.missed() > 0).count();
    if (late > 0) {
      tasks.add(Task.of("late", late, link, null, String.valueOf(plan.year())));
    }
    for (var due : coverage.dueNext()) {
      tasks.add(Task.of("waiting." + due.step(), due.units().size(), link, due.deadline()));
    }
    return tasks;
  }

  /** A deadline of the plan, named by its step. */
  private record Step(String name, LocalDate deadline) {

    Task task(String link) {
      return Task.message("home.task.deadline." + name, link, deadline);
    }
  }

  private static Optional<Step> nextDeadline(YearPlan plan, LocalDate today) {
    return Stream.of(
            new Step("registration", plan.registrationDeadline()),
            new Step("district-recognition", plan.districtRecognitionDeadline()),
            new Step("proposals", plan.provinceProposalDeadline()))
        .filter(step -> step.deadline() != null && !step.deadline().isBefore(today))
        .min(Comparator.comparing(Step::deadline));
  }
}

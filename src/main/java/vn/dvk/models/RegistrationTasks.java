package vn.dvk.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.programs.Programs;
import vn.dvk.programs.YearPlan;
import vn.dvk.shared.tasks.Task;
import vn.dvk.shared.tasks.TaskSource;

/**
 * A unit's registrations of the year that wait on someone: for an officer, the drafts to finish,
 * the registrations returned for completion and the approved ones with no progress reported yet;
 * and, to start from, all of the unit's registrations of the year; for whoever approves, those sent
 * up by the units below. Each counts what its link lists, and is due by the plan's deadline for it.
 */
@Component
class RegistrationTasks implements TaskSource {

  private final ModelLists lists;
  private final Scope scope;
  private final Programs programs;

  RegistrationTasks(ModelLists lists, Scope scope, Programs programs) {
    this.lists = lists;
    this.scope = scope;
    this.programs = programs;
  }

  @Override
  public List<Task> tasks(LocalDate today) {
    var user = scope.currentUser().orElse(null);
    if (user == null || !user.can(Permission.MODELS_READ)) {
      return List.of();
    }
    var year = today.getYear();
    var plan = programs.plan(year);
    var tasks = new ArrayList<Task>();
    if (user.can(Permission.MODELS_EDIT)) {
      var registrationDue = plan.map(YearPlan::registrationDeadline).orElse(null);
      add(tasks, "drafts", user, year, RegistrationState.DRAFT, registrationDue);
      add(tasks, "returned", user, year, RegistrationState.RETURNED, registrationDue);
      add(tasks, "progress", user, year, RegistrationState.REGISTERED, recognitionDue(plan));
      add(tasks, "mine", user, year, null, null);
    }
    if (user.can(Permission.MODELS_APPROVE)) {
      var waiting = lists.awaitingDecision(year).size();
      if (waiting > 0) {
        var link = "/models/decisions?year=" + year;
        tasks.add(
            Task.of(
                "awaiting-decision",
                waiting,
                link,
                plan.map(YearPlan::registrationDeadline).orElse(null)));
      }
    }
    return tasks;
  }

  /** Results are reported before the units consider recognition. */
  private static LocalDate recognitionDue(Optional<YearPlan> plan) {
    return plan.map(YearPlan::districtRecognitionDeadline).orElse(null);
  }

  private void add(
      List<Task> tasks,
      String key,
      CurrentUser user,
      int year,
      RegistrationState state,
      LocalDate due) {
    var filter =
        new ModelFilter(null, year, user.unitCode(), null, null, null, state, null, null, 0, 1);
    var total = lists.find(filter).total();
    if (total > 0) {
      var link =
          UriComponentsBuilder.fromPath("/models")
              .queryParam("year", year)
              .queryParam("under", user.unitCode())
              .queryParamIfPresent("state", Optional.ofNullable(state).map(Enum::name))
              .build()
              .toUriString();
      tasks.add(Task.of(key, total, link, due, String.valueOf(year)));
    }
  }
}

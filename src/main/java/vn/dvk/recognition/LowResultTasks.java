package vn.dvk.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.recognition.LowResultView.FollowUp;
import vn.dvk.shared.tasks.Task;
import vn.dvk.shared.tasks.TaskSource;

/**
 * Open low-result flags as work: the unit reports on each follow-up action by its due date; the
 * reviewer looks at a flag again once every action is reported or the last one is past due.
 */
@Component
class LowResultTasks implements TaskSource {

  private static final String LINK = "/recognition/low-results";

  private final LowResults lowResults;
  private final Scope scope;

  LowResultTasks(LowResults lowResults, Scope scope) {
    this.lowResults = lowResults;
    this.scope = scope;
  }

  @Override
  public List<Task> tasks(LocalDate today) {
    var user = scope.currentUser().orElse(null);
    var reports = user != null && user.can(Permission.LOW_RESULTS_REPORT);
    var reviews = user != null && user.can(Permission.LOW_RESULTS_FLAG);
    if (!reports && !reviews) {
      return List.of();
    }
    var open = lowResults.flagged(null, null).stream().filter(LowResultView::isOpen).toList();
    var tasks = new ArrayList<Task>();
    if (reports) {
      var unreported =
          open.stream()
              .flatMap(flag -> flag.followUps().stream())
              .filter(action -> !action.isReported())
              .toList();
      if (!unreported.isEmpty()) {
        tasks.add(Task.of("low-result-report", unreported.size(), LINK, earliest(unreported)));
      }
    }
    if (reviews) {
      var due = open.stream().filter(flag -> isDueForReview(flag, today)).count();
      if (due > 0) {
        tasks.add(Task.of("low-result-review", due, LINK, null));
      }
    }
    return tasks;
  }

  /** Every action reported, or the last one's day gone by. */
  static boolean isDueForReview(LowResultView flag, LocalDate today) {
    var actions = flag.followUps();
    if (actions.isEmpty()) {
      return false;
    }
    var last =
        actions.stream()
            .map(FollowUp::dueDate)
            .filter(Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(null);
    return actions.stream().allMatch(FollowUp::isReported)
        || (last != null && last.isBefore(today));
  }

  private static LocalDate earliest(List<FollowUp> actions) {
    return actions.stream()
        .map(FollowUp::dueDate)
        .filter(Objects::nonNull)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}

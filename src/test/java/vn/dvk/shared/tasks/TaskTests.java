package vn.dvk.shared.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTests {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  @Test
  void aCountedTaskIsWordedByTheHomePagesMessageWithTheCountFirst() {
    var task = Task.of("score", 3, "/rounds/7/scoring", null, "Vòng tỉnh 2026");

    assertThat(task.key()).isEqualTo("home.task.score");
    assertThat(task.messageArgs()).containsExactly(3L, "Vòng tỉnh 2026");
    assertThat(task.count()).isEqualTo(3L);
  }

  @Test
  void aTaskThatCountsNothingKeepsItsOwnMessageAndArguments() {
    var task =
        Task.message("coverage.target.considered", "/reports/coverage", null, 13, 14, 93, 100);

    assertThat(task.key()).isEqualTo("coverage.target.considered");
    assertThat(task.messageArgs()).containsExactly(13, 14, 93, 100);
    assertThat(task.count()).isNull();
  }

  @Test
  void aTaskIsOverdueOnlyOnceItsDayHasGoneBy() {
    assertThat(Task.of("drafts", 1, "/models", TODAY.minusDays(1)).isOverdue(TODAY)).isTrue();
    assertThat(Task.of("drafts", 1, "/models", TODAY).isOverdue(TODAY)).isFalse();
    assertThat(Task.of("drafts", 1, "/models", null).isOverdue(TODAY)).isFalse();
  }

  @Test
  void theMostUrgentComeFirstAndThoseWithoutADeadlineLastInTheirOwnOrder() {
    var figures = Task.of("registered", 1030, "/reports/yearly-summary", null, "2026");
    var later = Task.of("propose", 0, "/rounds/2", TODAY.plusDays(20), "b");
    var overdue = Task.of("drafts", 2, "/models", TODAY.minusDays(3));
    var soon = Task.of("score", 4, "/rounds/1/scoring", TODAY.plusDays(2), "a");
    var late = Task.of("late", 5, "/reports/coverage", null, "2026");
    var tasks = new ArrayList<>(List.of(figures, later, overdue, soon, late));

    tasks.sort(Task.BY_URGENCY);

    assertThat(tasks).containsExactly(overdue, soon, later, figures, late);
  }
}

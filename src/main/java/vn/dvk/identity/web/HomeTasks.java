package vn.dvk.identity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvk.shared.tasks.Task;
import vn.dvk.shared.tasks.TaskSource;

/**
 * The signed-in user's tasks from every module that has some, most urgent first, worded in the
 * reader's language. A source that fails is left out and logged: the home page still opens.
 */
@Component
class HomeTasks {

  private static final Logger log = LoggerFactory.getLogger(HomeTasks.class);

  /** A task as the home page shows it. */
  record Line(String text, Long count, String link, LocalDate due, boolean overdue) {}

  private final ObjectProvider<TaskSource> sources;
  private final MessageSource messages;

  HomeTasks(ObjectProvider<TaskSource> sources, MessageSource messages) {
    this.sources = sources;
    this.messages = messages;
  }

  List<Line> of(LocalDate today, Locale locale) {
    var tasks = new ArrayList<Task>();
    sources.orderedStream().forEach(source -> tasks.addAll(tasksOf(source, today)));
    tasks.sort(Task.BY_URGENCY);
    return tasks.stream()
        .map(
            task ->
                new Line(
                    messages.getMessage(task.key(), task.messageArgs(), locale),
                    task.count(),
                    task.link(),
                    task.due(),
                    task.isOverdue(today)))
        .toList();
  }

  private static List<Task> tasksOf(TaskSource source, LocalDate today) {
    try {
      return source.tasks(today);
    } catch (RuntimeException failed) {
      log.warn("Home page: {} gave no tasks", source.getClass().getSimpleName(), failed);
      return List.of();
    }
  }
}

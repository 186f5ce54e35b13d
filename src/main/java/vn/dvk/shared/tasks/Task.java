package vn.dvk.shared.tasks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Something the signed-in user has to do, or should know to do their work: what (a message key and
 * its arguments), how many, if it counts anything, where it is done (a link within the application)
 * and by when, if there is a deadline.
 *
 * <p>The count is what the link lists, so the home page and the page it leads to never disagree.
 */
public record Task(String key, List<Object> args, Long count, String link, LocalDate due) {

  /** Overdue first, then by deadline, then those without one; the order of the home page. */
  public static final Comparator<Task> BY_URGENCY =
      Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()));

  public Task {
    args = List.copyOf(args);
  }

  /**
   * A count of things to do, worded by the home page's own message {@code home.task.<name>}, whose
   * first argument is the count and the others {@code args}.
   */
  public static Task of(String name, long count, String link, LocalDate due, Object... args) {
    var all = new Object[args.length + 1];
    all[0] = count;
    System.arraycopy(args, 0, all, 1, args.length);
    return new Task("home.task." + name, List.of(all), count, link, due);
  }

  /** A task that counts nothing, worded by any message given by its whole key. */
  public static Task message(String key, String link, LocalDate due, Object... args) {
    return new Task(key, List.of(args), null, link, due);
  }

  public Object[] messageArgs() {
    return args.toArray();
  }

  public boolean isOverdue(LocalDate today) {
    return due != null && due.isBefore(today);
  }
}

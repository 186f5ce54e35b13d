package vn.dvk.shared.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module has for the signed-in user to do. Each module that owns some work answers for it;
 * the home page asks every source and shows their tasks together, so the page depends on none of
 * them. A source answers an empty list to a user whose role has nothing of its kind to do.
 */
public interface TaskSource {

  List<Task> tasks(LocalDate today);
}

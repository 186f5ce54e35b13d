package vn.dvk.shared.web;

import java.util.List;
import java.util.function.Predicate;
import vn.dvk.shared.NotFoundException;

/** One item of a list the caller may read, or 404 as if it did not exist. */
public final class ApiLists {

  private ApiLists() {}

  public static <T> T one(List<T> readable, Predicate<T> match, String notFoundKey, long id) {
    return readable.stream()
        .filter(match)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(notFoundKey, String.valueOf(id)));
  }
}

package vn.dvk.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in the REST API: every list answers this envelope, so that a client pages them
 * all alike. {@code page} counts from 0; {@code size} is 20 unless asked and never more than {@link
 * #MAX_SIZE}. {@code total} is exact while {@code totalExact} (the models list stops counting past
 * 1,000).
 */
public record ApiPage<T>(
    List<T> items, int page, int size, long total, boolean totalExact, int totalPages) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  /** The page asked for, 0 when absent or negative. */
  public static int page(Integer page) {
    return page == null ? 0 : Math.max(page, 0);
  }

  /** The size asked for, the default when absent or not positive, capped at {@link #MAX_SIZE}. */
  public static int size(Integer size) {
    return size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  /** A page counted elsewhere (a query that pages in the database). */
  public static <T> ApiPage<T> of(List<T> items, int page, int size, long total, boolean exact) {
    return new ApiPage<>(
        items, page, size, total, exact, (int) Math.max(1, (total + size - 1) / size));
  }

  /** A page cut from a whole list already read. */
  public static <T> ApiPage<T> slice(List<T> all, Integer page, Integer size) {
    var p = page(page);
    var s = size(size);
    var from = (int) Math.min((long) p * s, all.size());
    var to = Math.min(from + s, all.size());
    return of(List.copyOf(all.subList(from, to)), p, s, all.size(), true);
  }

  /** The same page with each item mapped, for lists whose mapping reads more data. */
  public <R> ApiPage<R> map(Function<List<T>, List<R>> mapping) {
    return new ApiPage<>(mapping.apply(items), page, size, total, totalExact, totalPages);
  }
}

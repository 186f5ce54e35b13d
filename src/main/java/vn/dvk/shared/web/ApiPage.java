package vn.dvk.shared.web;

import java.util.List;
import java.util.function.Function;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * One page of a list in the REST API: every list answers this envelope, so that a client pages them
 * all alike. {@code page} counts from 0; {@code size} is 20 unless asked and never more than {@link
 * #MAX_SIZE}. {@code total} is exact while {@code totalExact} (the models list stops counting past
 * 1,000). The pages that list a whole list read show the same page, with its links.
 */
public record ApiPage<T>(
    List<T> items, int page, int size, long total, boolean totalExact, int totalPages) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  /**
   * How deep a list may be paged: the rows before a page are found to reach it, so a page number is
   * not allowed to cost more than this many rows. Deeper lists are narrowed with filters.
   */
  public static final int MAX_DEPTH = 10_000;

  /** The page asked for, 0 when absent or negative. */
  public static int page(Integer page) {
    return page == null ? 0 : Math.max(page, 0);
  }

  /** The size asked for, the default when absent or not positive, capped at {@link #MAX_SIZE}. */
  public static int size(Integer size) {
    return size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  /** Refuses (422) a page that ends deeper than {@link #MAX_DEPTH} rows into its list. */
  public static void checkDepth(int page, int size) {
    if ((long) page * size + size > MAX_DEPTH) {
      throw new InvalidInputException(
          List.of(new Violation("page", "validation.page.too-deep", MAX_DEPTH)));
    }
  }

  /** A page counted elsewhere (a query that pages in the database). */
  public static <T> ApiPage<T> of(List<T> items, int page, int size, long total, boolean exact) {
    return new ApiPage<>(
        items, page, size, total, exact, (int) Math.max(1, (total + size - 1) / size));
  }

  /** A page cut from a whole list already read; deeper than {@link #MAX_DEPTH} rows is 422. */
  public static <T> ApiPage<T> slice(List<T> all, Integer page, Integer size) {
    var p = page(page);
    var s = size(size);
    checkDepth(p, s);
    var from = (int) Math.min((long) p * s, all.size());
    var to = Math.min(from + s, all.size());
    return of(List.copyOf(all.subList(from, to)), p, s, all.size(), true);
  }

  /** The same page with each item mapped, for lists whose mapping reads more data. */
  public <R> ApiPage<R> map(Function<List<T>, List<R>> mapping) {
    return new ApiPage<>(mapping.apply(items), page, size, total, totalExact, totalPages);
  }

  /** The number of the page's first row, counted from 1 (0 when the page is empty). */
  public long firstRow() {
    return items.isEmpty() ? 0 : (long) page * size + 1;
  }

  /** The number of the page's last row, counted from 1. */
  public long lastRow() {
    return items.isEmpty() ? 0 : (long) page * size + items.size();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  /** Whether the page asked for lies past the list's last page. */
  public boolean beyondEnd() {
    return items.isEmpty() && page > 0;
  }
}

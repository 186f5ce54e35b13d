package vn.dvk.models;

import java.util.List;

/**
 * A page of a filtered list, with the number of matching lines — exact up to {@link #COUNT_LIMIT},
 * and {@code COUNT_LIMIT + 1} beyond (“more than 1,000”).
 */
public record ModelPage(List<ModelRow> rows, long total, int page, int size) {

  public static final long COUNT_LIMIT = 1_000;

  public boolean isTotalExact() {
    return total <= COUNT_LIMIT;
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}

package vn.dvk.models;

import java.util.List;

/** A page of a filtered list, with the total number of matching lines. */
public record ModelPage(List<ModelRow> rows, long total, int page, int size) {

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

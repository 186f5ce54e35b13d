package vn.dvk.identity.web;

import java.util.List;

/**
 * The menu entry a page belongs to, so that the menu marks it ({@code aria-current="page"}): the
 * entry whose path is the longest start of the page's path.
 */
final class NavSection {

  private record Entry(String path, String section) {}

  /** Longest paths first, so that /models/decisions is not taken for /models. */
  private static final List<Entry> ENTRIES =
      List.of(
          new Entry("/models/decisions", "decisions"),
          new Entry("/recognition/decisions", "recognitions"),
          new Entry("/reports", "reports"),
          new Entry("/admin/users", "users"),
          new Entry("/admin/reference", "reference"),
          new Entry("/admin/criteria", "criteria"),
          new Entry("/admin/plans", "plans"),
          new Entry("/showcase/figures", "figures"),
          new Entry("/showcase/data", "open-data"),
          new Entry("/showcase", "showcase"),
          new Entry("/replication", "replication"),
          new Entry("/models", "models"),
          new Entry("/rounds", "rounds"),
          new Entry("/units", "units"),
          new Entry("/inbox", "inbox"));

  private NavSection() {}

  /** The section of a path within the application, or null for a page outside the menu. */
  static String of(String path) {
    return ENTRIES.stream()
        .filter(e -> path.equals(e.path()) || path.startsWith(e.path() + "/"))
        .map(Entry::section)
        .findFirst()
        .orElse(null);
  }
}

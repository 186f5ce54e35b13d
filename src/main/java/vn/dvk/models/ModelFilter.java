package vn.dvk.models;

import java.util.List;
import java.util.Locale;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiPage;

/**
 * What a list of registrations is filtered by. Every criterion is optional; {@code under} limits
 * the list to a unit's subtree (within the reader's scope in any case).
 */
public record ModelFilter(
    String q,
    Integer year,
    String under,
    String field,
    String movement,
    OwnerKind ownerKind,
    RegistrationState state,
    RegistrationKind kind,
    Sort sort,
    int page,
    int size) {

  public static final int MAX_PAGE_SIZE = 200;

  /**
   * How deep a list may be paged: the rows before a page are found (and, by the database, walked)
   * to reach it, so a page number is not allowed to cost more than this many rows. Deeper lists are
   * narrowed with filters, or exported.
   */
  public static final int MAX_DEPTH = ApiPage.MAX_DEPTH;

  /** The orders a list can be sorted in. */
  public enum Sort {
    RECENT,
    TITLE,
    UNIT,
    YEAR;

    public static Sort parse(String value) {
      if (value == null || value.isBlank()) {
        return RECENT;
      }
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        return RECENT;
      }
    }
  }

  public ModelFilter {
    sort = sort == null ? Sort.RECENT : sort;
    page = Math.max(page, 0);
    size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    if (year != null && (year < MovementYear.FIRST || year > MovementYear.LAST)) {
      throw new InvalidInputException(List.of(new Violation("year", "validation.year")));
    }
    ApiPage.checkDepth(page, size);
    q = q == null || q.isBlank() ? null : q.trim();
    under = under == null || under.isBlank() ? null : under.trim().toUpperCase(Locale.ROOT);
    field = field == null || field.isBlank() ? null : field;
    movement = movement == null || movement.isBlank() ? null : movement;
  }

  public static ModelFilter all() {
    return new ModelFilter(null, null, null, null, null, null, null, null, Sort.RECENT, 0, 20);
  }

  public ModelFilter withPage(int newPage, int newSize) {
    return new ModelFilter(
        q, year, under, field, movement, ownerKind, state, kind, sort, newPage, newSize);
  }
}

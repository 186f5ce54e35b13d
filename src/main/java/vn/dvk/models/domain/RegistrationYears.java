package vn.dvk.models.domain;

import java.time.LocalDate;
import vn.dvk.shared.BusinessRuleException;

/** The years a model may be registered for: from 2000 to the year after the current one. */
public final class RegistrationYears {

  static final int FIRST = 2000;

  private RegistrationYears() {}

  public static void check(int year, LocalDate today) {
    var last = today.getYear() + 1;
    if (year < FIRST || year > last) {
      throw new BusinessRuleException(
          "models.error.year", String.valueOf(year), String.valueOf(last));
    }
  }
}

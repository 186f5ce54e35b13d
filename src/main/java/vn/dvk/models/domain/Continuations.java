package vn.dvk.models.domain;

import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.dvk.models.RegistrationView;
import vn.dvk.shared.BusinessRuleException;

/**
 * When a model may be continued into a year: only from its latest registration, once that was
 * approved, into a later year that may be registered at all. The form, the API and the import ask
 * the same rule.
 */
public final class Continuations {

  private Continuations() {}

  /** Refuses (422) continuing a model whose latest registration is {@code latest} into the year. */
  public static void check(RegistrationView latest, int year, LocalDate today) {
    if (year <= latest.year()) {
      throw new BusinessRuleException("models.error.continue-year", String.valueOf(latest.year()));
    }
    if (!latest.state().isRegistered()) {
      throw new BusinessRuleException(
          "models.error.continue-state",
          new DefaultMessageSourceResolvable("models.state." + latest.state().name()));
    }
    RegistrationYears.check(year, today);
  }
}

package vn.dvk.models;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A model as it stands, with every year's registration. */
public record ModelView(
    long id,
    int version,
    ModelDetails details,
    List<RegistrationView> registrations,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt) {

  public Optional<RegistrationView> latestRegistration() {
    return registrations.stream().max(Comparator.comparingInt(RegistrationView::year));
  }

  public Optional<RegistrationView> registration(int year) {
    return registrations.stream().filter(r -> r.year() == year).findFirst();
  }

  /**
   * The unit may change what the model says while its latest registration is a draft or returned.
   */
  public boolean isEditable() {
    return latestRegistration().map(r -> r.state().isEditable()).orElse(true);
  }

  public String unitCode() {
    return details.unitCode();
  }

  public String title() {
    return details.title();
  }
}

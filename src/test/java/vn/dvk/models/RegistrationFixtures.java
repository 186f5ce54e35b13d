package vn.dvk.models;

import org.springframework.stereotype.Component;
import vn.dvk.support.Acting;

/** Models registered for tests by a given user, left as drafts or sent up, and their states. */
@Component
class RegistrationFixtures {

  private final MobilizationModels models;
  private final Registrations registrations;
  private final Acting acting;

  RegistrationFixtures(MobilizationModels models, Registrations registrations, Acting acting) {
    this.models = models;
    this.registrations = registrations;
    this.acting = acting;
  }

  /** A collective model of the unit, registered for the year and, if asked, sent up. */
  ModelView model(String user, String unit, String title, int year, boolean submit) {
    var model = acting.as(user, () -> models.create(Models.collective(title, unit), year));
    if (submit) {
      acting.run(user, () -> registrations.act(model.id(), year, RegistrationAction.SUBMIT, null));
    }
    return model;
  }

  /** The id of the model's registration for the year. */
  static long id(ModelView model, int year) {
    return model.registration(year).orElseThrow().id();
  }

  /** The state of the model's registration for the year, as it stands now. */
  RegistrationState state(ModelView model, int year) {
    return acting
        .as("leader", () -> models.get(model.id()))
        .registration(year)
        .orElseThrow()
        .state();
  }
}

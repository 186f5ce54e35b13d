package vn.dvk.models;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.models.domain.Continuations;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.models.domain.ModelRepository;
import vn.dvk.models.domain.RecordedDates;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.models.domain.RegistrationWorkflow;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;

/**
 * A model's yearly registrations: taken through the process (submit, approve, return, start,
 * withdraw) by the unit and its superiors as {@link RegistrationWorkflow} allows, and continued
 * into a later year. Every move is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

  private final MobilizationModels models;
  private final ModelRepository modelRows;
  private final RegistrationRepository registrations;
  private final ModelAccess access;
  private final ModelAudit audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Registrations(
      MobilizationModels models,
      ModelRepository modelRows,
      RegistrationRepository registrations,
      ModelAccess access,
      ModelAudit audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.models = models;
    this.modelRows = modelRows;
    this.registrations = registrations;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Takes a registration one step through the process (submit, approve, return, start, withdraw).
   */
  @Transactional
  public ModelView act(long id, int year, RegistrationAction action, String reason) {
    return act(id, year, action, reason, null);
  }

  /**
   * The same, for a year that is over entered after the fact: {@code recordedOn} is the day it
   * happened on paper (none: now), which coverage then counts ({@link RecordedDates}).
   */
  @Transactional
  public ModelView act(
      long id, int year, RegistrationAction action, String reason, LocalDate recordedOn) {
    var user = access.reader();
    var model = models.get(id);
    var registration =
        model
            .registration(year)
            .orElseThrow(
                () -> new NotFoundException("models.error.no-registration", String.valueOf(year)));
    var cleanReason = reason == null || reason.isBlank() ? null : reason.trim();
    RegistrationWorkflow.check(action, registration, actor(user, model), cleanReason);
    var at = RecordedDates.of(recordedOn, year, clock.instant());
    var moved =
        registrations.transition(
            registration,
            action.target(),
            cleanReason,
            user.username(),
            at,
            action == RegistrationAction.SUBMIT);
    if (!moved) {
      throw new ModelChangedException(id);
    }
    modelRows.touch(id, user.username(), clock.instant());
    var after = models.load(id);
    var note = recordedOn == null ? cleanReason : join(cleanReason, "recorded on " + recordedOn);
    recordMove(user, after, "REGISTRATION_" + action.name(), registration, action.target(), note);
    events.publishEvent(new RegistrationMoved(id, year, action.target()));
    return after;
  }

  /** For each year's registration, the actions the current user may take on it now. */
  public Map<Integer, List<RegistrationAction>> allowedActions(ModelView model) {
    var actor = actor(access.reader(), model);
    var allowed = new LinkedHashMap<Integer, List<RegistrationAction>>();
    for (var registration : model.registrations()) {
      var actions = new ArrayList<RegistrationAction>();
      for (var action : RegistrationAction.values()) {
        try {
          RegistrationWorkflow.check(action, registration, actor, "—");
          actions.add(action);
        } catch (LocalizedException refused) {
          // not available to this user in this state
        }
      }
      allowed.put(registration.year(), actions);
    }
    return allowed;
  }

  /**
   * Registers a model again for a later year, continued from its standing: a draft of the unit that
   * goes through the same process as a new one.
   */
  @Transactional
  public ModelView continueIn(long id, int year) {
    var user = access.editor();
    var model = models.get(id);
    var latest = model.latestRegistration().orElseThrow();
    Continuations.check(latest, year, LocalDate.now(clock));
    registrations.insert(id, year, RegistrationKind.CONTINUED, model.unitCode(), model.title());
    modelRows.touch(id, user.username(), clock.instant());
    var after = models.load(id);
    audit.record(
        user,
        "REGISTRATION_CONTINUED",
        after,
        latest.year() + " → " + year,
        null,
        Map.of("year", year, "kind", RegistrationKind.CONTINUED.name()));
    return after;
  }

  /** Moves a registered model's registration to “in progress” once its work is reported on. */
  void markInProgress(CurrentUser user, ModelView model) {
    var latest = model.latestRegistration().orElseThrow();
    if (latest.state() == RegistrationState.REGISTERED
        && registrations.transition(
            latest, RegistrationState.IN_PROGRESS, null, user.username(), clock.instant(), false)) {
      recordMove(user, model, "REGISTRATION_START", latest, RegistrationState.IN_PROGRESS, null);
    }
  }

  private static String join(String reason, String note) {
    return reason == null ? note : reason + "; " + note;
  }

  private RegistrationWorkflow.Actor actor(CurrentUser user, ModelView model) {
    return new RegistrationWorkflow.Actor(
        user.username(),
        user.can(Permission.MODELS_EDIT),
        user.can(Permission.MODELS_APPROVE),
        access.isAbove(user, model.unitCode()),
        access.isRootHome(user, model.unitCode()));
  }

  /** Records a registration's move in the audit log, with its reason if it has one. */
  private void recordMove(
      CurrentUser user,
      ModelView model,
      String action,
      RegistrationView from,
      RegistrationState to,
      String reason) {
    var year = from.year();
    audit.record(
        user,
        action,
        model,
        year + ": " + from.state() + " → " + to + (reason == null ? "" : " — " + reason),
        Map.of("year", year, "state", from.state().name()),
        Map.of("year", year, "state", to.name()));
  }
}

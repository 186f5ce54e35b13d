package vn.dvk.models;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.models.domain.DetailsNormalizer;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.models.domain.ModelReferences;
import vn.dvk.models.domain.ModelRepository;
import vn.dvk.models.domain.ModelValidator;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.models.domain.RegistrationYears;
import vn.dvk.models.domain.SearchText;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.UnitSearchNames;

/**
 * A model and what it says: read within the signed-in user's scope (or, for modules with read rules
 * of their own, outside it), registered and changed by its unit. Every change is recorded in the
 * audit log in the same transaction. Its yearly registrations move through {@link Registrations};
 * lists of them come from {@link ModelLists}.
 */
@Service
@Transactional(readOnly = true)
public class MobilizationModels {

  private final ModelRepository models;
  private final RegistrationRepository registrations;
  private final UnitSearchNames searchNames;
  private final ModelAccess access;
  private final ModelReferences references;
  private final ModelAudit audit;
  private final Clock clock;

  MobilizationModels(
      ModelRepository models,
      RegistrationRepository registrations,
      UnitSearchNames searchNames,
      ModelAccess access,
      ModelReferences references,
      ModelAudit audit,
      Clock clock) {
    this.models = models;
    this.registrations = registrations;
    this.searchNames = searchNames;
    this.access = access;
    this.references = references;
    this.audit = audit;
    this.clock = clock;
  }

  /** The model, if the current user may read it; otherwise 404, as if it did not exist. */
  public ModelView get(long id) {
    var user = access.reader();
    var model = load(id);
    if (!access.covers(user, model.unitCode())) {
      throw new NotFoundException("models.error.not-found", String.valueOf(id));
    }
    return model;
  }

  /**
   * What other modules show of some models, without reading them as the current user: for modules
   * with access rules of their own (a council member judges models outside their scope).
   */
  public Map<Long, ModelSummary> summaries(Collection<Long> ids) {
    return models.summaries(ids);
  }

  /**
   * A model whatever the current user's scope, for modules whose read rules are their own: a
   * recognized model is disseminated, so its copies and its public version are read by units (and
   * people) outside its owner's subtree.
   */
  public ModelView disseminated(long id) {
    return load(id);
  }

  /**
   * The model a registration belongs to, if the current user may read it; otherwise 404, as if it
   * did not exist: for modules that name a model by one of its years.
   */
  public ModelView ofRegistration(long registrationId) {
    return get(
        registrations
            .modelOf(registrationId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "models.error.registration-not-found", String.valueOf(registrationId))));
  }

  public boolean exists(long id) {
    return models.find(id).isPresent();
  }

  /**
   * Holds these models' rows until the caller's transaction ends (in the order of their ids, so
   * that two callers never wait for each other in a cycle): for another module whose change on
   * several models must not interleave with another's, such as two replication links that could
   * together close a cycle.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void holdUntilCommit(Collection<Long> ids) {
    models.lock(ids);
  }

  /**
   * What is wrong with a model's content for the current user (an empty list when nothing is),
   * without saving anything: for forms and imports that report every error at once.
   */
  public List<InvalidInputException.Violation> violations(ModelDetails details) {
    return checker().violations(details);
  }

  /**
   * Checks many models' content for the current user (an import), remembering what it looked up.
   */
  public interface Checker {
    List<InvalidInputException.Violation> violations(ModelDetails details);
  }

  public Checker checker() {
    var remembered = references.remembered(access.editor());
    return details -> ModelValidator.violations(DetailsNormalizer.normalize(details), remembered);
  }

  /** Registers a new model for a year: a draft of the unit, not yet sent anywhere. */
  @Transactional
  public ModelView create(ModelDetails details, int year) {
    var user = access.editor();
    var normalized = DetailsNormalizer.normalize(details);
    ModelValidator.validate(normalized, references.of(user));
    var created = load(insert(user, normalized, year, searchText(normalized)));
    audit.record(
        user, "MODEL_CREATED", created, year + ": " + created.title(), null, created.details());
    return created;
  }

  /**
   * Changes what a model says. {@code version} is the one the editor read: if the model changed
   * since, nothing is written and a conflict is reported, so that nothing is lost silently.
   */
  @Transactional
  public ModelView update(long id, int version, ModelDetails details) {
    var user = access.editor();
    var before = get(id);
    if (!before.isEditable()) {
      throw new ConflictException(
          "models.error.not-editable",
          new DefaultMessageSourceResolvable(
              "models.state." + before.latestRegistration().orElseThrow().state().name()));
    }
    var normalized = DetailsNormalizer.normalize(details);
    ModelValidator.validate(normalized, references.of(user));
    if (!models.update(
        id, version, normalized, searchText(normalized), user.username(), clock.instant())) {
      throw new ModelChangedException(id);
    }
    registrations.reclaim(id, normalized.unitCode(), normalized.title());
    var after = load(id);
    audit.record(user, "MODEL_UPDATED", after, after.title(), before.details(), after.details());
    return after;
  }

  /**
   * Saves a new model (its details already normalized and checked) and its registration for the
   * year, as a draft; returns its id.
   */
  long insert(CurrentUser user, ModelDetails normalized, int year, String searchText) {
    RegistrationYears.check(year, LocalDate.now(clock));
    var id = models.insert(normalized, searchText, user.username(), clock.instant());
    registrations.insert(id, year, RegistrationKind.NEW, normalized.unitCode(), normalized.title());
    return id;
  }

  /** The model with every year's registration, whoever reads it (callers check the scope). */
  ModelView load(long id) {
    var stored =
        models
            .find(id)
            .orElseThrow(() -> new NotFoundException("models.error.not-found", String.valueOf(id)));
    return new ModelView(
        stored.id(),
        stored.version(),
        stored.details(),
        registrations.ofModel(id),
        stored.createdBy(),
        stored.createdAt(),
        stored.updatedBy(),
        stored.updatedAt());
  }

  /** Title, description and every name of the unit and its superiors, folded for search. */
  private String searchText(ModelDetails details) {
    return SearchText.of(details, searchNames.of(details.unitCode()));
  }
}

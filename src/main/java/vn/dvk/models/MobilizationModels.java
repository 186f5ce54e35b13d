package vn.dvk.models;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.domain.ListScope;
import vn.dvk.models.domain.ModelRepository;
import vn.dvk.models.domain.ModelSearch;
import vn.dvk.models.domain.ModelValidator;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.models.domain.RegistrationWorkflow;
import vn.dvk.models.domain.SearchText;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.UnitSearchNames;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * Registering models and moving their yearly registrations through the process, for the signed-in
 * user and within their scope. Every change is recorded in the audit log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class MobilizationModels {

  static final String SUBJECT = "MODEL";

  private final ModelRepository models;
  private final RegistrationRepository registrations;
  private final ModelSearch search;
  private final Scope scope;
  private final Units units;
  private final UnitSearchNames searchNames;
  private final ReferenceLists references;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MobilizationModels(
      ModelRepository models,
      RegistrationRepository registrations,
      ModelSearch search,
      Scope scope,
      Units units,
      UnitSearchNames searchNames,
      ReferenceLists references,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.models = models;
    this.registrations = registrations;
    this.search = search;
    this.scope = scope;
    this.units = units;
    this.searchNames = searchNames;
    this.references = references;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The model, if the current user may read it; otherwise 404, as if it did not exist. */
  public ModelView get(long id) {
    var user = reader();
    var model = load(id);
    if (!scope.covers(user.unitCode(), model.unitCode(), units.today())) {
      throw new NotFoundException("models.error.not-found", String.valueOf(id));
    }
    return model;
  }

  /**
   * What other modules show of some models, without reading them as the current user: for modules
   * with access rules of their own (a council member judges models outside their scope).
   */
  public Map<Long, ModelSummary> summaries(java.util.Collection<Long> ids) {
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

  public boolean exists(long id) {
    return models.find(id).isPresent();
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
    var given = references(editor());
    var remembered =
        new ModelValidator.References(
            memoized(given.unitAllowed()),
            memoized(given.activeField()),
            memoized(given.activeMovement()),
            memoized(given.activeIndicator()));
    return details -> ModelValidator.violations(normalize(details), remembered);
  }

  private static Predicate<String> memoized(Predicate<String> predicate) {
    var answers = new HashMap<String, Boolean>();
    return value -> answers.computeIfAbsent(value, predicate::test);
  }

  /** Registers a new model for a year: a draft of the unit, not yet sent anywhere. */
  @Transactional
  public ModelView create(ModelDetails details, int year) {
    var user = editor();
    var normalized = normalize(details);
    ModelValidator.validate(normalized, references(user));
    checkYear(year);
    var id = models.insert(normalized, searchText(normalized), user.username(), clock.instant());
    registrations.insert(id, year, RegistrationKind.NEW, normalized.unitCode(), normalized.title());
    var created = load(id);
    record(user, "MODEL_CREATED", created, year + ": " + created.title(), null, snapshot(created));
    return created;
  }

  /**
   * Changes what a model says. {@code version} is the one the editor read: if the model changed
   * since, nothing is written and a conflict is reported, so that nothing is lost silently.
   */
  @Transactional
  public ModelView update(long id, int version, ModelDetails details) {
    var user = editor();
    var before = get(id);
    if (!before.isEditable()) {
      throw new ConflictException(
          "models.error.not-editable",
          new DefaultMessageSourceResolvable(
              "models.state." + before.latestRegistration().orElseThrow().state().name()));
    }
    var normalized = normalize(details);
    ModelValidator.validate(normalized, references(user));
    if (!models.update(
        id, version, normalized, searchText(normalized), user.username(), clock.instant())) {
      throw new ModelChangedException(id);
    }
    registrations.reclaim(id, normalized.unitCode(), normalized.title());
    var after = load(id);
    record(user, "MODEL_UPDATED", after, after.title(), snapshot(before), snapshot(after));
    return after;
  }

  /**
   * Takes a registration one step through the process (submit, approve, return, start, withdraw).
   */
  @Transactional
  public ModelView act(long id, int year, RegistrationAction action, String reason) {
    var user = reader();
    var model = get(id);
    var registration =
        model
            .registration(year)
            .orElseThrow(
                () -> new NotFoundException("models.error.no-registration", String.valueOf(year)));
    var actor =
        new RegistrationWorkflow.Actor(
            user.username(),
            user.can(Permission.MODELS_EDIT),
            user.can(Permission.MODELS_APPROVE),
            isStrictlyAbove(user.unitCode(), model.unitCode()));
    var cleanReason = reason == null || reason.isBlank() ? null : reason.trim();
    RegistrationWorkflow.check(action, registration, actor, cleanReason);
    var moved =
        registrations.transition(
            registration,
            action.target(),
            cleanReason,
            user.username(),
            clock.instant(),
            action == RegistrationAction.SUBMIT);
    if (!moved) {
      throw new ModelChangedException(id);
    }
    models.touch(id, user.username(), clock.instant());
    var after = load(id);
    record(
        user,
        "REGISTRATION_" + action.name(),
        after,
        year
            + ": "
            + registration.state()
            + " → "
            + action.target()
            + (cleanReason == null ? "" : " — " + cleanReason),
        Map.of("year", year, "state", registration.state().name()),
        Map.of("year", year, "state", action.target().name()));
    events.publishEvent(new RegistrationMoved(id, year, action.target()));
    return after;
  }

  /** A model to register for a year, already checked. */
  record NewRegistration(ModelDetails details, int year) {}

  /**
   * Registers many checked models at once (an import), inside the caller's transaction; reports how
   * many are done as it goes.
   */
  void createAll(List<NewRegistration> rows, IntConsumer progress) {
    var user = editor();
    var chains = new HashMap<String, List<String>>();
    int done = 0;
    for (var row : rows) {
      var normalized = normalize(row.details());
      checkYear(row.year());
      var chain = chains.computeIfAbsent(normalized.unitCode(), searchNames::of);
      var id =
          models.insert(
              normalized, SearchText.of(normalized, chain), user.username(), clock.instant());
      registrations.insert(
          id, row.year(), RegistrationKind.NEW, normalized.unitCode(), normalized.title());
      audit.record(
          user.did(
              "MODEL_IMPORTED",
              SUBJECT,
              String.valueOf(id),
              normalized.unitCode(),
              row.year() + ": " + normalized.title(),
              null,
              normalized));
      progress.accept(++done);
    }
  }

  /** Whether the unit already registered a model of this title (folded) for the year. */
  public boolean isRegistered(String title, String unitCode, int year) {
    return registrations.claimed(unitCode.trim().toUpperCase(Locale.ROOT), title, year);
  }

  /** For each year's registration, the actions the current user may take on it now. */
  public Map<Integer, List<RegistrationAction>> allowedActions(ModelView model) {
    var user = reader();
    var actor =
        new RegistrationWorkflow.Actor(
            user.username(),
            user.can(Permission.MODELS_EDIT),
            user.can(Permission.MODELS_APPROVE),
            isStrictlyAbove(user.unitCode(), model.unitCode()));
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
    var user = editor();
    var model = get(id);
    var latest = model.latestRegistration().orElseThrow();
    if (year <= latest.year()) {
      throw new BusinessRuleException("models.error.continue-year", String.valueOf(latest.year()));
    }
    if (!latest.state().isRegistered()) {
      throw new BusinessRuleException(
          "models.error.continue-state",
          new DefaultMessageSourceResolvable("models.state." + latest.state().name()));
    }
    checkYear(year);
    registrations.insert(id, year, RegistrationKind.CONTINUED, model.unitCode(), model.title());
    models.touch(id, user.username(), clock.instant());
    var after = load(id);
    record(
        user,
        "REGISTRATION_CONTINUED",
        after,
        latest.year() + " → " + year,
        null,
        Map.of("year", year, "kind", RegistrationKind.CONTINUED.name()));
    return after;
  }

  /** A filtered, searched page of the registrations the current user may see. */
  public ModelPage find(ModelFilter filter) {
    var user = reader();
    var listScope = listScope(user, filter);
    var found = search.page(filter, listScope, ModelPage.COUNT_LIMIT);
    return new ModelPage(withUnitNames(found.rows()), found.total(), filter.page(), filter.size());
  }

  /**
   * Every registration of a filtered list (all pages), one at a time, for a spreadsheet: memory
   * stays flat whatever the size of the list.
   */
  public void export(ModelFilter filter, Consumer<ModelExportRow> sink) {
    var user = reader();
    search.export(filter, listScope(user, filter), sink);
  }

  /** What the signed-in user's unit has to decide: registrations sent up by units below it. */
  public List<ModelRow> awaitingDecision(Integer year) {
    var user = reader();
    if (!user.can(Permission.MODELS_APPROVE)) {
      return List.of();
    }
    var filter =
        new ModelFilter(
            null,
            year,
            null,
            null,
            null,
            null,
            RegistrationState.SUBMITTED,
            null,
            ModelFilter.Sort.UNIT,
            0,
            ModelFilter.MAX_PAGE_SIZE);
    return find(filter).rows().stream()
        .filter(row -> !row.unitCode().equals(user.unitCode()))
        .toList();
  }

  /**
   * The years a list spans and, for each, the units the user may list under {@code filter.under()}
   * with the tree as it stood that year; a user at the one root of every year's tree lists every
   * unit, without the subtrees being read at all.
   */
  private ListScope listScope(CurrentUser user, ModelFilter filter) {
    var root = user.unitCode();
    if (filter.under() != null) {
      if (!scope.covers(user.unitCode(), filter.under(), units.today())) {
        throw new NotFoundException("units.error.not-found", filter.under());
      }
      root = filter.under();
    }
    var years = new ArrayList<Integer>();
    if (filter.year() != null) {
      years.add(filter.year());
    } else {
      var range = search.yearRange();
      for (int year = range[0]; year <= range[1] && range[0] > 0; year++) {
        years.add(year);
      }
    }
    var asOf = new LinkedHashMap<Integer, LocalDate>();
    for (var year : years) {
      asOf.put(year, units.asOfYear(year));
    }
    var dates = new TreeSet<>(asOf.values());
    if (!dates.isEmpty() && units.sameTree(dates.first(), dates.last())) {
      // No reorganization in between: the tree of one year is the tree of every year.
      asOf.replaceAll((year, date) -> dates.last());
    }
    var from = root;
    if (new HashSet<>(asOf.values()).stream().allMatch(date -> units.isWholeTree(from, date))) {
      return ListScope.everyUnit(asOf.keySet());
    }
    var trees = new HashMap<LocalDate, Set<String>>();
    var result = new LinkedHashMap<Integer, Set<String>>();
    asOf.forEach(
        (year, date) ->
            result.put(year, trees.computeIfAbsent(date, on -> unitsUnder(user, from, on))));
    return ListScope.of(result);
  }

  private Set<String> unitsUnder(CurrentUser user, String root, LocalDate asOf) {
    var codes = units.subtree(root, asOf).stream().map(UnitView::code).collect(Collectors.toSet());
    if (!root.equals(user.unitCode()) && !units.isUnder(root, user.unitCode(), asOf)) {
      // The unit asked for stood elsewhere that year: keep only what was the user's.
      codes.retainAll(units.subtree(user.unitCode(), asOf).stream().map(UnitView::code).toList());
    }
    return codes;
  }

  private List<ModelRow> withUnitNames(List<ModelRow> rows) {
    var codes = new HashSet<String>();
    rows.forEach(row -> codes.add(row.unitCode()));
    var names = units.versionsOn(codes, units.today());
    return rows.stream()
        .map(
            row ->
                new ModelRow(
                    row.modelId(),
                    row.registrationId(),
                    row.title(),
                    row.unitCode(),
                    names.containsKey(row.unitCode())
                        ? names.get(row.unitCode()).name()
                        : row.unitCode(),
                    row.ownerKind(),
                    row.personName(),
                    row.fieldCode(),
                    row.year(),
                    row.kind(),
                    row.state()))
        .toList();
  }

  private ModelView load(long id) {
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

  /** The current user, if their role may edit models (for this module's other services). */
  CurrentUser editingUser() {
    return editor();
  }

  /** The current user, if their role may read models. */
  CurrentUser readingUser() {
    return reader();
  }

  /** Whether the user's home unit lies strictly above the unit. */
  boolean isAbove(CurrentUser user, String unitCode) {
    return isStrictlyAbove(user.unitCode(), unitCode);
  }

  /** Records a change of a model (or of one of its parts) in the audit log. */
  void recordChange(
      CurrentUser user,
      String action,
      ModelView model,
      String summary,
      Object before,
      Object after) {
    record(user, action, model, summary, before, after);
  }

  /** Moves a registered model's registration to “in progress” once its work is reported on. */
  void markInProgress(CurrentUser user, ModelView model) {
    var latest = model.latestRegistration().orElseThrow();
    if (latest.state() == RegistrationState.REGISTERED
        && registrations.transition(
            latest, RegistrationState.IN_PROGRESS, null, user.username(), clock.instant(), false)) {
      record(
          user,
          "REGISTRATION_START",
          model,
          latest.year() + ": " + latest.state() + " → " + RegistrationState.IN_PROGRESS,
          Map.of("year", latest.year(), "state", latest.state().name()),
          Map.of("year", latest.year(), "state", RegistrationState.IN_PROGRESS.name()));
    }
  }

  private CurrentUser reader() {
    var user = scope.requireUser();
    if (!user.can(Permission.MODELS_READ)) {
      throw new ForbiddenException("models.error.no-access");
    }
    return user;
  }

  private CurrentUser editor() {
    var user = reader();
    if (!user.can(Permission.MODELS_EDIT)) {
      throw new ForbiddenException("models.error.owner-only");
    }
    return user;
  }

  private boolean isStrictlyAbove(String home, String unit) {
    return !home.equals(unit) && scope.covers(home, unit, units.today());
  }

  private ModelValidator.References references(CurrentUser user) {
    return new ModelValidator.References(
        unit ->
            units.find(unit, units.today()).isPresent()
                && scope.covers(user.unitCode(), unit, units.today()),
        code -> references.isActive(ReferenceList.FIELD, code),
        code -> references.isActive(ReferenceList.MOVEMENT, code),
        code -> references.isActive(ReferenceList.INDICATOR, code));
  }

  private void checkYear(int year) {
    var current = LocalDate.now(clock).getYear();
    if (year < 2000 || year > current + 1) {
      throw new BusinessRuleException(
          "models.error.year", String.valueOf(year), String.valueOf(current + 1));
    }
  }

  /** Title, description and every name of the unit and its superiors, folded for search. */
  private String searchText(ModelDetails details) {
    return SearchText.of(details, searchNames.of(details.unitCode()));
  }

  private static ModelDetails normalize(ModelDetails d) {
    return new ModelDetails(
        trim(d.title()),
        d.ownerKind(),
        d.unitCode() == null ? null : d.unitCode().trim().toUpperCase(Locale.ROOT),
        d.ownerKind() == OwnerKind.INDIVIDUAL ? trim(d.personName()) : null,
        d.ownerKind() == OwnerKind.INDIVIDUAL ? trim(d.personPosition()) : null,
        trim(d.fieldCode()),
        d.movementCodes().stream().distinct().sorted().toList(),
        trim(d.situation()),
        trim(d.objectives()),
        trim(d.evaluationCriteria()),
        trim(d.contentMethod()),
        trim(d.area()),
        trim(d.beneficiaries()),
        d.targetGroups(),
        trim(d.forces()),
        trim(d.resources()),
        d.fundsVnd(),
        d.contributionVnd(),
        d.workingDays(),
        d.startDate(),
        d.evaluationDate(),
        trim(d.milestones()),
        trim(d.sustainability()),
        d.targets());
  }

  private static String trim(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Normalizer.normalize(value.trim(), Normalizer.Form.NFC);
  }

  private void record(
      CurrentUser user,
      String action,
      ModelView model,
      String summary,
      Object before,
      Object after) {
    audit.record(
        user.did(
            action, SUBJECT, String.valueOf(model.id()), model.unitCode(), summary, before, after));
  }

  /** What the audit log keeps of a model: its details (registrations are recorded as they move). */
  private static ModelDetails snapshot(ModelView model) {
    return model.details();
  }
}

package vn.dvk.replication;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.IndicatorProgress;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.ModelView;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.ProgressReports;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.RegistrationView;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.replication.domain.Lineage;
import vn.dvk.replication.domain.SourceRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.TextFolding;
import vn.dvk.units.Level;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * Learning from recognized models: starting a copy in one's own unit, linking a model already
 * registered to the model it learned from, and reading where a model spread. A recognized model is
 * disseminated, so its lineage is read by any signed-in user; other models only within scope.
 */
@Service
@Transactional(readOnly = true)
public class Replications {

  static final String SUBJECT = "MODEL";

  private final SourceRepository links;
  private final MobilizationModels models;
  private final ProgressReports progress;
  private final Recognitions recognitions;
  private final Scope scope;
  private final Units units;
  private final AuditLog audit;
  private final Clock clock;

  Replications(
      SourceRepository links,
      MobilizationModels models,
      ProgressReports progress,
      Recognitions recognitions,
      Scope scope,
      Units units,
      AuditLog audit,
      Clock clock) {
    this.links = links;
    this.models = models;
    this.progress = progress;
    this.recognitions = recognitions;
    this.scope = scope;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The model a copy was learned from, and when that was recorded. Like a node of a lineage, a
   * source the reader may not read and that is not recognized shows no title; no user is named.
   */
  public record Source(long sourceId, String title, String unitCode, int year, Instant linkedAt) {}

  /**
   * One model of a lineage tree: where it is, how far from the root, how its latest registration
   * stands, the highest level it is recognized at, and how many of its targets it has reached. A
   * copy the reader may not read and that is not recognized shows no title (nor any other detail of
   * its record: no reasons, no user names).
   */
  public record Node(
      long modelId,
      Long sourceId,
      int depth,
      String title,
      String unitCode,
      String unitName,
      String districtName,
      Integer year,
      RegistrationState state,
      Level recognizedLevel,
      int indicators,
      int targetsReached,
      boolean readable) {

    /** Whether the copy's registration of its latest year was approved (counted as a copy). */
    public boolean isApproved() {
      return state != null && state.isRegistered();
    }
  }

  /** A model, every copy below it (depth first), and the copies counted by district-level unit. */
  public record Tree(Node root, List<Node> copies, Map<String, Integer> byDistrict) {

    public int depth() {
      return copies.stream().mapToInt(Node::depth).max().orElse(0);
    }
  }

  /** A recognized model the user's province may learn from, with how often it was copied. */
  public record Candidate(
      long modelId,
      String title,
      String unitCode,
      String unitName,
      Level level,
      int year,
      String fieldCode,
      int copies) {}

  /**
   * Starts a model in {@code unitCode} (the user's unit when blank) learned from a recognized
   * model: a draft for the year, prefilled with what the source does and aims at, linked to it. The
   * place, people, money and dates are the learner's own and are left for them to fill in.
   */
  @Transactional
  public ModelView learn(long sourceId, String unitCode, int year) {
    var user = scope.requireUser();
    var source = requireRecognized(sourceId);
    var unit = unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode.trim();
    if (unit.equalsIgnoreCase(source.unitCode())) {
      throw new BusinessRuleException("replication.error.own-model");
    }
    var copy = models.create(prefilled(source.details(), unit), year);
    links.insert(copy.id(), sourceId, year, user.username(), clock.instant());
    record(user, "MODEL_LEARNED", copy, source);
    return copy;
  }

  /**
   * Records that a model already registered was learned from a recognized one. A model has one
   * source, and no model may learn from itself through any chain of copies.
   */
  @Transactional
  public Source link(long modelId, long sourceId) {
    var user = scope.requireUser();
    var copy = models.get(modelId);
    scope.requireAllowed(Permission.MODELS_EDIT, copy.unitCode());
    var source = requireRecognized(sourceId);
    links.lock(modelId, sourceId);
    if (links.of(modelId).isPresent()) {
      throw new ConflictException("replication.error.has-source", String.valueOf(modelId));
    }
    if (Lineage.wouldCycle(modelId, sourceId, links::sourceOf)) {
      throw new BusinessRuleException("replication.error.cycle", copy.title(), source.title());
    }
    var year = copy.registrations().stream().mapToInt(RegistrationView::year).min().orElseThrow();
    try {
      links.insert(modelId, sourceId, year, user.username(), clock.instant());
    } catch (DuplicateKeyException raced) {
      throw new ConflictException("replication.error.has-source", String.valueOf(modelId));
    }
    record(user, "MODEL_LEARNED", copy, source);
    return sourceOf(modelId).orElseThrow();
  }

  /** Removes a wrongly recorded source; the model itself stays as it is. */
  @Transactional
  public void unlink(long modelId) {
    var user = scope.requireUser();
    var copy = models.get(modelId);
    scope.requireAllowed(Permission.MODELS_EDIT, copy.unitCode());
    var link =
        links
            .of(modelId)
            .orElseThrow(
                () ->
                    new NotFoundException("replication.error.no-source", String.valueOf(modelId)));
    links.delete(modelId);
    var source = models.disseminated(link.source());
    record(user, "MODEL_SOURCE_REMOVED", copy, source, Map.of("sourceId", link.source()), null);
  }

  /** The model a readable model was learned from, if any. */
  public Optional<Source> sourceOf(long modelId) {
    requireReadable(modelId);
    return links
        .of(modelId)
        .map(
            link -> {
              var source = models.disseminated(link.source());
              var shown = scope.canRead(source.unitCode()) || isRecognized(source.id());
              return new Source(
                  source.id(),
                  shown ? source.title() : null,
                  source.unitCode(),
                  link.year(),
                  link.linkedAt());
            });
  }

  /** Where a model spread: its copies, their copies and so on, each with its standing. */
  public Tree lineage(long modelId) {
    requireReadable(modelId);
    return tree(modelId);
  }

  /**
   * Where a model spread, whoever asks: for modules with read rules of their own (the public
   * showcase shows only what was published of it).
   */
  public Tree disseminatedLineage(long modelId) {
    if (!models.exists(modelId)) {
      throw new NotFoundException("models.error.not-found", String.valueOf(modelId));
    }
    return tree(modelId);
  }

  /**
   * How many approved models learned from a model, directly or through others, whoever asks (drafts
   * and withdrawn copies are not places it spread to).
   */
  public int spread(long modelId) {
    return links.approvedBelow(modelId);
  }

  /**
   * The id of the model a model was learned from, whoever asks (see {@link #disseminatedLineage}).
   */
  public Optional<Long> disseminatedSource(long modelId) {
    return links.sourceOf(modelId);
  }

  private Tree tree(long modelId) {
    var placed = Lineage.tree(modelId, links.below(modelId));
    var ids = new ArrayList<Long>();
    ids.add(modelId);
    placed.forEach(p -> ids.add(p.copy()));
    var recognized = recognitions.standing(ids);
    var today = units.today();
    var districts = new LinkedHashMap<String, UnitView>();
    Function<String, UnitView> districtOf =
        code -> districts.computeIfAbsent(code, c -> districtLevel(c, today));
    var root = node(modelId, null, 0, recognized, districtOf);
    var copies = new ArrayList<Node>();
    var byDistrict = new LinkedHashMap<String, Integer>();
    for (var p : placed) {
      var node = node(p.copy(), p.source(), p.depth(), recognized, districtOf);
      copies.add(node);
      byDistrict.merge(node.districtName(), 1, Integer::sum);
    }
    var sorted =
        byDistrict.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    return new Tree(root, copies, sorted);
  }

  /**
   * The recognized models of the user's province (the root of their unit's tree), newest first,
   * narrowed by a year and by words of the title (case and diacritics ignored).
   */
  public List<Candidate> candidates(Integer year, String words) {
    var user = requireReader();
    var today = units.today();
    var chain = units.chain(user.unitCode(), today);
    var root = chain.get(chain.size() - 1).code();
    var tree = units.subtree(root, today);
    var names = tree.stream().collect(Collectors.toMap(UnitView::code, UnitView::shortName));
    var best = new LinkedHashMap<Long, RecognitionView>();
    for (var recognition : recognitions.standingBy(names.keySet(), year)) {
      best.merge(
          recognition.modelId(),
          recognition,
          (a, b) -> b.level().ordinal() > a.level().ordinal() ? b : a);
    }
    var summaries = models.summaries(best.keySet());
    var copies = links.directCopies(best.keySet());
    var folded = words == null ? "" : TextFolding.fold(words).trim();
    var result = new ArrayList<Candidate>();
    for (var recognition : best.values()) {
      var model = summaries.get(recognition.modelId());
      if (model == null || !TextFolding.fold(model.title()).contains(folded)) {
        continue;
      }
      result.add(
          new Candidate(
              model.id(),
              model.title(),
              model.unitCode(),
              names.getOrDefault(model.unitCode(), model.unitCode()),
              recognition.level(),
              recognition.year(),
              model.fieldCode(),
              copies.getOrDefault(model.id(), 0)));
    }
    result.sort(
        Comparator.comparingInt(Candidate::year)
            .reversed()
            .thenComparing(c -> -c.level().ordinal())
            .thenComparing(Candidate::copies, Comparator.reverseOrder()));
    return result;
  }

  /** Whether a model may be learned from: it stands recognized at some level. */
  public boolean isRecognized(long modelId) {
    return recognitions.isStanding(modelId);
  }

  private ModelView requireRecognized(long sourceId) {
    if (!models.exists(sourceId)) {
      throw new NotFoundException("models.error.not-found", String.valueOf(sourceId));
    }
    if (!isRecognized(sourceId)) {
      // Named only to a reader in scope; to anyone else it is as if it did not exist.
      var source = models.get(sourceId);
      throw new BusinessRuleException("replication.error.not-recognized", source.title());
    }
    return models.disseminated(sourceId);
  }

  private void requireReadable(long modelId) {
    requireReader();
    if (!models.exists(modelId)) {
      throw new NotFoundException("models.error.not-found", String.valueOf(modelId));
    }
    if (!isRecognized(modelId)) {
      models.get(modelId);
    }
  }

  /** Lineages and the models to learn from are for those who read models (not council members). */
  private CurrentUser requireReader() {
    var user = scope.requireUser();
    if (!user.can(Permission.MODELS_READ)) {
      throw new ForbiddenException("replication.error.forbidden");
    }
    return user;
  }

  private Node node(
      long id,
      Long sourceId,
      int depth,
      Map<Long, List<RecognitionView>> recognized,
      Function<String, UnitView> districtOf) {
    var model = models.disseminated(id);
    var level =
        recognized.getOrDefault(id, List.of()).stream()
            .map(RecognitionView::level)
            .max(Comparator.naturalOrder())
            .orElse(null);
    var readable = scope.canRead(model.unitCode());
    var shown = readable || level != null;
    var reached = shown ? progress.progressOf(model) : List.<IndicatorProgress>of();
    var unit = units.findOnOrLatest(model.unitCode(), units.today());
    var latest = model.latestRegistration();
    return new Node(
        id,
        sourceId,
        depth,
        shown ? model.title() : null,
        model.unitCode(),
        unit.map(UnitView::shortName).orElse(model.unitCode()),
        districtOf.apply(model.unitCode()).shortName(),
        latest.map(RegistrationView::year).orElse(null),
        latest.map(RegistrationView::state).orElse(null),
        level,
        reached.size(),
        (int) reached.stream().filter(Replications::reached).count(),
        readable);
  }

  private static boolean reached(IndicatorProgress indicator) {
    var percent = indicator.percent();
    return percent != null && percent >= 100;
  }

  /** The district-level unit a unit belongs to (itself when it is at that level or above). */
  private UnitView districtLevel(String code, java.time.LocalDate date) {
    var chain = units.chain(code, date);
    if (chain.isEmpty()) {
      return units.findOnOrLatest(code, date).orElseThrow();
    }
    return chain.stream()
        .filter(unit -> unit.kind().isDistrictLevelPartyCommittee())
        .findFirst()
        .orElse(chain.get(0));
  }

  private static ModelDetails prefilled(ModelDetails source, String unitCode) {
    var targets = new ArrayList<IndicatorTarget>();
    for (var target : source.targets()) {
      targets.add(new IndicatorTarget(target.indicatorCode(), null, target.target()));
    }
    return new ModelDetails(
        source.title(),
        OwnerKind.COLLECTIVE,
        unitCode,
        null,
        null,
        source.fieldCode(),
        source.movementCodes(),
        null,
        source.objectives(),
        source.evaluationCriteria(),
        source.contentMethod(),
        null,
        null,
        new HashSet<>(source.targetGroups()),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        source.sustainability(),
        targets);
  }

  /** A link recorded: the copy is the subject, the source the summary and the state after. */
  private void record(CurrentUser user, String action, ModelView copy, ModelView source) {
    record(
        user,
        action,
        copy,
        source,
        null,
        Map.of("sourceId", source.id(), "sourceUnit", source.unitCode()));
  }

  private void record(
      CurrentUser user,
      String action,
      ModelView copy,
      ModelView source,
      Object before,
      Object after) {
    audit.record(
        user.did(
            action,
            SUBJECT,
            String.valueOf(copy.id()),
            copy.unitCode(),
            source.title(),
            before,
            after));
  }
}

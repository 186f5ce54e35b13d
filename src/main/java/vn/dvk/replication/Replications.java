package vn.dvk.replication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.RegistrationView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.replication.domain.CopyDraft;
import vn.dvk.replication.domain.Lineage;
import vn.dvk.replication.domain.LineageTrees;
import vn.dvk.replication.domain.SourceRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Level;

/**
 * Learning from recognized models: starting a copy in one's own unit, linking a model already
 * registered to the model it learned from, and reading where a model spread (built by {@code
 * LineageTrees}; the models to learn from are {@link ReplicationCandidates}). A recognized model is
 * disseminated, so its lineage is read by any signed-in user; other models only within scope.
 */
@Service
@Transactional(readOnly = true)
public class Replications {

  static final String SUBJECT = "MODEL";

  private final SourceRepository links;
  private final LineageTrees trees;
  private final MobilizationModels models;
  private final Recognitions recognitions;
  private final Scope scope;
  private final AuditLog audit;
  private final Clock clock;

  Replications(
      SourceRepository links,
      LineageTrees trees,
      MobilizationModels models,
      Recognitions recognitions,
      Scope scope,
      AuditLog audit,
      Clock clock) {
    this.links = links;
    this.trees = trees;
    this.models = models;
    this.recognitions = recognitions;
    this.scope = scope;
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
    var copy = models.create(CopyDraft.of(source.details(), unit), year);
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
    // Two links recorded at once must not together close a cycle that neither would alone.
    models.holdUntilCommit(List.of(modelId, sourceId));
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
    return trees.of(modelId);
  }

  /**
   * Where a model spread, whoever asks: for modules with read rules of their own (the public
   * showcase shows only what was published of it).
   */
  public Tree disseminatedLineage(long modelId) {
    if (!models.exists(modelId)) {
      throw new NotFoundException("models.error.not-found", String.valueOf(modelId));
    }
    return trees.of(modelId);
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
    requireReader(scope);
    if (!models.exists(modelId)) {
      throw new NotFoundException("models.error.not-found", String.valueOf(modelId));
    }
    if (!isRecognized(modelId)) {
      models.get(modelId);
    }
  }

  /** Lineages and the models to learn from are for those who read models (not council members). */
  static CurrentUser requireReader(Scope scope) {
    var user = scope.requireUser();
    if (!user.can(Permission.MODELS_READ)) {
      throw new ForbiddenException("replication.error.forbidden");
    }
    return user;
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

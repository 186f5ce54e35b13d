package vn.dvk.showcase;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.AttachmentView;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelAttachments;
import vn.dvk.models.ModelView;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.Recognitions;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.showcase.domain.PublicVersionRules;
import vn.dvk.showcase.domain.PublicationRepository;
import vn.dvk.showcase.domain.PublicationRepository.Draft;

/**
 * Preparing, approving and withdrawing the public versions of recognized models. The unit (or a
 * reviewer) prepares; a reviewer who did not prepare it approves; only then does the public see it.
 */
@Service
@Transactional(readOnly = true)
public class Publications {

  static final String SUBJECT = "MODEL";

  private final PublicationRepository publications;
  private final MobilizationModels models;
  private final ModelAttachments attachments;
  private final Recognitions recognitions;
  private final Scope scope;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Publications(
      PublicationRepository publications,
      MobilizationModels models,
      ModelAttachments attachments,
      Recognitions recognitions,
      Scope scope,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.publications = publications;
    this.models = models;
    this.attachments = attachments;
    this.recognitions = recognitions;
    this.scope = scope;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The model's public version, if one was prepared (the model must be readable). */
  public Optional<PublicationView> of(long modelId) {
    models.get(modelId);
    return publications.find(modelId);
  }

  /** Whether the model stands recognized, so that a public version may be prepared. */
  public boolean mayBePublished(long modelId) {
    return recognitions.isStanding(modelId);
  }

  /**
   * Writes the draft of a model's public version. {@code version} is the one the writer read (null
   * for the first draft); a draft changed since is a conflict, nothing is overwritten.
   */
  @Transactional
  public PublicationView prepare(long modelId, PublicVersion version, Integer readVersion) {
    var user = scope.requireUser();
    var model = models.get(modelId);
    if (!user.can(Permission.MODELS_EDIT) && !user.can(Permission.SHOWCASE_PUBLISH)) {
      throw new ForbiddenException("showcase.error.cannot-prepare");
    }
    requireRecognized(model);
    var draft = validated(model, version);
    var existing = publications.find(modelId);
    var consentBy =
        draft.showPerson()
                && !Objects.equals(
                    draft.consentNote(), existing.map(r -> r.consentNote()).orElse(null))
            ? user.username()
            : null;
    if (existing.isEmpty()) {
      try {
        publications.insert(modelId, draft, consentBy, user.username(), clock.instant());
      } catch (DuplicateKeyException raced) {
        throw new ConflictException("showcase.error.changed");
      }
    } else if (readVersion == null
        || !publications.update(
            modelId, readVersion, draft, consentBy, user.username(), clock.instant())) {
      throw new ConflictException("showcase.error.changed");
    }
    var after = publications.find(modelId).orElseThrow();
    record(user, "SHOWCASE_PREPARED", model, draft.title(), null, Map.of("title", draft.title()));
    return after;
  }

  /**
   * Approves the draft: it becomes what the public sees. Only a reviewer whose scope covers the
   * model, and not the person who wrote the draft.
   */
  @Transactional
  public PublicationView approve(long modelId, int readVersion) {
    var user = reviewer(modelId);
    var model = models.get(modelId);
    requireRecognized(model);
    var row =
        publications
            .find(modelId)
            .orElseThrow(() -> new BusinessRuleException("showcase.error.no-draft"));
    if (user.username().equals(row.preparedBy())) {
      throw new ForbiddenException("showcase.error.own-draft");
    }
    var showPerson =
        row.draftShowPerson()
            && row.consentNote() != null
            && model.details().ownerKind() == OwnerKind.INDIVIDUAL;
    var details = model.details();
    if (!publications.publish(
        modelId,
        readVersion,
        showPerson ? details.personName() : null,
        showPerson ? details.personPosition() : null,
        user.username(),
        clock.instant())) {
      throw new ConflictException("showcase.error.changed");
    }
    events.publishEvent(new ShowcaseChanged(modelId));
    record(
        user,
        "SHOWCASE_PUBLISHED",
        model,
        row.draftTitle(),
        row.publicTitle() == null ? null : Map.of("title", row.publicTitle()),
        Map.of("title", row.draftTitle()));
    return publications.find(modelId).orElseThrow();
  }

  /** Takes a public version down, with the reason; the draft stays. */
  @Transactional
  public PublicationView withdraw(long modelId, int readVersion, String reason) {
    var user = reviewer(modelId);
    var model = models.get(modelId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(List.of(new Violation("reason", "validation.required")));
    }
    var row =
        publications
            .find(modelId)
            .filter(r -> r.publishedAt() != null)
            .orElseThrow(() -> new BusinessRuleException("showcase.error.not-public"));
    if (!publications.withdraw(modelId, readVersion, reason.trim())) {
      throw new ConflictException("showcase.error.changed");
    }
    events.publishEvent(new ShowcaseChanged(modelId));
    record(
        user, "SHOWCASE_WITHDRAWN", model, reason.trim(), Map.of("title", row.publicTitle()), null);
    return publications.find(modelId).orElseThrow();
  }

  /** The images of a model that may be chosen for its public version. */
  public List<AttachmentView> photos(long modelId) {
    return attachments.of(modelId).stream().filter(AttachmentView::isImage).toList();
  }

  private CurrentUser reviewer(long modelId) {
    var user = scope.requireUser();
    var model = models.get(modelId);
    if (!user.can(Permission.SHOWCASE_PUBLISH)) {
      throw new ForbiddenException("showcase.error.reviewer-only");
    }
    scope.requireReadable(model.unitCode());
    return user;
  }

  private void requireRecognized(ModelView model) {
    if (!mayBePublished(model.id())) {
      throw new BusinessRuleException("showcase.error.not-recognized", model.title());
    }
  }

  private Draft validated(ModelView model, PublicVersion version) {
    return PublicVersionRules.check(
        model, version, photos(model.id()).stream().map(AttachmentView::id).toList());
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
}

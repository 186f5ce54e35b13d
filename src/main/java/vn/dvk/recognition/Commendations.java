package vn.dvk.recognition;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.CommendationRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.RequestRules;

/**
 * Commendations of standing recognitions (a certificate of merit, an emulation flag): proposed by
 * the recognizing unit, then awarded with the commending body's decision or declined with a reason,
 * by someone other than who proposed it. The rules are the {@link Commendation} aggregate's.
 */
@Service
@Transactional(readOnly = true)
public class Commendations {

  static final String COMMENDATION = "COMMENDATION";

  private final Recognitions recognitions;
  private final CommendationRepository repository;
  private final MobilizationModels models;
  private final Scope scope;
  private final RecognitionAudit audit;
  private final RequestRules rules;
  private final Clock clock;

  Commendations(
      Recognitions recognitions,
      CommendationRepository repository,
      MobilizationModels models,
      Scope scope,
      RecognitionAudit audit,
      RequestRules rules,
      Clock clock) {
    this.recognitions = recognitions;
    this.repository = repository;
    this.models = models;
    this.scope = scope;
    this.audit = audit;
    this.rules = rules;
    this.clock = clock;
  }

  /** Proposes a standing recognition for a commendation (e.g. a certificate of merit). */
  @Transactional
  public CommendationView propose(long recognitionId, String form) {
    var user = scope.requireUser();
    var recognition = recognitions.recognition(recognitionId);
    recognitions.requireIssuer(user, Permission.COMMENDATIONS_MANAGE, recognition.unitCode());
    var commendation =
        Commendation.propose(
            recognitionId, recognition.modelId(), form, user.username(), clock.instant());
    if (!recognition.isStanding()) {
      throw new BusinessRuleException("recognition.error.not-standing");
    }
    var saved = repository.save(commendation).view();
    audit.record(
        user,
        "COMMENDATION_PROPOSED",
        COMMENDATION,
        saved.id(),
        recognition.unitCode(),
        saved.form(),
        null,
        RecognitionAudit.fields("form", saved.form(), "recognition", recognition.decisionNumber()));
    return saved;
  }

  /**
   * Records the commending body's decision on a proposal: awarded with its number, date, issuer and
   * signer, or declined with a reason. Whoever proposed it may not record it.
   */
  @Transactional
  public CommendationView record(long commendationId, Commendation.Answer answer, int version) {
    var user = scope.requireUser();
    var commendation =
        repository
            .findById(commendationId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recognition.error.commendation-not-found",
                        String.valueOf(commendationId)));
    var recognition = recognitions.recognition(commendation.recognitionId());
    recognitions.requireIssuer(user, Permission.COMMENDATIONS_MANAGE, recognition.unitCode());
    if (commendation.proposedBy().equals(user.username())) {
      throw new ForbiddenException("recognition.error.maker-checker");
    }
    rules.check(answer);
    var before = commendation.view();
    commendation.answer(answer, version, user.username(), clock.instant());
    var after = save(commendation);
    audit.record(
        user,
        "COMMENDATION_" + answer.state().name(),
        COMMENDATION,
        commendationId,
        recognition.unitCode(),
        answer.number() == null ? answer.reason() : answer.number(),
        RecognitionAudit.fields("state", before.state()),
        RecognitionAudit.fields(
            "state",
            after.state(),
            "number",
            after.decisionNumber(),
            "date",
            after.decisionDate()));
    return after;
  }

  /** A model's commendations, proposed, awarded or declined (the model must be readable). */
  public List<CommendationView> ofModel(long modelId) {
    models.get(modelId);
    return repository.findByModelIdOrderById(modelId).stream().map(Commendation::view).toList();
  }

  private CommendationView save(Commendation commendation) {
    try {
      return repository.save(commendation).view();
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      throw new ConflictException("recognition.error.commendation-changed");
    }
  }
}

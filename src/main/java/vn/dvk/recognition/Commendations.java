package vn.dvk.recognition;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.domain.AftercareRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.Violations;

/**
 * Commendations of standing recognitions (a certificate of merit, an emulation flag): proposed by
 * the recognizing unit, then awarded with the commending body's decision or declined with a reason,
 * by someone other than who proposed it.
 */
@Service
@Transactional(readOnly = true)
public class Commendations {

  static final String COMMENDATION = "COMMENDATION";

  private final Recognitions recognitions;
  private final AftercareRepository aftercare;
  private final MobilizationModels models;
  private final Scope scope;
  private final RecognitionAudit audit;
  private final Clock clock;

  Commendations(
      Recognitions recognitions,
      AftercareRepository aftercare,
      MobilizationModels models,
      Scope scope,
      RecognitionAudit audit,
      Clock clock) {
    this.recognitions = recognitions;
    this.aftercare = aftercare;
    this.models = models;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** Proposes a standing recognition for a commendation (e.g. a certificate of merit). */
  @Transactional
  public CommendationView propose(long recognitionId, String form) {
    var user = scope.requireUser();
    var recognition = recognitions.recognition(recognitionId);
    recognitions.requireIssuer(user, Permission.COMMENDATIONS_MANAGE, recognition.unitCode());
    Violations.check().required("form", form).refuseAny();
    if (!recognition.isStanding()) {
      throw new BusinessRuleException("recognition.error.not-standing");
    }
    var id =
        aftercare.proposeCommendation(
            recognitionId, recognition.modelId(), form.trim(), user.username(), clock.instant());
    var commendation = aftercare.commendation(id).orElseThrow();
    audit.record(
        user,
        "COMMENDATION_PROPOSED",
        COMMENDATION,
        id,
        recognition.unitCode(),
        form.trim(),
        null,
        RecognitionAudit.fields("form", form.trim(), "recognition", recognition.decisionNumber()));
    return commendation;
  }

  /**
   * Records the commending body's decision on a proposal: awarded with its number, date, issuer and
   * signer, or declined with a reason. Whoever proposed it may not record it.
   */
  @Transactional
  public CommendationView record(
      long commendationId, AftercareRepository.CommendationDecision decision, int version) {
    var user = scope.requireUser();
    var commendation =
        aftercare
            .commendation(commendationId)
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
    checkDecision(decision);
    if (commendation.version() != version
        || !aftercare.decideCommendation(
            commendation, decision, user.username(), clock.instant())) {
      throw new ConflictException("recognition.error.commendation-changed");
    }
    var after = aftercare.commendation(commendationId).orElseThrow();
    audit.record(
        user,
        "COMMENDATION_" + decision.state().name(),
        COMMENDATION,
        commendationId,
        recognition.unitCode(),
        decision.number() == null ? decision.reason() : decision.number(),
        RecognitionAudit.fields("state", commendation.state()),
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
    return aftercare.commendationsOf(modelId);
  }

  /** Awarded takes the decision's number, date and issuer; declined, a reason. */
  private static void checkDecision(AftercareRepository.CommendationDecision decision) {
    var state = decision.state();
    var check = Violations.check().required("state", state);
    if (state == CommendationView.State.AWARDED) {
      check.required("number", decision.number()).required("date", decision.date());
      check.required("issuer", decision.issuer());
    } else if (state == CommendationView.State.DECLINED) {
      check.required("reason", decision.reason());
    } else if (state != null) {
      check.when(true, "state", "validation.required");
    }
    check.refuseAny();
  }
}

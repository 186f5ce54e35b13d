package vn.dvk.recognition;

import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.domain.AftercareRepository;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.RecognitionReads;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.RequestRules;
import vn.dvk.shared.RequiredText;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * What models hold: their recognitions and the decisions that made or revoked them, for the
 * signed-in user and within their scope. Commendations of a recognition are in {@link
 * Commendations}.
 */
@Service
@Transactional(readOnly = true)
public class Recognitions {

  static final String RECOGNITION = "RECOGNITION";

  private final DecisionRepository decisions;
  private final RecognitionReads held;
  private final AftercareRepository aftercare;
  private final MobilizationModels models;
  private final Scope scope;
  private final Units units;
  private final RecognitionAudit audit;
  private final RequestRules rules;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Recognitions(
      DecisionRepository decisions,
      RecognitionReads held,
      AftercareRepository aftercare,
      MobilizationModels models,
      Scope scope,
      Units units,
      RecognitionAudit audit,
      RequestRules rules,
      ApplicationEventPublisher events,
      Clock clock) {
    this.decisions = decisions;
    this.held = held;
    this.aftercare = aftercare;
    this.models = models;
    this.scope = scope;
    this.units = units;
    this.audit = audit;
    this.rules = rules;
    this.events = events;
    this.clock = clock;
  }

  /** The decision that ends a recognition: when, who signs, and why. */
  public record Revocation(
      @NotNull(message = "{validation.required}") LocalDate date,
      @RequiredText(max = 200) String signerName,
      @RequiredText(max = 200) String signerTitle,
      @RequiredText(max = 2000) String reason) {}

  /**
   * Ends a recognition by a new, numbered decision of the unit that made it, with its reason. The
   * recognition itself is kept as it was, and shows which decision revoked it.
   */
  @Transactional
  public DecisionView revoke(long recognitionId, Revocation revocation) {
    var user = scope.requireUser();
    var recognition = recognition(recognitionId);
    requireIssuer(user, Permission.DECISIONS_ISSUE, recognition.unitCode());
    rules.check(revocation);
    if (!recognition.isStanding()) {
      throw new ConflictException("recognition.error.already-revoked");
    }
    var decisionId =
        decisions.insert(
            new DecisionRepository.NewDecision(
                DecisionKind.REVOCATION,
                recognition.unitCode(),
                recognition.level(),
                revocation.date(),
                revocation.signerName().trim(),
                revocation.signerTitle().trim(),
                recognition.roundId(),
                revocation.reason().trim()),
            user.username(),
            clock.instant());
    decisions.insertRevocation(recognitionId, decisionId, revocation.reason().trim());
    var decision = decisions.find(decisionId).orElseThrow();
    audit.record(
        user,
        "RECOGNITION_REVOKED",
        RECOGNITION,
        recognitionId,
        recognition.unitCode(),
        decision.number() + ": " + revocation.reason().trim(),
        RecognitionAudit.fields("standing", true, "decision", recognition.decisionNumber()),
        RecognitionAudit.fields("standing", false, "revokedBy", decision.number()));
    events.publishEvent(new RecognitionRevoked(recognition.modelId(), recognitionId));
    return decision;
  }

  /** A recognition of the user's subtree; else not found. */
  RecognitionView recognition(long id) {
    var recognition =
        held.recognition(id)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recognition.error.recognition-not-found", String.valueOf(id)));
    if (!scope.covers(scope.requireUser().unitCode(), recognition.unitCode(), units.today())) {
      throw new NotFoundException("recognition.error.recognition-not-found", String.valueOf(id));
    }
    return recognition;
  }

  void requireIssuer(CurrentUser user, Permission permission, String issuingUnit) {
    if (!user.can(permission) || !scope.covers(user.unitCode(), issuingUnit, units.today())) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
  }

  /** A model's recognitions, oldest first, standing or revoked (the model must be readable). */
  public List<RecognitionView> ofModel(long modelId) {
    models.get(modelId);
    return held.ofModel(modelId);
  }

  /**
   * The standing recognitions of some models, whatever the current user's scope: a recognized model
   * is disseminated (replicated elsewhere, published), and what it was recognized for is public.
   */
  public Map<Long, List<RecognitionView>> standing(Collection<Long> modelIds) {
    var result = new HashMap<Long, List<RecognitionView>>();
    for (var recognition : held.ofModels(modelIds)) {
      if (recognition.isStanding()) {
        result.computeIfAbsent(recognition.modelId(), id -> new ArrayList<>()).add(recognition);
      }
    }
    return result;
  }

  /** Whether a recognition of the model stands, whatever the current user's scope. */
  public boolean isStanding(long modelId) {
    return standing(List.of(modelId)).containsKey(modelId);
  }

  /**
   * The standing recognitions made by some units (a year, or every year), newest first: the models
   * a province's units may learn from.
   */
  public List<RecognitionView> standingBy(Collection<String> issuingUnits, Integer year) {
    return held.recognizedBy(issuingUnits, year).stream()
        .filter(RecognitionView::isStanding)
        .toList();
  }

  /**
   * A decision, if the user may read it: issued by a unit of their subtree or above them (a
   * decision of the province is read by the units whose models it lists).
   */
  public DecisionView decision(long id) {
    var user = scope.requireUser();
    var decision =
        decisions
            .find(id)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recognition.error.decision-not-found", String.valueOf(id)));
    var today = units.today();
    if (!scope.covers(user.unitCode(), decision.issuingUnitCode(), today)
        && !scope.liesWithin(user.unitCode(), decision.issuingUnitCode(), today)) {
      throw new NotFoundException("recognition.error.decision-not-found", String.valueOf(id));
    }
    return decision;
  }

  /**
   * The decisions of a year (or every year) issued in the user's subtree or above it, narrowed to
   * those issued in {@code under}'s subtree when given.
   */
  public List<DecisionView> decisions(Integer year, String under) {
    var user = scope.requireUser();
    var today = units.today();
    var codes = new LinkedHashSet<String>();
    if (under != null && !under.isBlank()) {
      scope.requireReadable(under);
      units.subtree(under, asOf(year, today)).forEach(unit -> codes.add(unit.code()));
    } else {
      codes.addAll(scope.readableCodes(asOf(year, today)));
      units.chain(user.unitCode(), today).stream().map(UnitView::code).forEach(codes::add);
    }
    return decisions.issuedBy(codes, year);
  }

  private LocalDate asOf(Integer year, LocalDate today) {
    return year == null ? today : units.asOfYear(year);
  }
}

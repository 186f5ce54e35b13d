package vn.dvk.recognition;

import static vn.dvk.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.domain.AftercareRepository;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.Violations;
import vn.dvk.units.UnitReach;
import vn.dvk.units.Units;

/**
 * Models with low results and no influence among the people: a reviewer flags one with a reason and
 * follow-up actions due by set dates, the unit reports on each action, and a later review keeps or
 * clears the flag. Every step is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class LowResults {

  static final String SUBJECT = "LOW_RESULT";

  private final AftercareRepository repository;
  private final MobilizationModels models;
  private final Scope scope;
  private final Units units;
  private final UnitReach reach;
  private final RecognitionAudit audit;
  private final Clock clock;

  LowResults(
      AftercareRepository repository,
      MobilizationModels models,
      Scope scope,
      Units units,
      UnitReach reach,
      RecognitionAudit audit,
      Clock clock) {
    this.repository = repository;
    this.models = models;
    this.scope = scope;
    this.units = units;
    this.reach = reach;
    this.audit = audit;
    this.clock = clock;
  }

  /** An action the unit is to take, and by when. */
  public record Action(String action, LocalDate dueDate) {}

  /** Flags a model for a year (this year when none is given), with the actions to take. */
  @Transactional
  public LowResultView flag(long modelId, Integer year, String reason, List<Action> actions) {
    var user = require(Permission.LOW_RESULTS_FLAG);
    var model = models.get(modelId);
    var given = actions == null ? List.<Action>of() : actions;
    var check =
        Violations.check()
            .required("reason", reason)
            .when(given.isEmpty(), "actions", "recognition.error.follow-up-required");
    for (int i = 0; i < given.size(); i++) {
      check
          .required("actions[" + i + "].action", given.get(i).action())
          .required("actions[" + i + "].dueDate", given.get(i).dueDate());
    }
    check.refuseAny();
    var id =
        repository.flag(
            modelId,
            model.unitCode(),
            year == null ? LocalDate.now(clock).getYear() : year,
            reason.trim(),
            user.username(),
            clock.instant());
    given.forEach(a -> repository.addFollowUp(id, a.action().trim(), a.dueDate()));
    var flag = repository.flag(id).orElseThrow();
    audit.record(
        user,
        "LOW_RESULT_FLAGGED",
        SUBJECT,
        flag.id(),
        flag.unitCode(),
        reason.trim(),
        null,
        RecognitionAudit.fields(
            "reason", reason.trim(), "actions", given.stream().map(Action::action).toList()));
    return flag;
  }

  /** The unit's report on one follow-up action, given once by an officer of the model's unit. */
  @Transactional
  public LowResultView report(long followUpId, String report) {
    var user = require(Permission.LOW_RESULTS_REPORT);
    var flag =
        repository
            .flagOfFollowUp(followUpId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recognition.error.follow-up-not-found", String.valueOf(followUpId)));
    if (!scope.covers(user.unitCode(), flag.unitCode(), units.today())) {
      throw new NotFoundException(
          "recognition.error.follow-up-not-found", String.valueOf(followUpId));
    }
    if (report == null || report.isBlank()) {
      throw new InvalidInputException(List.of(new Violation("report", "validation.required")));
    }
    if (!repository.report(followUpId, report.trim(), user.username(), clock.instant())) {
      throw new ConflictException("recognition.error.follow-up-reported");
    }
    var after = repository.flag(flag.id()).orElseThrow();
    audit.record(
        user,
        "FOLLOW_UP_REPORTED",
        SUBJECT,
        after.id(),
        after.unitCode(),
        report.trim(),
        null,
        RecognitionAudit.fields("report", report.trim()));
    return after;
  }

  /** A later review: keeps the flag open or clears it. */
  @Transactional
  public LowResultView review(
      long flagId, LowResultView.Outcome outcome, String note, int version) {
    var user = require(Permission.LOW_RESULTS_FLAG);
    var flag = visible(flagId);
    if (outcome == null) {
      throw new InvalidInputException(List.of(new Violation("outcome", "validation.required")));
    }
    if (flag.version() != version
        || !repository.review(flag, outcome, blankToNull(note), user.username(), clock.instant())) {
      throw new ConflictException("recognition.error.flag-changed");
    }
    var after = repository.flag(flagId).orElseThrow();
    audit.record(
        user,
        "LOW_RESULT_" + outcome.name(),
        SUBJECT,
        after.id(),
        after.unitCode(),
        note,
        RecognitionAudit.fields("state", flag.state()),
        RecognitionAudit.fields("state", after.state()));
    return after;
  }

  public List<LowResultView> ofModel(long modelId) {
    models.get(modelId);
    return repository.flagsOf(modelId);
  }

  /** The flags of a year (or every year) on models of the user's subtree, or {@code under}'s. */
  public List<LowResultView> flagged(Integer year, String under) {
    var user = scope.requireUser();
    var root = user.unitCode();
    if (under != null && !under.isBlank()) {
      scope.requireReadable(under);
      root = under;
    }
    var asOf = year == null ? units.today() : units.asOfYear(year);
    return repository.flagged(List.copyOf(reach.reachedCodes(root, asOf)), year);
  }

  private LowResultView visible(long flagId) {
    var user = scope.requireUser();
    var flag =
        repository
            .flag(flagId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recognition.error.flag-not-found", String.valueOf(flagId)));
    if (!scope.covers(user.unitCode(), flag.unitCode(), units.today())) {
      throw new NotFoundException("recognition.error.flag-not-found", String.valueOf(flagId));
    }
    return flag;
  }

  private CurrentUser require(Permission permission) {
    var user = scope.requireUser();
    if (!user.can(permission)) {
      throw new ForbiddenException(
          permission == Permission.LOW_RESULTS_FLAG
              ? "recognition.error.reviewer-only"
              : "recognition.error.proposer-only");
    }
    return user;
  }
}

package vn.dvk.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.domain.RestructureRepository;
import vn.dvk.units.domain.UnitChangeRepository;

/**
 * Restructure plans: many changes of the tree taking effect on one date, previewed, then applied
 * all at once in one transaction, with the same rules as a single change ({@link PlanJudge}). The
 * users of the units a plan ends are re-homed in the same transaction. Only administrators, and
 * each only on the part of the tree they may change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('UNITS_MANAGE')")
public class Restructures {

  /** The most changes one plan may hold: a whole country's reform is about 10,000. */
  public static final int MAX_CHANGES = 20_000;

  private final RestructureRepository plans;
  private final UnitChangeRepository history;
  private final PlanJudge judge;
  private final UnitVisibility visibility;
  private final UnitMembers members;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Restructures(
      RestructureRepository plans,
      UnitChangeRepository history,
      PlanJudge judge,
      UnitVisibility visibility,
      UnitMembers members,
      ApplicationEventPublisher events,
      Clock clock) {
    this.plans = plans;
    this.history = history;
    this.judge = judge;
    this.visibility = visibility;
    this.members = members;
    this.events = events;
    this.clock = clock;
  }

  /** Stores a plan as a draft; its changes are numbered by position when they carry no row. */
  @Transactional
  public RestructurePlan submit(
      LocalDate effectiveOn, String title, List<RestructureChange> changes) {
    var violations = new ArrayList<Violation>();
    if (effectiveOn == null) {
      violations.add(new Violation("effectiveOn", "validation.required"));
    }
    if (changes == null || changes.isEmpty()) {
      violations.add(new Violation("changes", "units.plan.error.empty"));
    } else if (changes.size() > MAX_CHANGES) {
      violations.add(new Violation("changes", "units.plan.error.too-many", MAX_CHANGES));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    var numbered = new ArrayList<RestructureChange>();
    for (int i = 0; i < changes.size(); i++) {
      numbered.add(numbered(changes.get(i), i + 1));
    }
    var title_ = title == null || title.isBlank() ? null : title.strip();
    var id =
        plans.insert(
            effectiveOn, title_, numbered, visibility.homeUnitCode(), by(), clock.instant());
    return plans.find(id).orElseThrow();
  }

  /** The latest plans the administrator's scope covers, newest first. */
  public List<RestructurePlan> latest() {
    return plans.latest(200).stream()
        .filter(plan -> visibility.canSee(plan.homeUnit(), plan.effectiveOn()))
        .limit(50)
        .toList();
  }

  /** A plan the administrator's scope covers, or 404. */
  public RestructurePlan find(long id) {
    return plans
        .find(id)
        .filter(plan -> visibility.canSee(plan.homeUnit(), plan.effectiveOn()))
        .orElseThrow(() -> new NotFoundException("units.plan.error.not-found", id));
  }

  public RestructurePreview preview(long id) {
    return judge.preview(find(id));
  }

  /**
   * Applies the plan: every change or none, once its day has come. A plan with a refused change is
   * refused whole, each refusal named by its row; a plan applied already is a conflict.
   */
  @Transactional
  public RestructurePlan apply(long id) {
    var plan = find(id);
    if (plan.state() != RestructurePlan.State.DRAFT) {
      throw new ConflictException("units.plan.error.applied", id);
    }
    if (plan.effectiveOn().isAfter(LocalDate.now(clock))) {
      // Its users would move at once, months before their units do.
      throw new BusinessRuleException(
          "units.plan.error.not-yet", String.valueOf(id), plan.effectiveOn().toString());
    }
    var judgement = judge.judge(plan);
    if (!judgement.refusals().isEmpty()) {
      throw new InvalidInputException(
          judgement.refusals().stream()
              .map(
                  r ->
                      new Violation("row " + r.row(), r.reason().key(), r.reason().argumentArray()))
              .toList());
    }
    var outcome = judgement.outcome();
    if (!history.closeAll(outcome.closed(), plan.effectiveOn())
        || !plans.markApplied(id, by(), clock.instant())) {
      throw new ConflictException("units.plan.error.concurrent-change", id);
    }
    history.insertAll(outcome.opened(), by());
    history.recordSuccessions(outcome.successions(), by());
    var homes = new HashMap<String, String>();
    judgement.rehomed().stream()
        .filter(r -> r.toUnit() != null)
        .forEach(r -> homes.put(r.username(), r.toUnit()));
    members.rehome(homes);
    var changed = new HashSet<String>(outcome.ended().keySet());
    outcome.opened().forEach(version -> changed.add(version.code()));
    events.publishEvent(new UnitsChanged(changed));
    return find(id);
  }

  private static RestructureChange numbered(RestructureChange c, int position) {
    return c.row() > 0
        ? c
        : new RestructureChange(
            position,
            c.action(),
            c.code(),
            c.name(),
            c.shortName(),
            c.kind(),
            c.level(),
            c.parentCode(),
            c.successorCode(),
            c.username());
  }

  private static String by() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}

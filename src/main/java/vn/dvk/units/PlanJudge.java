package vn.dvk.units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.shared.i18n.Message;
import vn.dvk.units.domain.Hierarchy;
import vn.dvk.units.domain.PlanOutcome;
import vn.dvk.units.domain.Restructuring;
import vn.dvk.units.domain.UnitRepository;

/**
 * Judges a plan for the signed-in administrator: against the part of the tree of its date they may
 * change (all of it for a national administrator; a unit outside it reads as not existing), then
 * adds what each accepted change touches and whom it re-homes.
 */
@Component
class PlanJudge {

  static final String USERS = "units.plan.count.users";

  private final UnitRepository repository;
  private final UnitVisibility visibility;
  private final List<UnitWorkload> workloads;
  private final UnitMembers members;

  PlanJudge(
      UnitRepository repository,
      UnitVisibility visibility,
      List<UnitWorkload> workloads,
      UnitMembers members) {
    this.repository = repository;
    this.visibility = visibility;
    this.workloads = workloads;
    this.members = members;
  }

  /** The plan's outcome, with its re-homings already resolved and checked. */
  Judgement judge(RestructurePlan plan) {
    var date = plan.effectiveOn();
    var roots = visibility.mayCreateRoots();
    var versions =
        roots ? repository.allOn(date) : repository.subtreeOn(visibility.homeUnitCode(), date);
    var outcome =
        new Restructuring(new Hierarchy(date, versions), new HashSet<>(repository.allCodes()))
            .rootsAllowed(roots)
            .judge(plan.changes());
    var refusals = new ArrayList<RestructurePreview.Refusal>();
    outcome
        .refusals()
        .forEach(r -> refusals.add(new RestructurePreview.Refusal(r.row(), r.reason())));
    var rehomed = rehomings(plan, outcome, refusals);
    refusals.sort(java.util.Comparator.comparingInt(RestructurePreview.Refusal::row));
    return new Judgement(outcome, refusals, rehomed);
  }

  RestructurePreview preview(RestructurePlan plan) {
    var judgement = judge(plan);
    var subjects = judgement.outcome().steps().stream().map(s -> s.units().get(0)).toList();
    var counts = counts(subjects);
    var rows =
        judgement.outcome().steps().stream()
            .map(
                step ->
                    new RestructurePreview.Row(
                        step.change().row(),
                        step.change().action(),
                        step.units().get(0),
                        step.units(),
                        step.change().action() == RestructureChange.Action.CREATE
                                || step.change().action() == RestructureChange.Action.REHOME
                            ? Map.of()
                            : counts.getOrDefault(step.units().get(0), Map.of())))
            .toList();
    return new RestructurePreview(plan, rows, judgement.refusals(), judgement.rehomed());
  }

  /**
   * The users of every unit the plan ends go to its last successor, unless the plan names another
   * home for them; a named user who does not exist, or is outside the caller's scope, is refused.
   */
  private List<RestructurePreview.Rehoming> rehomings(
      RestructurePlan plan, PlanOutcome outcome, List<RestructurePreview.Refusal> refusals) {
    var rehomed = new java.util.LinkedHashMap<String, RestructurePreview.Rehoming>();
    for (var member : members.homedIn(outcome.ended().keySet())) {
      rehomed.put(
          member.username(),
          new RestructurePreview.Rehoming(
              member.username(),
              member.displayName(),
              member.unitCode(),
              outcome.finalSuccessor(member.unitCode())));
    }
    var named = members.named(outcome.rehomes().keySet());
    for (var change : plan.changes()) {
      var namedHome = change.username() == null ? null : outcome.rehomes().get(change.username());
      if (namedHome == null) {
        continue;
      }
      // A home the plan itself ends leads on to that unit's last successor.
      var to = outcome.finalSuccessor(namedHome);
      var member = named.get(change.username());
      if (to == null) {
        refusals.add(
            new RestructurePreview.Refusal(
                change.row(), Message.of("units.plan.error.rehome-ended", namedHome)));
      } else if (member == null || !visibility.canSee(member.unitCode(), plan.effectiveOn())) {
        refusals.add(
            new RestructurePreview.Refusal(
                change.row(), Message.of("units.plan.error.user-unknown", change.username())));
      } else {
        rehomed.put(
            member.username(),
            new RestructurePreview.Rehoming(
                member.username(), member.displayName(), member.unitCode(), to));
      }
    }
    return List.copyOf(rehomed.values());
  }

  private Map<String, Map<String, Integer>> counts(List<String> units) {
    var counts = new HashMap<String, Map<String, Integer>>();
    for (var workload : workloads) {
      workload
          .countIn(units)
          .forEach(
              (unit, byKind) -> counts.computeIfAbsent(unit, u -> new HashMap<>()).putAll(byKind));
    }
    for (var member : members.homedIn(units)) {
      counts.computeIfAbsent(member.unitCode(), u -> new HashMap<>()).merge(USERS, 1, Integer::sum);
    }
    return counts;
  }

  /** A plan's outcome with every refusal (rules and re-homings) and the users it re-homes. */
  record Judgement(
      PlanOutcome outcome,
      List<RestructurePreview.Refusal> refusals,
      List<RestructurePreview.Rehoming> rehomed) {}
}

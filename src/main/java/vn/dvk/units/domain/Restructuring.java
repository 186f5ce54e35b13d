package vn.dvk.units.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvk.shared.i18n.Message;
import vn.dvk.units.NewUnit;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.UnitChange;
import vn.dvk.units.UnitRuleViolation;
import vn.dvk.units.UnitView;

/**
 * A restructure plan judged against the tree of its date, change by change, each against what the
 * earlier ones left: the same {@link UnitRules} as a single change, in memory, so that thousands of
 * changes are judged in milliseconds and written in a few batches. A change refused is listed with
 * its row and reason; the others still run, so that one reading of the plan lists every refusal.
 *
 * <p>A unit changed twice by the plan gets one new version, with both changes. A unit the plan
 * creates cannot be ended by it.
 */
public final class Restructuring {

  private final Hierarchy tree;
  private final Set<String> codesEverUsed;
  private final Map<String, UnitView> closed = new LinkedHashMap<>();
  private final Map<String, UnitView> opened = new LinkedHashMap<>();
  private final Map<String, String> successors = new LinkedHashMap<>();
  private final Map<String, String> rehomes = new LinkedHashMap<>();
  private final List<PlanOutcome.Step> steps = new ArrayList<>();
  private final List<PlanOutcome.Refusal> refusals = new ArrayList<>();
  private boolean rootsAllowed = true;

  /**
   * @param tree every unit as it stands on the plan's date
   * @param codesEverUsed the codes of {@code tree}'s units and of any unit ever stored
   */
  public Restructuring(Hierarchy tree, Set<String> codesEverUsed) {
    this.tree = tree;
    this.codesEverUsed = codesEverUsed;
  }

  /**
   * Whether the plan may create units without a parent (only a national administrator's may);
   * allowed unless said otherwise.
   */
  public Restructuring rootsAllowed(boolean allowed) {
    this.rootsAllowed = allowed;
    return this;
  }

  /** Judges every change in order and says what the plan would write. */
  public PlanOutcome judge(List<RestructureChange> changes) {
    for (var change : changes) {
      try {
        steps.add(new PlanOutcome.Step(change, apply(change)));
      } catch (UnitRuleViolation refused) {
        refusals.add(
            new PlanOutcome.Refusal(
                change.row(), Message.of(refused.messageKey(), refused.arguments())));
      }
    }
    return new PlanOutcome(
        date(),
        List.copyOf(closed.values()),
        List.copyOf(opened.values()),
        Collections.unmodifiableMap(successors),
        Map.copyOf(rehomes),
        steps,
        refusals);
  }

  private List<String> apply(RestructureChange change) {
    if (change.action() == null) {
      throw new UnitRuleViolation("units.plan.error.action");
    }
    return switch (change.action()) {
      case CREATE -> create(change);
      case RENAME -> rename(change);
      case MOVE -> move(change);
      case MERGE -> merge(change);
      case DISSOLVE -> dissolve(change);
      case REHOME -> rehome(change);
    };
  }

  private List<String> create(RestructureChange change) {
    var unit =
        new NewUnit(
            change.code(),
            change.name(),
            change.shortName(),
            change.kind(),
            change.level(),
            change.parentCode(),
            date());
    if (unit.parentCode() == null && !rootsAllowed) {
      throw new UnitRuleViolation("units.error.root-not-allowed");
    }
    var used = unit.code() != null && codesEverUsed.contains(unit.code());
    UnitRules.checkNew(unit, used || opened.containsKey(unit.code()), tree);
    var first = unit.firstVersion();
    opened.put(first.code(), first);
    tree.put(first);
    return List.of(first.code());
  }

  private List<String> rename(RestructureChange change) {
    var current = current(change.code());
    UnitRules.checkRename(stored(current), change.name(), change.shortName(), date());
    replace(
        current,
        version(
            current,
            change.name(),
            change.shortName(),
            current.parentCode(),
            UnitChange.RENAMED,
            current.name()));
    return List.of(current.code());
  }

  private List<String> move(RestructureChange change) {
    var current = current(change.code());
    UnitRules.checkMove(stored(current), change.parentCode(), tree);
    moveTo(current, change.parentCode(), UnitChange.MOVED);
    return List.of(current.code());
  }

  private List<String> merge(RestructureChange change) {
    var source = current(change.code());
    var target = change.successorCode();
    var children = List.copyOf(tree.childrenOf(source.code()));
    UnitRules.checkMerge(
        List.of(stored(source)), target, tree, children.stream().map(this::stored).toList());
    return end(source, target, children, UnitChange.MOVED_BY_MERGE);
  }

  private List<String> dissolve(RestructureChange change) {
    var unit = current(change.code());
    var successor = change.successorCode();
    var children = List.copyOf(tree.childrenOf(unit.code()));
    UnitRules.checkDissolution(
        stored(unit), successor, tree, children.stream().map(this::stored).toList());
    return end(unit, successor, children, UnitChange.MOVED_BY_DISSOLUTION);
  }

  private List<String> rehome(RestructureChange change) {
    if (change.username() == null) {
      throw new UnitRuleViolation("units.plan.error.username-required");
    }
    current(change.successorCode());
    rehomes.put(change.username(), change.successorCode());
    return List.of(change.successorCode());
  }

  /** Ends a unit: its children move to the successor, and its records follow it there. */
  private List<String> end(
      UnitView unit, String successor, List<UnitView> children, UnitChange childChange) {
    if (opened.containsKey(unit.code()) && !closed.containsKey(unit.code())) {
      throw new UnitRuleViolation("units.plan.error.ends-new-unit", unit.code());
    }
    var touched = new ArrayList<String>(List.of(unit.code()));
    for (var child : children) {
      moveTo(child, successor, childChange);
      touched.add(child.code());
    }
    opened.remove(unit.code());
    closed.putIfAbsent(unit.code(), unit);
    tree.remove(unit.code());
    successors.put(unit.code(), successor);
    return touched;
  }

  private void moveTo(UnitView current, String parent, UnitChange change) {
    replace(
        current,
        version(
            current, current.name(), current.shortName(), parent, change, current.parentCode()));
  }

  /** The unit's next version: a second change of the plan amends the version of the first. */
  private void replace(UnitView current, UnitView next) {
    var first = opened.get(current.code());
    if (first == null) {
      closed.put(current.code(), current);
    } else if (first.change() == UnitChange.CREATED) {
      next = withChange(next, UnitChange.CREATED, null, next.validFrom());
    } else if (!closed.containsKey(current.code())) {
      throw new IllegalStateException("a version opened by the plan replaces nothing");
    }
    opened.put(next.code(), next);
    tree.put(next);
  }

  /**
   * What the rules judge a unit's change against: its stored version, so that a unit already
   * changed by this plan is judged as it was before the plan (its date rule holds once).
   */
  private UnitView stored(UnitView current) {
    var before = closed.get(current.code());
    if (before != null) {
      return withChange(current, before.change(), before.changeNote(), before.validFrom());
    }
    return opened.containsKey(current.code())
        ? withChange(current, current.change(), null, date().minusDays(1))
        : current;
  }

  private UnitView current(String code) {
    if (code == null) {
      throw new UnitRuleViolation("units.plan.error.code-required");
    }
    return tree.find(code)
        .orElseThrow(() -> new UnitRuleViolation("units.error.not-valid-on", code, date()));
  }

  private LocalDate date() {
    return tree.date();
  }

  /** The unit's version from the plan's date, with what a change makes of it. */
  private UnitView version(
      UnitView v, String name, String shortName, String parent, UnitChange change, String note) {
    return new UnitView(
        v.code(), name, shortName, v.kind(), v.level(), parent, date(), null, change, note);
  }

  private static UnitView withChange(
      UnitView v, UnitChange change, String note, LocalDate validFrom) {
    return new UnitView(
        v.code(),
        v.name(),
        v.shortName(),
        v.kind(),
        v.level(),
        v.parentCode(),
        validFrom,
        null,
        change,
        note);
  }
}

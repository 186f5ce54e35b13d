package vn.dvk.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.domain.Hierarchy;
import vn.dvk.units.domain.UnitChangeRepository;
import vn.dvk.units.domain.UnitRepository;
import vn.dvk.units.domain.UnitRules;

/**
 * The changes that make the hierarchy's history, each checked by {@link UnitRules} against the tree
 * as it stands on the change's date: a new unit, a rename, a move, a merge. A change closes the
 * current version and starts a new one; a unit changed meanwhile by someone else is a conflict.
 * Runs inside the transaction of {@link Units}, which announces what changed.
 */
@Component
class UnitChanges {

  private final UnitRepository repository;
  private final UnitChangeRepository history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  UnitChanges(
      UnitRepository repository,
      UnitChangeRepository history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  UnitView create(NewUnit unit, String by) {
    var atStart =
        unit.parentCode() == null || unit.validFrom() == null
            ? new Hierarchy(today(), List.of())
            : new Hierarchy(
                unit.validFrom(), repository.chainOn(unit.parentCode(), unit.validFrom()));
    UnitRules.checkNew(unit, unit.code() != null && repository.codeEverUsed(unit.code()), atStart);
    var version = unit.firstVersion();
    history.insert(version, by);
    return version;
  }

  /**
   * Creates many units at once (a data load), parents before children, with the same rules as
   * {@link #create}: the batch is checked against itself and the units already stored.
   */
  List<UnitView> createAll(List<NewUnit> batch, String by) {
    var accepted = new HashMap<String, UnitView>();
    var versions = new ArrayList<UnitView>();
    for (var unit : batch) {
      checkInBatch(unit, accepted);
      versions.add(accepted.get(unit.code()));
    }
    history.insertAll(versions, by);
    return versions;
  }

  /**
   * What breaks a rule in each unit of a batch (parents before children), null for a unit that
   * breaks none: the rules of {@link #createAll}, every unit judged, nothing written.
   */
  List<UnitRuleViolation> check(List<NewUnit> batch) {
    var accepted = new HashMap<String, UnitView>();
    var problems = new ArrayList<UnitRuleViolation>();
    for (var unit : batch) {
      try {
        checkInBatch(unit, accepted);
        problems.add(null);
      } catch (UnitRuleViolation broken) {
        problems.add(broken);
      }
    }
    return problems;
  }

  /** Checks a unit against the batch's units accepted so far and the stored ones; accepts it. */
  private void checkInBatch(NewUnit unit, Map<String, UnitView> accepted) {
    var known = new ArrayList<UnitView>(accepted.values());
    if (unit.parentCode() != null
        && unit.validFrom() != null
        && !accepted.containsKey(unit.parentCode())) {
      known.addAll(repository.chainOn(unit.parentCode(), unit.validFrom()));
    }
    var at = new Hierarchy(unit.validFrom() == null ? today() : unit.validFrom(), known);
    var used =
        unit.code() != null
            && (accepted.containsKey(unit.code()) || repository.codeEverUsed(unit.code()));
    UnitRules.checkNew(unit, used, at);
    accepted.put(unit.code(), unit.firstVersion());
  }

  UnitView rename(
      String code, String newName, String newShortName, LocalDate effectiveOn, String by) {
    var current = currentVersion(code);
    var name = NewUnit.normalizeName(newName);
    var shortName =
        newShortName == null || newShortName.isBlank() ? null : NewUnit.normalizeName(newShortName);
    UnitRules.checkRename(current, name, shortName, effectiveOn);
    var renamed =
        replace(
            current,
            new UnitView(
                current.code(),
                name,
                shortName,
                current.kind(),
                current.level(),
                current.parentCode(),
                effectiveOn,
                null,
                UnitChange.RENAMED,
                current.name()),
            by);
    events.publishEvent(new UnitsChanged(Set.of(current.code())));
    return renamed;
  }

  UnitView move(String code, String newParentCode, LocalDate effectiveOn, String by) {
    var current = currentVersion(code);
    var parent = NewUnit.normalizeCode(newParentCode);
    var atChange = hierarchyAround(effectiveOn, current, parent);
    UnitRules.checkMove(current, parent, atChange);
    var moved = moveTo(current, parent, effectiveOn, UnitChange.MOVED, by);
    events.publishEvent(new UnitsChanged(Set.of(current.code())));
    return moved;
  }

  /**
   * Merges units into an existing one: the merged units close on the date, their children move
   * under the target, and each merged unit records the target as its successor.
   */
  void merge(List<String> codes, String targetCode, LocalDate effectiveOn, String by) {
    var target = NewUnit.normalizeCode(targetCode);
    var sources = new ArrayList<UnitView>();
    for (var code : new LinkedHashSet<>(codes)) {
      sources.add(currentVersion(code));
    }
    var children = new ArrayList<UnitView>();
    var chain =
        new ArrayList<UnitView>(
            effectiveOn == null ? List.of() : repository.chainOn(target, effectiveOn));
    chain.addAll(sources);
    for (var source : sources) {
      if (effectiveOn != null) {
        children.addAll(repository.childrenOn(source.code(), effectiveOn));
      }
    }
    var atChange = new Hierarchy(effectiveOn == null ? today() : effectiveOn, chain);
    UnitRules.checkMerge(sources, target, atChange, children);
    for (var child : children) {
      moveTo(child, target, effectiveOn, UnitChange.MOVED_BY_MERGE, by);
    }
    var changed = new HashSet<String>(Set.of(target));
    for (var source : sources) {
      closeCurrent(source, effectiveOn);
      history.recordSuccession(source.code(), target, effectiveOn, by);
      changed.add(source.code());
    }
    events.publishEvent(new UnitsChanged(changed));
  }

  private UnitView moveTo(
      UnitView current, String parent, LocalDate effectiveOn, UnitChange change, String by) {
    return replace(
        current,
        new UnitView(
            current.code(),
            current.name(),
            current.shortName(),
            current.kind(),
            current.level(),
            parent,
            effectiveOn,
            null,
            change,
            current.parentCode()),
        by);
  }

  private UnitView replace(UnitView current, UnitView next, String by) {
    closeCurrent(current, next.validFrom());
    history.insert(next, by);
    return next;
  }

  private void closeCurrent(UnitView current, LocalDate on) {
    if (!history.close(current.code(), current.validFrom(), on)) {
      throw new ConflictException("units.error.concurrent-change", current.code());
    }
  }

  private UnitView currentVersion(String code) {
    var normalized = NewUnit.normalizeCode(code);
    return repository
        .findLatest(normalized)
        .orElseThrow(() -> new NotFoundException("units.error.not-found", code));
  }

  /** What the rules need to judge a move: the new parent's ancestors and the unit itself. */
  private Hierarchy hierarchyAround(LocalDate date, UnitView unit, String parent) {
    var day = date == null ? today() : date;
    var versions = new ArrayList<UnitView>();
    if (parent != null) {
      versions.addAll(repository.chainOn(parent, day));
    }
    versions.removeIf(v -> v.code().equals(unit.code()));
    versions.add(
        new UnitView(
            unit.code(),
            unit.name(),
            unit.shortName(),
            unit.kind(),
            unit.level(),
            unit.parentCode(),
            day,
            null,
            unit.change(),
            null));
    return new Hierarchy(day, versions);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}

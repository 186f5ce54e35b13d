package vn.dvk.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.domain.Hierarchy;
import vn.dvk.units.domain.UnitRepository;
import vn.dvk.units.domain.UnitRules;

/**
 * The unit hierarchy: what it was on any date, and the changes that make its history (create,
 * rename, move, merge). Every change is dated; none rewrites what was already true.
 */
@Service
@Transactional(readOnly = true)
public class Units {

  private final UnitRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Units(UnitRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.repository = repository;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Optional<UnitView> find(String code, LocalDate asOf) {
    return repository.findOn(NewUnit.normalizeCode(code), asOf);
  }

  /** The version valid on the date, or else the unit's latest version (a unit since closed). */
  public Optional<UnitView> findOnOrLatest(String code, LocalDate asOf) {
    return find(code, asOf).or(() -> repository.findLatest(NewUnit.normalizeCode(code)));
  }

  public UnitView get(String code, LocalDate asOf) {
    return find(code, asOf).orElseThrow(() -> new NotFoundException("units.error.not-found", code));
  }

  /** The names of units on a date (a unit closed by then keeps its last name). */
  public Map<String, UnitView> versionsOn(Collection<String> codes, LocalDate date) {
    var result = new HashMap<String, UnitView>();
    for (var unit : repository.versionsOn(codes, date)) {
      result.put(unit.code(), unit);
    }
    return result;
  }

  public List<UnitView> history(String code) {
    return repository.history(NewUnit.normalizeCode(code));
  }

  public List<Succession> successions(String code) {
    return repository.successionsOf(List.of(NewUnit.normalizeCode(code)));
  }

  /**
   * The day a year's tree is read at: its last day, or today while the year is not over. Reports
   * and lists of a year use the tree as it stood then.
   */
  public LocalDate asOfYear(int year) {
    var endOfYear = LocalDate.of(year, 12, 31);
    var today = today();
    return endOfYear.isAfter(today) ? today : endOfYear;
  }

  /** Every unit as the tree stood on the date. */
  public List<UnitView> treeOn(LocalDate date) {
    return repository.allOn(date);
  }

  /** Whether the tree stood the same on both dates (no unit changed in between). */
  public boolean sameTree(LocalDate from, LocalDate to) {
    return from.equals(to)
        || (from.isBefore(to)
            ? !repository.changedBetween(from, to)
            : !repository.changedBetween(to, from));
  }

  /** The unit and everything below it, as the tree stood on the date. */
  public List<UnitView> subtree(String root, LocalDate date) {
    return repository.subtreeOn(NewUnit.normalizeCode(root), date);
  }

  /** Whether the unit was the one root of the tree on the date, so that everything was under it. */
  public boolean isWholeTree(String code, LocalDate date) {
    return repository.rootsOn(date).equals(List.of(NewUnit.normalizeCode(code)));
  }

  /** The units directly below, in the order of official lists. */
  public List<UnitView> children(String code, LocalDate date) {
    var children = new ArrayList<>(repository.childrenOn(NewUnit.normalizeCode(code), date));
    children.sort(UnitView.OFFICIAL_ORDER);
    return children;
  }

  /** The unit first, then its parent, up to the root, as on the date. */
  public List<UnitView> chain(String code, LocalDate date) {
    return repository.chainOn(NewUnit.normalizeCode(code), date);
  }

  /** Whether {@code code} was {@code ancestor} or below it on the date. */
  public boolean isUnder(String code, String ancestor, LocalDate date) {
    var target = NewUnit.normalizeCode(ancestor);
    return chain(code, date).stream().anyMatch(unit -> unit.code().equals(target));
  }

  public boolean isEmpty() {
    return repository.isEmpty();
  }

  @Transactional
  public UnitView create(NewUnit unit, String by) {
    var atStart =
        unit.parentCode() == null || unit.validFrom() == null
            ? new Hierarchy(today(), List.of())
            : new Hierarchy(
                unit.validFrom(), repository.chainOn(unit.parentCode(), unit.validFrom()));
    UnitRules.checkNew(unit, unit.code() != null && repository.codeEverUsed(unit.code()), atStart);
    var version = unit.firstVersion();
    repository.insert(version, by);
    return version;
  }

  /**
   * Creates many units at once (a data load), parents before children, with the same rules as
   * {@link #create}: the batch is checked against itself and the units already stored.
   */
  @Transactional
  public List<UnitView> createAll(List<NewUnit> batch, String by) {
    var accepted = new HashMap<String, UnitView>();
    var versions = new ArrayList<UnitView>();
    for (var unit : batch) {
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
      var version = unit.firstVersion();
      accepted.put(unit.code(), version);
      versions.add(version);
    }
    repository.insertAll(versions, by);
    return versions;
  }

  @Transactional
  public UnitView rename(
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

  @Transactional
  public UnitView move(String code, String newParentCode, LocalDate effectiveOn, String by) {
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
  @Transactional
  public void merge(List<String> codes, String targetCode, LocalDate effectiveOn, String by) {
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
      repository.recordSuccession(source.code(), target, effectiveOn, by);
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
    repository.insert(next, by);
    return next;
  }

  private void closeCurrent(UnitView current, LocalDate on) {
    if (!repository.close(current.code(), current.validFrom(), on)) {
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
}

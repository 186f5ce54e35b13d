package vn.dvk.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.domain.SuccessionRepository;
import vn.dvk.units.domain.UnitRepository;

/**
 * The unit hierarchy: what it was on any date, and the changes that make its history (create,
 * rename, move, merge, made by {@link UnitChanges}). Every change is dated; none rewrites what was
 * already true.
 */
@Service
@Transactional(readOnly = true)
public class Units {

  private final UnitRepository repository;
  private final SuccessionRepository successions;
  private final UnitChanges changes;
  private final Clock clock;

  Units(
      UnitRepository repository,
      SuccessionRepository successions,
      UnitChanges changes,
      Clock clock) {
    this.repository = repository;
    this.successions = successions;
    this.changes = changes;
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
    return successions.successionsOf(List.of(NewUnit.normalizeCode(code)));
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

  /**
   * The day a unit's year is read at: the year's day ({@link #asOfYear(int)}) while the unit stood
   * then, else its last day within the year (a province merged on 1 July 2025 answers for its part
   * of 2025 as on 30 June).
   */
  public LocalDate asOfYear(int year, String code) {
    var asOf = asOfYear(year);
    if (find(code, asOf).isPresent()) {
      return asOf;
    }
    return history(code).stream()
        .filter(v -> v.validTo() != null && v.validFrom().isBefore(v.validTo()))
        .map(v -> v.validTo().minusDays(1))
        .filter(last -> last.getYear() == year && !last.isAfter(asOf))
        .max(LocalDate::compareTo)
        .orElse(asOf);
  }

  /**
   * The units merged, by the date, into the given ones, directly or through others: each with the
   * given unit its work now belongs to.
   */
  public Map<String, String> predecessorsOf(Collection<String> codes, LocalDate date) {
    return successions.predecessorsOf(codes, date);
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
    return changes.create(unit, by);
  }

  /**
   * Creates a root unit (no parent) with nobody signed in: for the bootstrap only, the first start
   * of an installation (identity's first administrator), before anyone can sign in. Every other new
   * unit goes through {@link #create} and the administrator's scope.
   */
  @Transactional
  public UnitView createRootForBootstrap(NewUnit root, String by) {
    if (root.parentCode() != null) {
      throw new IllegalArgumentException("A root unit has no parent: " + root.parentCode());
    }
    return changes.create(root, by);
  }

  /**
   * Creates many units at once (a data load), parents before children, with the same rules as
   * {@link #create}: the batch is checked against itself and the units already stored.
   */
  @Transactional
  public List<UnitView> createAll(List<NewUnit> batch, String by) {
    return changes.createAll(batch, by);
  }

  /**
   * What breaks a rule in each unit of a batch (parents before children), null for a unit that
   * breaks none: the rules of {@link #createAll}, nothing written.
   */
  public List<UnitRuleViolation> check(List<NewUnit> batch) {
    return changes.check(batch);
  }

  @Transactional
  public UnitView rename(
      String code, String newName, String newShortName, LocalDate effectiveOn, String by) {
    return changes.rename(code, newName, newShortName, effectiveOn, by);
  }

  @Transactional
  public UnitView move(String code, String newParentCode, LocalDate effectiveOn, String by) {
    return changes.move(code, newParentCode, effectiveOn, by);
  }

  /**
   * Merges units into an existing one: the merged units close on the date, their children move
   * under the target, and each merged unit records the target as its successor.
   */
  @Transactional
  public void merge(List<String> codes, String targetCode, LocalDate effectiveOn, String by) {
    changes.merge(codes, targetCode, effectiveOn, by);
  }
}

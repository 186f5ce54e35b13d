package vn.dvk.identity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.dvk.identity.security.DvkPrincipal;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitReach;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * The one answer to “may the current user read or act on this unit's records?”. A user's scope is
 * the subtree of their home unit. A unit outside it is reported as not found (404), exactly as if
 * it did not exist; a unit inside it on which the role may not act is forbidden (403).
 *
 * <p>A NATION root stands above every tree of the installation: a user whose home unit is one
 * reaches every unit, including a province not yet placed under it (so that a national
 * administrator can place it there, or create a new root at all).
 *
 * <p>Scope follows the tree of the date asked about, so that a past year is read with the tree of
 * that year; a unit that has since been merged away is judged by the tree of its last day.
 */
@Service
public class Scope {

  /** How many merges one after another are followed: a unit merged more often is an error. */
  private static final int MAX_SUCCESSIONS = 16;

  private final Units units;
  private final UnitReach reach;

  Scope(Units units, UnitReach reach) {
    this.units = units;
    this.reach = reach;
  }

  /** The signed-in user, if any. */
  public Optional<CurrentUser> currentUser() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof DvkPrincipal principal) {
      return Optional.of(principal.toCurrentUser());
    }
    return Optional.empty();
  }

  public CurrentUser requireUser() {
    return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }

  public boolean canRead(String unitCode) {
    return canRead(unitCode, units.today());
  }

  /** Whether the unit lies in the current user's subtree, reading the tree as of the date. */
  public boolean canRead(String unitCode, LocalDate asOf) {
    return currentUser().map(user -> covers(user.unitCode(), unitCode, asOf)).orElse(false);
  }

  /**
   * Whether the readers of {@code homeUnitCode} read {@code unitCode}'s records as of the date: it
   * lies in their subtree then, or it was since merged into their subtree (its work went there).
   */
  public boolean covers(String homeUnitCode, String unitCode, LocalDate asOf) {
    return liesWithin(unitCode, homeUnitCode, asOf)
        || (unitCode != null && homeUnitCode != null && coversSuccessor(homeUnitCode, unitCode, 0));
  }

  /**
   * Whether {@code unitCode} stood in the subtree of {@code ancestorCode} as of the date (for a
   * unit since closed, on its last day), by the tree alone: for the rounds and decisions above a
   * user.
   */
  public boolean liesWithin(String unitCode, String ancestorCode, LocalDate asOf) {
    if (unitCode == null || ancestorCode == null) {
      return false;
    }
    return units
        .findOnOrLatest(unitCode, asOf)
        .map(
            unit ->
                units.isUnder(unit.code(), ancestorCode, dayToJudge(unit, asOf))
                    || isNationRoot(ancestorCode, asOf))
        .orElse(false);
  }

  /**
   * Whether a unit merged into others reached the home unit's subtree: its work went to its
   * successor, whose officers read and carry it on.
   */
  private boolean coversSuccessor(String homeUnitCode, String code, int depth) {
    if (depth > MAX_SUCCESSIONS) {
      return false;
    }
    for (var succession : units.successions(code)) {
      if (succession.predecessorCode().equals(code)
          && (units.isUnder(succession.successorCode(), homeUnitCode, succession.effectiveOn())
              || coversSuccessor(homeUnitCode, succession.successorCode(), depth + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the current user's home unit is a NATION root, above every tree. */
  public boolean isNational() {
    return currentUser().map(user -> isNationRoot(user.unitCode(), units.today())).orElse(false);
  }

  private boolean isNationRoot(String unitCode, LocalDate asOf) {
    return units
        .findOnOrLatest(unitCode, asOf)
        .filter(unit -> unit.kind() == UnitKind.NATION && unit.parentCode() == null)
        .isPresent();
  }

  /** Throws 404 unless the current user may read the unit's records. */
  public void requireReadable(String unitCode) {
    requireReadable(unitCode, units.today());
  }

  public void requireReadable(String unitCode, LocalDate asOf) {
    if (!canRead(unitCode, asOf)) {
      throw new NotFoundException("units.error.not-found", unitCode);
    }
  }

  /**
   * Throws 404 if the unit is out of scope, 403 if it is in scope but the role does not allow the
   * action.
   */
  public void requireAllowed(Permission permission, String unitCode) {
    requireReadable(unitCode);
    if (!requireUser().can(permission)) {
      throw new AccessDeniedException(permission.name());
    }
  }

  /**
   * The units the current user may see, as the tree stood on the date: their subtree then, and the
   * units since merged into it.
   */
  public List<UnitView> visibleUnits(LocalDate asOf) {
    return currentUser()
        .map(
            user ->
                isNationRoot(user.unitCode(), asOf)
                    ? units.treeOn(asOf)
                    : reach.reachOn(user.unitCode(), asOf))
        .orElse(List.of());
  }

  /**
   * The codes whose records the current user reads in the tree of the date: {@link #visibleUnits}
   * and the units merged into their scope whenever they ended.
   */
  public Set<String> readableCodes(LocalDate asOf) {
    return currentUser()
        .map(
            user -> {
              if (!isNationRoot(user.unitCode(), asOf)) {
                return reach.reachedCodes(user.unitCode(), asOf);
              }
              var codes = new HashSet<String>();
              units.treeOn(asOf).forEach(u -> codes.add(u.code()));
              var today = units.today();
              var present = units.treeOn(today).stream().map(UnitView::code).toList();
              codes.addAll(units.predecessorsOf(present, today).keySet());
              return (Set<String>) codes;
            })
        .orElse(Set.of());
  }

  private static LocalDate dayToJudge(UnitView unit, LocalDate asOf) {
    if (unit.isValidOn(asOf)) {
      return asOf;
    }
    if (unit.validTo() != null && !unit.validTo().isAfter(asOf)) {
      return unit.validTo().minusDays(1);
    }
    return unit.validFrom();
  }
}

package vn.dvk.models.domain;

import org.springframework.stereotype.Component;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * Who may read and change models: the signed-in user's role, and the units their scope covers
 * today.
 */
@Component
public class ModelAccess {

  private final Scope scope;
  private final Units units;

  ModelAccess(Scope scope, Units units) {
    this.scope = scope;
    this.units = units;
  }

  /** The current user, if their role may read models (403 otherwise). */
  public CurrentUser reader() {
    var user = scope.requireUser();
    if (!user.can(Permission.MODELS_READ)) {
      throw new ForbiddenException("models.error.no-access");
    }
    return user;
  }

  /** The current user, if their role may edit models (403 otherwise). */
  public CurrentUser editor() {
    var user = reader();
    if (!user.can(Permission.MODELS_EDIT)) {
      throw new ForbiddenException("models.error.owner-only");
    }
    return user;
  }

  /** Whether the signed-in user's home is the nation, above every tree of every year. */
  public boolean isNational() {
    return scope.isNational();
  }

  /** Whether the user's scope covers the unit today. */
  public boolean covers(CurrentUser user, String unitCode) {
    return scope.covers(user.unitCode(), unitCode, units.today());
  }

  /** Whether the user's home unit lies strictly above the unit. */
  public boolean isAbove(CurrentUser user, String unitCode) {
    return !user.unitCode().equals(unitCode) && covers(user, unitCode);
  }

  /**
   * Whether the unit is the user's home unit and the top of a movement today: no unit stands above
   * it but, at most, the nation (which registers no models of the provinces').
   */
  public boolean isRootHome(CurrentUser user, String unitCode) {
    return user.unitCode().equals(unitCode)
        && units
            .find(unitCode, units.today())
            .map(unit -> unit.parentCode() == null || isNation(unit.parentCode()))
            .orElse(false);
  }

  private boolean isNation(String unitCode) {
    return units
        .find(unitCode, units.today())
        .map(unit -> unit.kind() == UnitKind.NATION)
        .orElse(false);
  }
}

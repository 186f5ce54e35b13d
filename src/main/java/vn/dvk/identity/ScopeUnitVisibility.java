package vn.dvk.identity;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.dvk.units.UnitVisibility;

/** Lets the units module ask the scope service what the current user may see. */
@Component
class ScopeUnitVisibility implements UnitVisibility {

  private final Scope scope;

  ScopeUnitVisibility(Scope scope) {
    this.scope = scope;
  }

  @Override
  public String homeUnitCode() {
    return scope.requireUser().unitCode();
  }

  @Override
  public boolean canSee(String unitCode, LocalDate asOf) {
    return scope.canRead(unitCode, asOf);
  }

  @Override
  public boolean mayCreateRoots() {
    return scope.requireUser().can(Permission.UNITS_MANAGE) && scope.isNational();
  }
}

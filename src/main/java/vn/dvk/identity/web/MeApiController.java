package vn.dvk.identity.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.units.Units;

@RestController
@RequestMapping("/api/v1")
class MeApiController {

  private final Scope scope;
  private final Units units;

  MeApiController(Scope scope, Units units) {
    this.scope = scope;
    this.units = units;
  }

  record UnitRef(String code, String name) {}

  record Me(
      String username, String displayName, String role, UnitRef unit, List<String> permissions) {}

  @GetMapping("/me")
  Me me() {
    var me = scope.requireUser();
    var unit = units.findOnOrLatest(me.unitCode(), units.today());
    return new Me(
        me.username(),
        me.displayName(),
        me.role().name(),
        new UnitRef(me.unitCode(), unit.map(u -> u.name()).orElse(null)),
        me.permissions().stream().map(Permission::name).sorted().toList());
  }
}

package vn.dvk.identity.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.identity.AccountAccess;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.shared.RequiredText;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.units.Units;

@RestController
@RequestMapping("/api/v1")
class MeApiController {

  private final Scope scope;
  private final Units units;
  private final AccountAccess access;
  private final ApiInput input;

  MeApiController(Scope scope, Units units, AccountAccess access, ApiInput input) {
    this.scope = scope;
    this.units = units;
    this.access = access;
    this.input = input;
  }

  /** The caller's own new password (the one way out of a password someone else chose). */
  record PasswordChange(
      @RequiredText(max = 72) String currentPassword, @RequiredText(max = 72) String newPassword) {}

  record UnitRef(String code, String name) {}

  /** The home unit's end, when it has ended: the day, and the unit that took its work, if any. */
  record Ended(LocalDate on, String successorCode) {}

  record Me(
      String username,
      String displayName,
      String role,
      UnitRef unit,
      Ended homeUnitEnded,
      List<String> permissions) {}

  @GetMapping("/me")
  Me me() {
    var me = scope.requireUser();
    var unit = units.findOnOrLatest(me.unitCode(), units.today());
    var ended = HomeStanding.of(me.unitCode(), units);
    return new Me(
        me.username(),
        me.displayName(),
        me.role().name(),
        new UnitRef(me.unitCode(), unit.map(u -> u.name()).orElse(null)),
        ended == null ? null : new Ended(ended.endedOn(), ended.successorCode()),
        me.permissions().stream().map(Permission::name).sorted().toList());
  }

  /** 204 once changed; the other sessions and every API token of the caller end. */
  @PutMapping("/me/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@RequestBody(required = false) PasswordChange change) {
    var valid = input.valid(change);
    access.changeOwnPassword(
        scope.requireUser().username(), valid.currentPassword(), valid.newPassword());
  }
}

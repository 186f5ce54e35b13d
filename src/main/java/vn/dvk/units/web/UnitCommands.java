package vn.dvk.units.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitView;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;
import vn.dvk.units.web.UnitForms.MergeForm;
import vn.dvk.units.web.UnitForms.MoveForm;
import vn.dvk.units.web.UnitForms.NewUnitForm;
import vn.dvk.units.web.UnitForms.RenameForm;

/**
 * What the unit pages and the unit API both do: every unit they read or change (and the parent or
 * target a change names) must be in the caller's scope, or it answers 404 as if it did not exist.
 * The units module cannot ask the identity module's scope service itself, so the web layer checks
 * through the {@link UnitVisibility} port before calling {@link Units}.
 */
@Component
class UnitCommands {

  private final Units units;
  private final UnitVisibility visibility;

  UnitCommands(Units units, UnitVisibility visibility) {
    this.units = units;
    this.visibility = visibility;
  }

  /** The unit's version on the date (today when absent), or its latest one if closed by then. */
  UnitView require(String code, LocalDate date) {
    var day = date == null ? units.today() : date;
    if (code == null || !visibility.canSee(code, day)) {
      throw new NotFoundException("units.error.not-found", String.valueOf(code));
    }
    return units.findOnOrLatest(code, day).orElseThrow();
  }

  /**
   * A new unit under a parent of the caller's scope; a unit without a parent (a new root) only by a
   * national administrator, since nobody else would see it afterwards.
   */
  UnitView create(NewUnitForm form) {
    if (form.parentCode() != null && !form.parentCode().isBlank()) {
      require(form.parentCode(), null);
    } else if (!visibility.mayCreateRoots()) {
      throw new ForbiddenException("units.error.root-not-allowed");
    }
    return units.create(
        new NewUnit(
            form.code(),
            form.name(),
            form.shortName(),
            form.kind(),
            form.level(),
            form.parentCode(),
            form.validFrom()),
        by());
  }

  UnitView rename(String code, RenameForm form) {
    var current = require(code, null);
    return units.rename(current.code(), form.name(), form.shortName(), form.effectiveOn(), by());
  }

  UnitView move(String code, MoveForm form) {
    var current = require(code, null);
    require(form.parentCode(), form.effectiveOn());
    return units.move(current.code(), form.parentCode(), form.effectiveOn(), by());
  }

  /** Merges the unit into the target; answers the target as it stands after the merge. */
  UnitView merge(String code, MergeForm form) {
    var current = require(code, null);
    var target = require(form.targetCode(), form.effectiveOn());
    units.merge(List.of(current.code()), target.code(), form.effectiveOn(), by());
    return units.findOnOrLatest(target.code(), units.today()).orElseThrow();
  }

  /** Who makes a change, as recorded with it. */
  private static String by() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? null : authentication.getName();
  }
}

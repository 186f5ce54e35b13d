package vn.dvk.units.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitRuleViolation;
import vn.dvk.units.UnitView;

/**
 * The rules that keep the hierarchy a tree and its history intact. Each check throws a {@link
 * UnitRuleViolation} whose key names the broken rule.
 */
public final class UnitRules {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

  private UnitRules() {}

  public static void checkNew(NewUnit unit, boolean codeEverUsed, Hierarchy atStart) {
    if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
      throw new UnitRuleViolation("units.error.code-format", String.valueOf(unit.code()));
    }
    if (unit.name() == null || unit.name().isBlank()) {
      throw new UnitRuleViolation("units.error.name-required");
    }
    if (unit.kind() == null || unit.validFrom() == null) {
      throw new UnitRuleViolation("units.error.incomplete");
    }
    if (codeEverUsed) {
      throw new UnitRuleViolation("units.error.duplicate-code", unit.code());
    }
    checkKindAndLevel(unit.kind(), unit.level());
    if (unit.parentCode() == null) {
      if (!unit.kind().mayBeRoot()) {
        throw new UnitRuleViolation("units.error.parent-required");
      }
      return;
    }
    var parent = requireValidParent(unit.parentCode(), atStart);
    checkLevelFits(parent, unit.level());
  }

  public static void checkRename(
      UnitView current, String newName, String newShortName, LocalDate effectiveOn) {
    if (newName == null || newName.isBlank()) {
      throw new UnitRuleViolation("units.error.name-required");
    }
    var shortName = newShortName == null ? newName : newShortName;
    if (newName.equals(current.name()) && shortName.equals(current.shortName())) {
      throw new UnitRuleViolation("units.error.same-name");
    }
    checkChangeDate(current, effectiveOn);
  }

  public static void checkMove(UnitView current, String newParentCode, Hierarchy atChange) {
    checkChangeDate(current, atChange.date());
    if (newParentCode == null) {
      throw new UnitRuleViolation("units.error.parent-required");
    }
    if (newParentCode.equals(current.parentCode())) {
      throw new UnitRuleViolation("units.error.same-parent");
    }
    if (atChange.wouldCreateCycle(current.code(), newParentCode)) {
      throw new UnitRuleViolation("units.error.cycle", current.code(), newParentCode);
    }
    var parent = requireValidParent(newParentCode, atChange);
    checkLevelFits(parent, current.level());
  }

  /**
   * Merging {@code sources} into {@code target}: the sources close on the date, their children move
   * to the target. Each child must be movable on that date too.
   */
  public static void checkMerge(
      Collection<UnitView> sources,
      String targetCode,
      Hierarchy atChange,
      List<UnitView> childrenToMove) {
    if (sources.isEmpty()) {
      throw new UnitRuleViolation("units.error.merge-nothing");
    }
    var target =
        atChange
            .find(targetCode)
            .orElseThrow(
                () ->
                    new UnitRuleViolation(
                        "units.error.not-valid-on", targetCode, atChange.date().toString()));
    for (var source : sources) {
      if (source.code().equals(targetCode)) {
        throw new UnitRuleViolation("units.error.merge-into-itself", targetCode);
      }
      checkChangeDate(source, atChange.date());
      if (atChange.isUnder(targetCode, source.code())) {
        throw new UnitRuleViolation("units.error.cycle", source.code(), targetCode);
      }
      if (source.level() != target.level()) {
        throw new UnitRuleViolation("units.error.merge-level", source.code(), targetCode);
      }
    }
    for (var child : childrenToMove) {
      checkChangeDate(child, atChange.date());
    }
  }

  /**
   * Dissolving a unit: it closes on the date and its children move to {@code successorCode}, which
   * is required when it has any and must be able to hold each of them.
   */
  public static void checkDissolution(
      UnitView unit, String successorCode, Hierarchy atChange, List<UnitView> childrenToMove) {
    checkChangeDate(unit, atChange.date());
    if (successorCode == null) {
      if (!childrenToMove.isEmpty()) {
        throw new UnitRuleViolation("units.error.dissolve-needs-successor", unit.code());
      }
      return;
    }
    if (successorCode.equals(unit.code()) || atChange.isUnder(successorCode, unit.code())) {
      throw new UnitRuleViolation("units.error.cycle", unit.code(), successorCode);
    }
    var successor = requireValidParent(successorCode, atChange);
    for (var child : childrenToMove) {
      checkChangeDate(child, atChange.date());
      checkLevelFits(successor, child.level());
    }
  }

  /**
   * A change takes effect on a date after the unit's current version began, and only on a unit that
   * still exists: anything earlier would rewrite what the history already says.
   */
  static void checkChangeDate(UnitView current, LocalDate effectiveOn) {
    if (effectiveOn == null) {
      throw new UnitRuleViolation("units.error.date-required");
    }
    if (!current.isCurrent()) {
      throw new UnitRuleViolation(
          "units.error.closed", current.code(), current.validTo().toString());
    }
    if (!effectiveOn.isAfter(current.validFrom())) {
      throw new UnitRuleViolation(
          "units.error.history", current.code(), current.validFrom().toString());
    }
  }

  private static void checkKindAndLevel(UnitKind kind, Level level) {
    if (!kind.allows(level)) {
      throw new UnitRuleViolation("units.error.kind-level");
    }
  }

  private static UnitView requireValidParent(String parentCode, Hierarchy at) {
    return at.find(parentCode)
        .orElseThrow(
            () ->
                new UnitRuleViolation(
                    "units.error.not-valid-on", parentCode, at.date().toString()));
  }

  private static void checkLevelFits(UnitView parent, Level childLevel) {
    if (!parent.level().mayContain(childLevel)) {
      throw new UnitRuleViolation("units.error.level-above-parent", parent.code());
    }
  }
}

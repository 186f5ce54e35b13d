package vn.dvk.models.domain;

import java.util.HashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.dvk.identity.CurrentUser;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.units.Units;

/**
 * What {@link ModelValidator} asks of the rest of the system, for one user: the units they may
 * register under (existing today, in their scope) and the active reference codes.
 */
@Component
public class ModelReferences {

  private final ModelAccess access;
  private final Units units;
  private final ReferenceLists references;

  ModelReferences(ModelAccess access, Units units, ReferenceLists references) {
    this.access = access;
    this.units = units;
    this.references = references;
  }

  public ModelValidator.References of(CurrentUser user) {
    return new ModelValidator.References(
        unit -> units.find(unit, units.today()).isPresent() && access.covers(user, unit),
        code -> references.isActive(ReferenceList.FIELD, code),
        code -> references.isActive(ReferenceList.MOVEMENT, code),
        code -> references.isActive(ReferenceList.INDICATOR, code));
  }

  /** The same, each answer remembered: for checking many models at once (an import). */
  public ModelValidator.References remembered(CurrentUser user) {
    var given = of(user);
    return new ModelValidator.References(
        memoized(given.unitAllowed()),
        memoized(given.activeField()),
        memoized(given.activeMovement()),
        memoized(given.activeIndicator()));
  }

  private static Predicate<String> memoized(Predicate<String> predicate) {
    var answers = new HashMap<String, Boolean>();
    return value -> answers.computeIfAbsent(value, predicate::test);
  }
}

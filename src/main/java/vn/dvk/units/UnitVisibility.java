package vn.dvk.units;

import java.time.LocalDate;

/**
 * Which units the current user may see. The units module asks this of whoever knows the user (the
 * identity module implements it with its scope service), so that the hierarchy does not depend on
 * the people who use it.
 */
public interface UnitVisibility {

  /** The root of the subtree the current user may see. */
  String homeUnitCode();

  /** Whether the current user may see the unit, reading the tree as of the given date. */
  boolean canSee(String unitCode, LocalDate asOf);
}

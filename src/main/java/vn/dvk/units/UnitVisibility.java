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

  /**
   * Whether the current user may create a unit without a parent: only an administrator whose home
   * unit is a NATION root, which stands above every tree. Anyone else creates inside their subtree.
   */
  boolean mayCreateRoots();
}

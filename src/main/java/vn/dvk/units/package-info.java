/**
 * The unit hierarchy (province, district-level units, grassroots units) and its history: every
 * rename, move and merge makes a new version and keeps the old one, so the tree as of any date can
 * be read back. The public API is {@link vn.dvk.units.Units}; who may see which units is asked of a
 * {@link vn.dvk.units.UnitVisibility}, which the identity module provides.
 */
@ApplicationModule(displayName = "Units")
package vn.dvk.units;

import org.springframework.modulith.ApplicationModule;

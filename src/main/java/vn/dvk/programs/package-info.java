/**
 * Programs and their reference lists: the fields of social life, the emulation movements and
 * campaigns models are linked to, and the result indicators with their units of measure, all
 * editable by administrators ({@link vn.dvk.programs.ReferenceLists}).
 */
@ApplicationModule(displayName = "Programs")
package vn.dvk.programs;

import org.springframework.modulith.ApplicationModule;

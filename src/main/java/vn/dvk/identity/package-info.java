/**
 * Users, their role and home unit, login, and the one scope service ({@link vn.dvk.identity.Scope})
 * that every module asks whether the current user may read or act on a unit's records. A user's
 * scope is the subtree of their home unit.
 */
@ApplicationModule(displayName = "Identity")
package vn.dvk.identity;

import org.springframework.modulith.ApplicationModule;

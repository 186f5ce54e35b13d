/**
 * The append-only record of every change made in the system ({@link vn.dvk.audit.AuditLog}): who,
 * with which role, when, what, and the state before and after. Corrections are new entries; nothing
 * is ever updated or deleted.
 */
@ApplicationModule(displayName = "Audit")
package vn.dvk.audit;

import org.springframework.modulith.ApplicationModule;

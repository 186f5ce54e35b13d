/**
 * What every module uses: the typed exceptions that the web layer maps once to localized error
 * pages and RFC 9457 problem details, locale handling, and the application clock.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.dvk.shared;

import org.springframework.modulith.ApplicationModule;

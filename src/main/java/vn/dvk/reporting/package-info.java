/**
 * Reports written from the data: the yearly summary of the movement for a year and a part of the
 * tree (the figures of the brief), as a page and as JSON. The public API is {@link
 * vn.dvk.reporting.YearlySummaries}.
 */
@ApplicationModule(displayName = "Reporting")
package vn.dvk.reporting;

import org.springframework.modulith.ApplicationModule;

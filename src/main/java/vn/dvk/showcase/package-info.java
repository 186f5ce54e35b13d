/**
 * The public showcase: approved public versions of recognized models, searchable without a login,
 * with their lineage and the province's yearly figures, and the same as open data (CSV, JSON).
 */
@ApplicationModule(displayName = "Showcase")
package vn.dvk.showcase;

import org.springframework.modulith.ApplicationModule;

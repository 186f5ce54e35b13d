/**
 * Mobilization models (“mô hình, điển hình”): what a unit registers, its yearly registrations (new
 * or continued) and their states, the indicators it will be judged by, progress reports,
 * attachments, search and spreadsheets. The public API: {@link vn.dvk.models.MobilizationModels}
 * (one model), {@link vn.dvk.models.Registrations} (a registration's states), {@link
 * vn.dvk.models.ModelLists} (lists and exports) and the services beside them.
 */
@ApplicationModule(displayName = "Models")
package vn.dvk.models;

import org.springframework.modulith.ApplicationModule;

/**
 * Mobilization models (“mô hình, điển hình”): what a unit registers, its yearly registrations (new
 * or continued) and their states, the indicators it will be judged by, progress reports,
 * attachments, search and spreadsheets. The public API is {@link vn.dvk.models.MobilizationModels}.
 */
@ApplicationModule(displayName = "Models")
package vn.dvk.models;

import org.springframework.modulith.ApplicationModule;

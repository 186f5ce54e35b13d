package vn.dvk.models;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import vn.dvk.models.domain.DetailsNormalizer;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.models.domain.SearchText;
import vn.dvk.units.UnitSearchNames;

/**
 * The registrations a workbook brings, once every row has been checked: whether a row's title is
 * taken already, and the new models and their registrations saved together.
 */
@Component
class ImportedRegistrations {

  /** A model to register for a year, already checked. */
  record NewRegistration(ModelDetails details, int year) {}

  private final MobilizationModels models;
  private final RegistrationRepository registrations;
  private final UnitSearchNames searchNames;
  private final ModelAccess access;
  private final ModelAudit audit;

  ImportedRegistrations(
      MobilizationModels models,
      RegistrationRepository registrations,
      UnitSearchNames searchNames,
      ModelAccess access,
      ModelAudit audit) {
    this.models = models;
    this.registrations = registrations;
    this.searchNames = searchNames;
    this.access = access;
    this.audit = audit;
  }

  /** Whether the unit already registered a model of this title (folded) for the year. */
  boolean isRegistered(String title, String unitCode, int year) {
    return registrations.claimed(unitCode.trim().toUpperCase(Locale.ROOT), title, year);
  }

  /**
   * Registers many checked models at once, inside the caller's transaction; reports how many are
   * done as it goes.
   */
  void createAll(List<NewRegistration> rows, IntConsumer progress) {
    var user = access.editor();
    var chains = new HashMap<String, List<String>>();
    int done = 0;
    for (var row : rows) {
      var normalized = DetailsNormalizer.normalize(row.details());
      var chain = chains.computeIfAbsent(normalized.unitCode(), searchNames::of);
      var id = models.insert(user, normalized, row.year(), SearchText.of(normalized, chain));
      audit.record(
          user,
          "MODEL_IMPORTED",
          id,
          normalized.unitCode(),
          row.year() + ": " + normalized.title(),
          null,
          normalized);
      progress.accept(++done);
    }
  }
}

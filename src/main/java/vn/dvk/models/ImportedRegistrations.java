package vn.dvk.models;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.dvk.models.domain.Continuations;
import vn.dvk.models.domain.DetailsNormalizer;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.ModelAudit;
import vn.dvk.models.domain.RegistrationRepository;
import vn.dvk.models.domain.SearchText;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.LocalizedException;
import vn.dvk.units.UnitSearchNames;

/**
 * The registrations a workbook brings, once every row has been checked: whether a row's title is
 * taken already, whether the model a row continues may be continued, and the new models and the
 * registrations of new and continued ones saved together.
 */
@Component
class ImportedRegistrations {

  /**
   * A checked row of the sheet: a new model, or (with {@code continuedFrom}) an earlier model's
   * registration for the year.
   */
  record NewRegistration(int row, ModelDetails details, int year, Long continuedFrom) {}

  /** A model's number as the export and the pages show it: digits, perhaps after a “#”. */
  private static final Pattern MODEL_NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");

  /** The refusals that are the year's fault, not the model's. */
  private static final Set<String> YEAR_RULES =
      Set.of("models.error.year", "models.error.continue-year");

  private final MobilizationModels models;
  private final Registrations continuations;
  private final RegistrationRepository registrations;
  private final UnitSearchNames searchNames;
  private final ModelAccess access;
  private final ModelAudit audit;
  private final Clock clock;

  ImportedRegistrations(
      MobilizationModels models,
      Registrations continuations,
      RegistrationRepository registrations,
      UnitSearchNames searchNames,
      ModelAccess access,
      ModelAudit audit,
      Clock clock) {
    this.models = models;
    this.continuations = continuations;
    this.registrations = registrations;
    this.searchNames = searchNames;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether the unit already registered a model of this title (folded) for the year. */
  boolean isRegistered(String title, String unitCode, int year) {
    return registrations.claimed(unitCode.trim().toUpperCase(Locale.ROOT), title, year);
  }

  /**
   * The model a row continues into the year, if the current user may continue it: it exists in
   * their scope (a model outside it is not found, as on every page) and the rule of {@link
   * Continuations} allows it. Otherwise what is wrong is added to {@code problems}, on the year's
   * column when the year is at fault.
   */
  Optional<ModelView> continuable(String reference, int year, List<Violation> problems) {
    var number = MODEL_NUMBER.matcher(reference.trim());
    if (!number.matches()) {
      problems.add(new Violation("continuedFrom", "import.error.continued-from", reference));
      return Optional.empty();
    }
    try {
      var model = models.get(Long.parseLong(number.group(1)));
      Continuations.check(model.latestRegistration().orElseThrow(), year, LocalDate.now(clock));
      return Optional.of(model);
    } catch (LocalizedException refused) {
      var field = YEAR_RULES.contains(refused.messageKey()) ? "year" : "continuedFrom";
      problems.add(new Violation(field, refused.messageKey(), refused.arguments()));
      return Optional.empty();
    }
  }

  /**
   * Registers many checked rows at once, inside the caller's transaction; reports how many are done
   * as it goes. Returns the model and registration of each row, by row.
   */
  Map<Integer, ImportJob.Created> createAll(List<NewRegistration> rows, IntConsumer progress) {
    var user = access.editor();
    var chains = new HashMap<String, List<String>>();
    var created = new LinkedHashMap<Integer, ImportJob.Created>();
    int done = 0;
    for (var row : rows) {
      long id;
      if (row.continuedFrom() != null) {
        id = continuations.continueIn(row.continuedFrom(), row.year()).id();
      } else {
        var normalized = DetailsNormalizer.normalize(row.details());
        var chain = chains.computeIfAbsent(normalized.unitCode(), searchNames::of);
        id = models.insert(user, normalized, row.year(), SearchText.of(normalized, chain));
        audit.record(
            user,
            "MODEL_IMPORTED",
            id,
            normalized.unitCode(),
            row.year() + ": " + normalized.title(),
            null,
            normalized);
      }
      var registration = registrations.find(id, row.year()).orElseThrow();
      created.put(row.row(), new ImportJob.Created(id, registration.id()));
      progress.accept(++done);
    }
    return created;
  }
}

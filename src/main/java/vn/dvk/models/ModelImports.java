package vn.dvk.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.Scope;
import vn.dvk.models.domain.ImportJobRepository;
import vn.dvk.models.domain.ImportJobWatch;
import vn.dvk.models.domain.Values;
import vn.dvk.models.spreadsheet.RegistrationTemplate;
import vn.dvk.models.spreadsheet.TemplateColumn;
import vn.dvk.models.spreadsheet.TemplateRows;
import vn.dvk.models.spreadsheet.WorkbookReader;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.TextFolding;
import vn.dvk.shared.i18n.Languages;

/**
 * Imports a registration workbook: every row is read and checked first, and the rows are saved only
 * if none has an error — all rows or none, in one transaction. Every error is reported with its
 * row, column and a message in the uploader's language. Progress is kept in the job's row.
 */
@Service
public class ModelImports {

  private static final Pattern INDICATOR_HEADER = Pattern.compile("\\[([A-Z0-9_]+)]\\s*$");
  private static final int MAX_REPORTED_ERRORS = 1000;
  private static final int PROGRESS_EVERY = 200;

  private final MobilizationModels models;
  private final ImportJobRepository jobs;
  private final Scope scope;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final ImportJobWatch watch;

  ModelImports(
      MobilizationModels models,
      ImportJobRepository jobs,
      Scope scope,
      MessageSource messages,
      TransactionTemplate transaction,
      ImportJobWatch watch) {
    this.models = models;
    this.jobs = jobs;
    this.scope = scope;
    this.messages = messages;
    this.transaction = transaction;
    this.watch = watch;
  }

  /** Opens a job for an upload by the current user. */
  public long open(String fileName) {
    models.violations(emptyDetails());
    var id = jobs.create(scope.requireUser().username(), fileName);
    watch.runsHere(id);
    return id;
  }

  /** The job, if it is the current user's. */
  public ImportJob job(long id) {
    var user = scope.requireUser();
    return jobs.find(id)
        .filter(job -> job.username().equals(user.username()))
        .orElseThrow(() -> new NotFoundException("import.error.no-job", String.valueOf(id)));
  }

  /**
   * Reads, checks and (if nothing is wrong) saves the workbook of a job, as the current user.
   * Returns the finished job.
   */
  public ImportJob run(long jobId, Path file, Locale locale) {
    try {
      var total = new int[] {0};
      WorkbookReader.read(
          file,
          row -> {
            if (row.number() > 1 && !row.isEmpty()) {
              total[0]++;
            }
          });
      if (total[0] > RegistrationTemplate.MAX_ROWS) {
        return fail(
            jobId,
            List.of(
                error(
                    0, null, "import.error.too-many-rows", locale, RegistrationTemplate.MAX_ROWS)));
      }
      jobs.progress(jobId, ImportJob.Status.VALIDATING, total[0], 0);
      var parsed = parse(jobId, file, total[0], locale);
      if (!parsed.errors.isEmpty()) {
        return fail(jobId, parsed.errors);
      }
      if (parsed.rows.isEmpty()) {
        return fail(jobId, List.of(error(0, null, "import.error.empty", locale)));
      }
      jobs.progress(jobId, ImportJob.Status.IMPORTING, total[0], 0);
      try {
        save(jobId, parsed, total[0]);
      } catch (ConflictException registeredMeanwhile) {
        // Another import or user registered some of these rows since they were checked: the
        // rows are checked again, and name what is now taken.
        var again = parse(jobId, file, total[0], locale);
        if (again.errors.isEmpty()) {
          throw registeredMeanwhile;
        }
        return fail(jobId, again.errors);
      }
      jobs.finish(jobId, parsed.rows.size(), List.of(), 0);
    } catch (LocalizedException refused) {
      return fail(
          jobId,
          List.of(
              new ImportJob.ImportError(
                  0,
                  null,
                  null,
                  messages.getMessage(refused.messageKey(), refused.arguments(), locale))));
    }
    return jobs.find(jobId).orElseThrow();
  }

  private void save(long jobId, Parsed parsed, int total) {
    transaction.executeWithoutResult(
        status ->
            models.createAll(
                parsed.rows,
                done -> {
                  if (done % PROGRESS_EVERY == 0) {
                    jobs.progress(jobId, ImportJob.Status.IMPORTING, total, done);
                  }
                }));
  }

  /** Ends a job that broke off unexpectedly, so that nobody waits for it forever. */
  public void abort(long jobId, Locale locale) {
    fail(jobId, List.of(error(0, null, "import.error.unexpected", locale)));
  }

  private ImportJob fail(long jobId, List<ImportJob.ImportError> errors) {
    jobs.finish(
        jobId, 0, errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)), errors.size());
    return jobs.find(jobId).orElseThrow();
  }

  /** The rows of a workbook, each checked; nothing is saved here. */
  private Parsed parse(long jobId, Path file, int total, Locale locale) {
    var result = new Parsed();
    var header = new HashMap<Integer, String>();
    var indicatorColumns = new LinkedHashMap<Integer, String>();
    var seen = new HashMap<String, Integer>();
    var counter = new int[] {0};
    var checker = models.checker();
    WorkbookReader.read(
        file,
        row -> {
          if (row.number() == 1) {
            row.cells().forEach((column, cell) -> header.put(column, cell.text()));
            checkHeader(header, indicatorColumns, result, locale);
            return;
          }
          if (row.isEmpty() || result.badTemplate) {
            return;
          }
          var problems = new ArrayList<Violation>();
          var year = Values.integer("year", TemplateRows.text(row, TemplateColumn.YEAR), problems);
          var details = TemplateRows.details(row, indicatorColumns, problems);
          if (year == null && problems.stream().noneMatch(p -> p.field().equals("year"))) {
            problems.add(new Violation("year", "validation.required"));
          }
          problems.addAll(checker.violations(details));
          if (year != null && details.title() != null && details.unitCode() != null) {
            var key =
                year
                    + "|"
                    + details.unitCode().trim().toUpperCase(Locale.ROOT)
                    + "|"
                    + TextFolding.fold(details.title());
            var first = seen.putIfAbsent(key, row.number());
            if (first != null) {
              problems.add(
                  new Violation("title", "import.error.duplicate-row", String.valueOf(first)));
            } else if (models.isRegistered(details.title(), details.unitCode(), year)) {
              problems.add(
                  new Violation("title", "import.error.already-registered", String.valueOf(year)));
            }
          }
          for (var problem : problems) {
            result.errors.add(toError(row.number(), problem, header, indicatorColumns, locale));
          }
          if (problems.isEmpty()) {
            result.rows.add(new MobilizationModels.NewRegistration(details, year));
          }
          if (++counter[0] % PROGRESS_EVERY == 0) {
            jobs.progress(jobId, ImportJob.Status.VALIDATING, total, counter[0]);
          }
        });
    return result;
  }

  private void checkHeader(
      Map<Integer, String> header,
      Map<Integer, String> indicatorColumns,
      Parsed result,
      Locale locale) {
    var columns = TemplateColumn.all();
    for (int i = 0; i < columns.size(); i++) {
      var expected = columns.get(i).labelKey();
      var actual = header.get(i) == null ? "" : header.get(i).replace("*", "").trim();
      var matches =
          Languages.SUPPORTED_LOCALES.stream()
              .anyMatch(l -> messages.getMessage(expected, null, l).equals(actual));
      if (!matches) {
        result.badTemplate = true;
        result.errors.add(
            error(
                1,
                TemplateColumn.letter(i),
                "import.error.not-template",
                locale,
                messages.getMessage(expected, null, locale)));
        return;
      }
    }
    header.forEach(
        (column, text) -> {
          var code = INDICATOR_HEADER.matcher(text == null ? "" : text);
          if (column >= columns.size() && code.find()) {
            indicatorColumns.put(column, code.group(1));
          }
        });
  }

  private ImportJob.ImportError toError(
      int row,
      Violation problem,
      Map<Integer, String> header,
      Map<Integer, String> indicatorColumns,
      Locale locale) {
    Integer column = null;
    for (var templateColumn : TemplateColumn.values()) {
      if (templateColumn.property().equals(problem.field())) {
        column = templateColumn.ordinal();
      }
    }
    if (problem.field().startsWith("targets.")) {
      var code = problem.field().substring("targets.".length());
      for (var entry : indicatorColumns.entrySet()) {
        if (entry.getValue().equals(code)) {
          column = entry.getKey();
        }
      }
    }
    return new ImportJob.ImportError(
        row,
        column == null ? null : TemplateColumn.letter(column),
        column == null ? null : header.get(column),
        messages.getMessage(problem.messageKey(), problem.arguments(), locale));
  }

  private ImportJob.ImportError error(
      int row, String column, String key, Locale locale, Object... args) {
    return new ImportJob.ImportError(row, column, null, messages.getMessage(key, args, locale));
  }

  private static ModelDetails emptyDetails() {
    return new ModelDetails(
        null, null, null, null, null, null, List.of(), null, null, null, null, null, null, Set.of(),
        null, null, null, null, null, null, null, null, null, List.of());
  }

  /** What a workbook holds once read: the good rows and every error. */
  private static final class Parsed {
    final List<MobilizationModels.NewRegistration> rows = new ArrayList<>();
    final List<ImportJob.ImportError> errors = new ArrayList<>();
    boolean badTemplate;
  }
}

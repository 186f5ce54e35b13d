package vn.dvk.models;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.Scope;
import vn.dvk.models.domain.ImportJobRepository;
import vn.dvk.models.domain.ImportJobWatch;
import vn.dvk.models.spreadsheet.RegistrationTemplate;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.spreadsheet.WorkbookReader;

/**
 * Imports a registration workbook: every row is read and checked first ({@link WorkbookCheck}), and
 * the rows are saved only if none has an error — all rows or none, in one transaction. Every error
 * is reported with its row, column and a message in the uploader's language. Progress is kept in
 * the job's row.
 */
@Service
public class ModelImports {

  private static final int MAX_REPORTED_ERRORS = 1000;

  private final MobilizationModels models;
  private final ImportedRegistrations registrations;
  private final ImportJobRepository jobs;
  private final Scope scope;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final ImportJobWatch watch;

  ModelImports(
      MobilizationModels models,
      ImportedRegistrations registrations,
      ImportJobRepository jobs,
      Scope scope,
      MessageSource messages,
      TransactionTemplate transaction,
      ImportJobWatch watch) {
    this.models = models;
    this.registrations = registrations;
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
      var total = countRows(file);
      if (total > RegistrationTemplate.MAX_ROWS) {
        return fail(
            jobId, error("import.error.too-many-rows", locale, RegistrationTemplate.MAX_ROWS));
      }
      jobs.progress(jobId, ImportJob.Status.VALIDATING, total, 0);
      var checked = check(jobId, file, total, locale);
      if (!checked.errors().isEmpty()) {
        return fail(jobId, checked.errors());
      }
      if (checked.rows().isEmpty()) {
        return fail(jobId, error("import.error.empty", locale));
      }
      jobs.progress(jobId, ImportJob.Status.IMPORTING, total, 0);
      return save(jobId, file, total, locale, checked);
    } catch (LocalizedException refused) {
      return fail(jobId, error(refused.messageKey(), locale, refused.arguments()));
    }
  }

  /** Ends a job that broke off unexpectedly, so that nobody waits for it forever. */
  public void abort(long jobId, Locale locale) {
    fail(jobId, error("import.error.unexpected", locale));
  }

  /** The rows of the workbook that are not empty, below the header. */
  private static int countRows(Path file) {
    var total = new int[] {0};
    WorkbookReader.read(
        file,
        row -> {
          if (row.number() > 1 && !row.isEmpty()) {
            total[0]++;
          }
        });
    return total[0];
  }

  private WorkbookCheck check(long jobId, Path file, int total, Locale locale) {
    return new WorkbookCheck(
            messages,
            locale,
            models.checker(),
            registrations,
            checked -> jobs.progress(jobId, ImportJob.Status.VALIDATING, total, checked))
        .read(file);
  }

  /**
   * Saves the checked rows in one transaction. When another import or user registered some of them
   * since they were checked, the rows are checked again, and the errors name what is now taken.
   */
  private ImportJob save(long jobId, Path file, int total, Locale locale, WorkbookCheck checked) {
    try {
      transaction.executeWithoutResult(
          status ->
              jobs.created(
                  jobId,
                  registrations.createAll(
                      checked.rows(),
                      done -> {
                        if (done % WorkbookCheck.PROGRESS_EVERY == 0) {
                          jobs.progress(jobId, ImportJob.Status.IMPORTING, total, done);
                        }
                      })));
    } catch (ConflictException registeredMeanwhile) {
      var again = check(jobId, file, total, locale);
      if (again.errors().isEmpty()) {
        throw registeredMeanwhile;
      }
      return fail(jobId, again.errors());
    }
    jobs.finish(jobId, checked.rows().size(), List.of(), 0);
    return jobs.find(jobId).orElseThrow();
  }

  private ImportJob fail(long jobId, List<ImportJob.ImportError> errors) {
    jobs.finish(
        jobId, 0, errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)), errors.size());
    return jobs.find(jobId).orElseThrow();
  }

  /** An error of the whole workbook, not of one of its cells. */
  private List<ImportJob.ImportError> error(String key, Locale locale, Object... args) {
    return List.of(
        new ImportJob.ImportError(0, null, null, messages.getMessage(key, args, locale)));
  }

  private static ModelDetails emptyDetails() {
    return new ModelDetails(
        null, null, null, null, null, null, List.of(), null, null, null, null, null, null, Set.of(),
        null, null, null, null, null, null, null, null, null, List.of());
  }
}

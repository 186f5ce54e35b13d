package vn.dvk.shared.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.spreadsheet.Spreadsheets;

/**
 * Runs a bulk set-up import (units, users) as a job: the uploaded file (XLSX or CSV) is kept aside,
 * read and checked whole in the background, and written in one transaction only if no row has an
 * error. The module that owns what is imported says how its rows are checked and written ({@link
 * Importer}); this class keeps the job's progress, errors and result for whoever polls.
 */
@Service
public class SetupImports {

  public static final int MAX_ROWS = 5_000;
  static final int MAX_REPORTED_ERRORS = 1_000;

  private static final Logger log = LoggerFactory.getLogger(SetupImports.class);

  /** What an import of one kind does with the rows of a file. */
  public interface Importer<T> {

    /** Reads and checks every row, writing nothing; hears how many rows were checked. */
    Checked<T> check(Path file, Locale locale, IntConsumer checked);

    /**
     * Writes the checked rows, inside the import's one transaction. A row refused now (something
     * changed since the check) is returned as an error, and nothing is written.
     */
    Written write(List<T> rows, Locale locale, IntConsumer written);
  }

  /** The rows that passed the checks, and the errors of the others. */
  public record Checked<T>(List<T> rows, List<SetupJob.RowError> errors) {}

  /** What was created (codes, usernames), the secrets to show once, or the errors. */
  public record Written(
      List<String> created, Map<String, String> secrets, List<SetupJob.RowError> errors) {}

  private final SetupJobStore jobs;
  private final SetupJobWatch watch;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final AsyncTaskExecutor executor;

  SetupImports(
      SetupJobStore jobs,
      SetupJobWatch watch,
      MessageSource messages,
      TransactionTemplate transaction,
      @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
    this.jobs = jobs;
    this.watch = watch;
    this.messages = messages;
    this.transaction = transaction;
    this.executor = executor;
  }

  /**
   * Keeps the upload aside, opens its job and runs it in the background as the current user.
   * Returns the job's id at once.
   */
  public <T> long start(
      String kind,
      String username,
      String fileName,
      InputStream content,
      Locale locale,
      Importer<T> importer) {
    var copy = keep(content);
    var id = jobs.create(kind, username, fileName);
    watch.runsHere(id);
    var context = SecurityContextHolder.getContext();
    executor.execute(
        new DelegatingSecurityContextRunnable(
            () -> {
              try {
                run(id, copy, locale, importer);
              } catch (RuntimeException unexpected) {
                log.error("Set-up import {} failed", id, unexpected);
                fail(id, List.of(fileError("import.error.unexpected", locale)));
              } finally {
                copy.toFile().delete();
              }
            },
            context));
    return id;
  }

  /**
   * The job of that kind if it is the user's; reading it once it has finished takes its secrets, so
   * that the initial passwords are shown to their administrator once.
   */
  public SetupJob job(long id, String kind, String username) {
    var job =
        jobs.find(id)
            .filter(j -> j.kind().equals(kind) && j.username().equals(username))
            .orElseThrow(() -> new NotFoundException("import.error.no-job", String.valueOf(id)));
    return job.state().isFinished() ? job.withSecrets(jobs.takeSecrets(id)) : job;
  }

  /** Reads, checks and (when nothing is wrong) writes the file of a job. */
  <T> void run(long id, Path file, Locale locale, Importer<T> importer) {
    try {
      var total = Spreadsheets.countRows(file);
      if (total > MAX_ROWS) {
        fail(id, List.of(fileError("import.error.too-many-rows", locale, MAX_ROWS)));
        return;
      }
      jobs.progress(id, SetupJob.State.VALIDATING, total, 0);
      var checked =
          importer.check(file, locale, n -> jobs.progress(id, SetupJob.State.VALIDATING, total, n));
      if (!checked.errors().isEmpty() || checked.rows().isEmpty()) {
        fail(
            id,
            checked.errors().isEmpty()
                ? List.of(fileError("import.error.empty", locale))
                : checked.errors());
        return;
      }
      jobs.progress(id, SetupJob.State.IMPORTING, total, 0);
      var written = write(id, total, checked.rows(), locale, importer);
      if (written.errors().isEmpty()) {
        jobs.succeed(id, written.created(), written.secrets());
      } else {
        fail(id, written.errors());
      }
    } catch (LocalizedException refused) {
      fail(id, List.of(fileError(refused.messageKey(), locale, refused.arguments())));
    }
  }

  private <T> Written write(long id, int total, List<T> rows, Locale locale, Importer<T> importer) {
    return transaction.execute(
        status -> {
          var written =
              importer.write(
                  rows, locale, n -> jobs.progress(id, SetupJob.State.IMPORTING, total, n));
          if (!written.errors().isEmpty()) {
            status.setRollbackOnly();
          }
          return written;
        });
  }

  private void fail(long id, List<SetupJob.RowError> errors) {
    jobs.fail(id, errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)), errors.size());
  }

  private SetupJob.RowError fileError(String key, Locale locale, Object... args) {
    return new SetupJob.RowError(0, null, null, messages.getMessage(key, args, locale));
  }

  private static Path keep(InputStream content) {
    try (content) {
      var copy = Files.createTempFile("dvk-setup-", ".upload");
      Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
      if (Files.size(copy) == 0) {
        copy.toFile().delete();
        throw new BusinessRuleException("import.error.no-file");
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.dvk.models.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.identity.Scope;
import vn.dvk.models.ModelAttachments;
import vn.dvk.models.ModelImports;
import vn.dvk.models.spreadsheet.RegistrationTemplate;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.units.Units;

/**
 * What the import page and the import API share: the template in the reader's language, and an
 * upload checked for its size and run in the background as the uploader, so that both refuse the
 * same files and import them the same way.
 */
@Component
class ImportLaunch {

  private static final Logger log = LoggerFactory.getLogger(ImportLaunch.class);

  private final ModelImports imports;
  private final ModelAttachments attachments;
  private final ReferenceLists references;
  private final Scope scope;
  private final Units units;
  private final MessageSource messages;
  private final AsyncTaskExecutor executor;

  ImportLaunch(
      ModelImports imports,
      ModelAttachments attachments,
      ReferenceLists references,
      Scope scope,
      Units units,
      MessageSource messages,
      @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
    this.imports = imports;
    this.attachments = attachments;
    this.references = references;
    this.scope = scope;
    this.units = units;
    this.messages = messages;
    this.executor = executor;
  }

  /** The registration template, with the codes the current user may use. */
  void template(OutputStream out, Locale locale) throws IOException {
    RegistrationTemplate.write(
        out,
        locale,
        key -> messages.getMessage(key, null, locale),
        references.active(ReferenceList.FIELD),
        references.active(ReferenceList.MOVEMENT),
        references.active(ReferenceList.INDICATOR),
        scope.visibleUnits(units.today()));
  }

  /**
   * Opens a job for the file and runs it in the background; returns its id. An empty file or one
   * over the size allowed is refused (422) before any job is opened.
   */
  long start(MultipartFile file, Locale locale) {
    if (file.isEmpty()) {
      throw new BusinessRuleException("import.error.no-file");
    }
    if (file.getSize() > attachments.maxSize().toBytes()) {
      throw new BusinessRuleException(
          "import.error.too-large", String.valueOf(attachments.maxSize().toMegabytes()));
    }
    var jobId = imports.open(file.getOriginalFilename());
    try {
      var copy = Files.createTempFile("dvk-import-", ".xlsx");
      file.transferTo(copy);
      executor.execute(
          new DelegatingSecurityContextRunnable(
              () -> {
                try {
                  imports.run(jobId, copy, locale);
                } catch (RuntimeException unexpected) {
                  log.error("Import {} failed", jobId, unexpected);
                  imports.abort(jobId, locale);
                } finally {
                  copy.toFile().delete();
                }
              },
              SecurityContextHolder.getContext()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jobId;
  }
}

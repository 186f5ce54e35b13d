package vn.dvk.models.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.Scope;
import vn.dvk.models.ModelAttachments;
import vn.dvk.models.ModelImports;
import vn.dvk.models.spreadsheet.RegistrationTemplate;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.units.Units;

/**
 * The registration workbook: download the template, upload a filled one, and watch the import run
 * (the page polls with htmx until it is done) with every error listed by row and column.
 */
@Controller
@PreAuthorize("hasAuthority('MODELS_EDIT')")
class ModelImportController {

  private static final Logger log = LoggerFactory.getLogger(ModelImportController.class);

  private final ModelImports imports;
  private final ModelAttachments attachments;
  private final ReferenceLists references;
  private final Scope scope;
  private final Units units;
  private final MessageSource messages;
  private final AsyncTaskExecutor executor;

  ModelImportController(
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

  @GetMapping("/models/import")
  String page() {
    return "models/import";
  }

  @GetMapping("/models/import/template.xlsx")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    response.setContentType(ModelExportController.XLSX);
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment().filename("mau-dang-ky-mo-hinh.xlsx").build().toString());
    RegistrationTemplate.write(
        response.getOutputStream(),
        locale,
        key -> messages.getMessage(key, null, locale),
        references.active(ReferenceList.FIELD),
        references.active(ReferenceList.MOVEMENT),
        references.active(ReferenceList.INDICATOR),
        scope.visibleUnits(units.today()));
  }

  @PostMapping("/models/import")
  String upload(
      @RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect) {
    if (file.isEmpty()) {
      redirect.addFlashAttribute("alert", "import.error.no-file");
      return "redirect:/models/import";
    }
    if (file.getSize() > attachments.maxSize().toBytes()) {
      redirect.addFlashAttribute(
          "alertText",
          messages.getMessage(
              "import.error.too-large",
              new Object[] {String.valueOf(attachments.maxSize().toMegabytes())},
              locale));
      return "redirect:/models/import";
    }
    var jobId = imports.open(file.getOriginalFilename());
    try {
      var copy = Files.createTempFile("dvk-import-", ".xlsx");
      file.transferTo(copy);
      var context = SecurityContextHolder.getContext();
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
              context));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "redirect:/models/import/" + jobId;
  }

  @GetMapping("/models/import/{id}")
  String job(@PathVariable long id, Model model) {
    model.addAttribute("job", imports.job(id));
    return "models/import-job";
  }

  @GetMapping("/models/import/{id}/status")
  String status(@PathVariable long id, Model model) {
    model.addAttribute("job", imports.job(id));
    return "models/import-job :: status";
  }
}

package vn.dvk.models.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.models.ImportJob;
import vn.dvk.models.ModelImports;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.XlsxDownload;

/**
 * The registration workbook over the API, with the page's checks and limits: the template, an
 * upload ({@code multipart/form-data}, field {@code file}) answered 202 with the job and its {@code
 * Location}, and the job as it runs: its state, progress, errors by row and column in the
 * uploader's language, and once done the model and registration each row created. Only the uploader
 * reads a job; for anyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/models/imports")
class ModelImportsApiController {

  /** An import as the API shows it; {@code state} is the job's status. */
  record ImportJson(
      long id,
      String state,
      int processed,
      int total,
      List<ErrorJson> errors,
      List<ImportJob.Created> created) {}

  /** An error: the sheet's row (0 for the whole file), the column's letter and the message. */
  record ErrorJson(int row, String column, String message) {}

  private final ModelImports imports;
  private final ImportLaunch launch;

  ModelImportsApiController(ModelImports imports, ImportLaunch launch) {
    this.imports = imports;
    this.launch = launch;
  }

  @GetMapping("/template")
  @PreAuthorize("hasAuthority('MODELS_EDIT')")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    XlsxDownload.send(
        response, ModelImportController.TEMPLATE_FILE, out -> launch.template(out, locale));
  }

  @PostMapping(consumes = "multipart/form-data")
  @PreAuthorize("hasAuthority('MODELS_EDIT')")
  ResponseEntity<ImportJson> upload(
      @RequestParam(value = "file", required = false) MultipartFile file, Locale locale) {
    if (file == null) {
      throw ApiInput.required("file");
    }
    var id = launch.start(file, locale);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/models/imports/" + id))
        .body(json(imports.job(id)));
  }

  @GetMapping("/{id}")
  ImportJson job(@PathVariable long id) {
    return json(imports.job(id));
  }

  private static ImportJson json(ImportJob job) {
    return new ImportJson(
        job.id(),
        job.status().name(),
        job.processed(),
        job.totalRows(),
        job.errors().stream().map(e -> new ErrorJson(e.row(), e.column(), e.message())).toList(),
        job.created());
  }
}

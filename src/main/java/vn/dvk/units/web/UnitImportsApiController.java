package vn.dvk.units.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.jobs.SetupJobJson;
import vn.dvk.units.UnitImports;

/**
 * Units set up from a file (XLSX or CSV, multipart {@code file}): 202 with the job's address,
 * polled until its {@code state} is DONE (the created codes) or FAILED (every error).
 */
@RestController
@RequestMapping(UnitImportsApiController.IMPORTS)
@PreAuthorize("hasAuthority('UNITS_MANAGE')")
class UnitImportsApiController {

  static final String IMPORTS = "/api/v1/units/imports";

  private final UnitImports imports;

  UnitImportsApiController(UnitImports imports) {
    this.imports = imports;
  }

  @PostMapping
  ResponseEntity<SetupJobJson> start(
      @RequestParam(value = "file", required = false) MultipartFile file, Locale locale)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new BusinessRuleException("import.error.no-file");
    }
    var id = imports.start(file.getOriginalFilename(), file.getInputStream(), locale);
    return SetupJobJson.accepted(IMPORTS, id);
  }

  @GetMapping("/{id}")
  SetupJobJson job(@PathVariable long id) {
    var job = imports.job(id);
    return SetupJobJson.of(job, job.created());
  }

  @GetMapping("/template")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    UnitImportController.sendTemplate(imports, locale, response);
  }
}

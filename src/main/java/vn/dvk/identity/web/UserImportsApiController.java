package vn.dvk.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import vn.dvk.identity.UserImports;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.jobs.SetupJob;
import vn.dvk.shared.jobs.SetupJobJson;

/**
 * Users set up from a file (XLSX or CSV, multipart {@code file}): 202 with the job's address. Once
 * DONE, {@code created} lists each user name with its initial password, given in the first answer
 * after the end only; later answers give the names with {@code initialPassword} null.
 */
@RestController
@RequestMapping(UserImportsApiController.IMPORTS)
@PreAuthorize("hasAuthority('USERS_MANAGE')")
class UserImportsApiController {

  static final String IMPORTS = "/api/v1/users/imports";

  private final UserImports imports;

  UserImportsApiController(UserImports imports) {
    this.imports = imports;
  }

  /** A created user and, in the one answer that shows it, the password to hand over. */
  record CreatedUser(String username, String initialPassword) {

    static List<CreatedUser> of(SetupJob job) {
      return job.created().stream()
          .map(name -> new CreatedUser(name, job.secrets().get(name)))
          .toList();
    }
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
    return SetupJobJson.of(job, CreatedUser.of(job));
  }

  @GetMapping("/template")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    UserImportController.sendTemplate(imports, locale, response);
  }
}

package vn.dvk.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.UserImports;
import vn.dvk.shared.web.XlsxDownload;

/**
 * The users' set-up page: template, upload, the job's progress polled with htmx, then the errors,
 * or the created users with their initial passwords, shown this once.
 */
@Controller
@PreAuthorize("hasAuthority('USERS_MANAGE')")
class UserImportController {

  private final UserImports imports;

  UserImportController(UserImports imports) {
    this.imports = imports;
  }

  @GetMapping("/admin/users/import")
  String page() {
    return "identity/users-import";
  }

  @GetMapping("/admin/users/import/template.xlsx")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    sendTemplate(imports, locale, response);
  }

  @PostMapping("/admin/users/import")
  String upload(
      @RequestParam(value = "file", required = false) MultipartFile file,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("alert", "import.error.no-file");
      return "redirect:/admin/users/import";
    }
    var id = imports.start(file.getOriginalFilename(), file.getInputStream(), locale);
    return "redirect:/admin/users/import/" + id;
  }

  @GetMapping("/admin/users/import/{id}")
  String job(@PathVariable long id, Model model) {
    model.addAttribute("job", imports.job(id));
    return "identity/users-import-job";
  }

  @GetMapping("/admin/users/import/{id}/status")
  String status(@PathVariable long id, Model model) {
    model.addAttribute("job", imports.job(id));
    return "identity/users-import-job :: status";
  }

  static void sendTemplate(UserImports imports, Locale locale, HttpServletResponse response)
      throws IOException {
    XlsxDownload.send(response, "mau-nguoi-dung.xlsx", out -> imports.template(out, locale));
  }
}

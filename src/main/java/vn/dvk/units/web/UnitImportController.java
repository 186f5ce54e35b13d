package vn.dvk.units.web;

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
import vn.dvk.shared.web.XlsxDownload;
import vn.dvk.units.UnitImports;

/**
 * The units' set-up page: download the template, upload a filled one (XLSX or CSV), and watch the
 * job (the page polls with htmx until it is done) with every error by row and column.
 */
@Controller
@PreAuthorize("hasAuthority('UNITS_MANAGE')")
class UnitImportController {

  private final UnitImports imports;

  UnitImportController(UnitImports imports) {
    this.imports = imports;
  }

  @GetMapping("/units/import")
  String page() {
    return "units/import";
  }

  @GetMapping("/units/import/template.xlsx")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    sendTemplate(imports, locale, response);
  }

  @PostMapping("/units/import")
  String upload(
      @RequestParam(value = "file", required = false) MultipartFile file,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("alert", "import.error.no-file");
      return "redirect:/units/import";
    }
    var id = imports.start(file.getOriginalFilename(), file.getInputStream(), locale);
    return "redirect:/units/import/" + id;
  }

  @GetMapping("/units/import/{id}")
  String job(@PathVariable long id, Model model) {
    model.addAttribute("job", imports.job(id));
    return "units/import-job";
  }

  @GetMapping("/units/import/{id}/status")
  String status(@PathVariable long id, Model model) {
    model.addAttribute("job", imports.job(id));
    return "units/import-job :: status";
  }

  static void sendTemplate(UnitImports imports, Locale locale, HttpServletResponse response)
      throws IOException {
    XlsxDownload.send(response, "mau-don-vi.xlsx", out -> imports.template(out, locale));
  }
}

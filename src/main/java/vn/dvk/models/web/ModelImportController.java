package vn.dvk.models.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.models.ModelImports;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.web.XlsxDownload;

/**
 * The registration workbook: download the template, upload a filled one, and watch the import run
 * (the page polls with htmx until it is done) with every error listed by row and column.
 */
@Controller
@PreAuthorize("hasAuthority('MODELS_EDIT')")
class ModelImportController {

  static final String TEMPLATE_FILE = "mau-dang-ky-mo-hinh.xlsx";

  private final ModelImports imports;
  private final ImportLaunch launch;
  private final MessageSource messages;

  ModelImportController(ModelImports imports, ImportLaunch launch, MessageSource messages) {
    this.imports = imports;
    this.launch = launch;
    this.messages = messages;
  }

  @GetMapping("/models/import")
  String page() {
    return "models/import";
  }

  @GetMapping("/models/import/template.xlsx")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, TEMPLATE_FILE, out -> launch.template(out, locale));
  }

  @PostMapping("/models/import")
  String upload(
      @RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect) {
    try {
      return "redirect:/models/import/" + launch.start(file, locale);
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute(
          "alertText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
      return "redirect:/models/import";
    }
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

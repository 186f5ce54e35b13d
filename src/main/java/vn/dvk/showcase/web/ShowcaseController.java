package vn.dvk.showcase.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.shared.MovementYear;
import vn.dvk.showcase.OpenData;
import vn.dvk.showcase.Showcase;
import vn.dvk.units.Level;

/**
 * The public pages, without a login: the catalogue, a model's page under a readable address, its
 * photos, the yearly figures and the description of the open data.
 */
@Controller
@RequestMapping("/showcase")
class ShowcaseController {

  private final Showcase showcase;
  private final ReferenceLists references;
  private final JsonMapper json;

  ShowcaseController(Showcase showcase, ReferenceLists references, JsonMapper json) {
    this.showcase = showcase;
    this.references = references;
    this.json = json;
  }

  @ModelAttribute
  void publicPages(Model model) {
    model.addAttribute("publicNav", true);
    model.addAttribute("fields", references.byCode(ReferenceList.FIELD));
    model.addAttribute("movements", references.byCode(ReferenceList.MOVEMENT));
  }

  @GetMapping
  String catalogue(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) Level level,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String movement,
      @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    var query = new Showcase.Query(q, year, level, field, movement, unit, page);
    model.addAttribute("query", query);
    model.addAttribute("result", showcase.find(query, Showcase.PAGE_SIZE));
    model.addAttribute("years", showcase.years());
    model.addAttribute("levels", new Level[] {Level.PROVINCE, Level.DISTRICT});
    model.addAttribute("districts", showcase.districts());
    return "showcase/catalogue";
  }

  @GetMapping("/models/{id}")
  RedirectView shortAddress(@PathVariable long id) {
    return permanent(showcase.model(id).path());
  }

  @GetMapping("/models/{id}/{slug}")
  Object model(@PathVariable long id, @PathVariable String slug, Model model) {
    var page = showcase.page(id);
    if (!page.model().slug().equals(slug)) {
      return permanent(page.model().path());
    }
    model.addAttribute("page", page);
    model.addAttribute("m", page.model());
    model.addAttribute("chart", json.writeValueAsString(page.copiesByDistrict()));
    return "showcase/model";
  }

  @GetMapping("/photos/{modelId}/{attachmentId}")
  ResponseEntity<byte[]> photo(@PathVariable long modelId, @PathVariable long attachmentId) {
    return image(modelId, attachmentId, false);
  }

  @GetMapping("/photos/{modelId}/{attachmentId}/thumbnail")
  ResponseEntity<byte[]> thumbnail(@PathVariable long modelId, @PathVariable long attachmentId) {
    return image(modelId, attachmentId, true);
  }

  @GetMapping("/figures")
  String figures(Model model) {
    var figures = showcase.figures();
    model.addAttribute("figures", figures);
    model.addAttribute("chart", json.writeValueAsString(figures.years()));
    return "showcase/figures";
  }

  @GetMapping("/data")
  String data(Model model) {
    model.addAttribute("modelFields", OpenData.MODEL_FIELDS);
    model.addAttribute("figureFields", OpenData.FIGURE_FIELDS);
    model.addAttribute("licenceUrl", OpenData.LICENCE_URL);
    return "showcase/data";
  }

  private ResponseEntity<byte[]> image(long modelId, long attachmentId, boolean thumbnail) {
    var content = showcase.photo(modelId, attachmentId, thumbnail);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .body(content.bytes());
  }

  private static RedirectView permanent(String path) {
    var redirect = new RedirectView(path, true);
    redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    return redirect;
  }
}

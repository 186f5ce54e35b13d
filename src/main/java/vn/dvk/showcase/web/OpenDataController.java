package vn.dvk.showcase.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.dvk.showcase.OpenData;

/**
 * The open data downloads: the public models and the yearly figures, as CSV and as JSON, each with
 * the licence in a {@code Link} header (and in the JSON document itself).
 */
@RestController
@RequestMapping("/showcase/data")
class OpenDataController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final OpenData data;

  OpenDataController(OpenData data) {
    this.data = data;
  }

  @GetMapping("/models.csv")
  ResponseEntity<String> modelsCsv(HttpServletRequest request) {
    return file("models.csv", CSV, OpenData.csv(OpenData.MODEL_FIELDS, data.models(base(request))));
  }

  @GetMapping("/models.json")
  ResponseEntity<Map<String, Object>> modelsJson(HttpServletRequest request) {
    return file(
        "models.json",
        MediaType.APPLICATION_JSON,
        data.document("models", data.models(base(request))));
  }

  @GetMapping("/figures.csv")
  ResponseEntity<String> figuresCsv() {
    return file("figures.csv", CSV, OpenData.csv(OpenData.FIGURE_FIELDS, data.figures()));
  }

  @GetMapping("/figures.json")
  ResponseEntity<Map<String, Object>> figuresJson() {
    return file("figures.json", MediaType.APPLICATION_JSON, data.document("years", data.figures()));
  }

  private static <T> ResponseEntity<T> file(String name, MediaType type, T body) {
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .header(HttpHeaders.LINK, "<" + OpenData.LICENCE_URL + ">; rel=\"license\"")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name).build().toString())
        .body(body);
  }

  private static String base(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
  }
}

package vn.dvk.units.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.XlsxDownload;
import vn.dvk.units.Level;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.RestructurePreview;
import vn.dvk.units.Restructures;
import vn.dvk.units.UnitKind;

/**
 * Restructure plans through the API: a JSON list of changes taking effect on one date is stored as
 * a draft, read back as its preview (what each change touches, what is refused and why, whom it
 * re-homes), then applied all at once.
 */
@RestController
@RequestMapping("/api/v1/restructures")
class RestructuresApiController {

  private final Restructures restructures;
  private final PlanSheets sheets;
  private final MessageSource messages;

  RestructuresApiController(Restructures restructures, PlanSheets sheets, MessageSource messages) {
    this.restructures = restructures;
    this.sheets = sheets;
    this.messages = messages;
  }

  /** A plan as sent: its date, an optional title and the changes in order. */
  record PlanRequest(LocalDate effectiveOn, String title, List<ChangeJson> changes) {}

  /** One change; its row is its position in the list, from 1. */
  record ChangeJson(
      RestructureChange.Action action,
      String code,
      String name,
      String shortName,
      UnitKind kind,
      Level level,
      String parentCode,
      String successorCode,
      String username) {

    RestructureChange at(int row) {
      return new RestructureChange(
          row, action, code, name, shortName, kind, level, parentCode, successorCode, username);
    }
  }

  record RowJson(
      int row,
      RestructureChange.Action action,
      String code,
      List<String> units,
      Map<String, Integer> counts) {}

  record RefusalJson(int row, String code, String message) {}

  record PreviewJson(
      long id,
      LocalDate effectiveOn,
      String title,
      String state,
      boolean applicable,
      int changes,
      List<RowJson> rows,
      List<RefusalJson> refused,
      List<RestructurePreview.Rehoming> rehomed,
      String createdBy,
      Instant createdAt,
      String appliedBy,
      Instant appliedAt) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PreviewJson> submit(@RequestBody(required = false) PlanRequest request) {
    if (request == null) {
      throw ApiInput.required("body");
    }
    var changes = request.changes() == null ? List.<ChangeJson>of() : request.changes();
    var plan =
        restructures.submit(
            request.effectiveOn(),
            request.title(),
            java.util.stream.IntStream.range(0, changes.size())
                .mapToObj(i -> changes.get(i).at(i + 1))
                .toList());
    return ResponseEntity.created(URI.create("/api/v1/restructures/" + plan.id()))
        .body(json(restructures.preview(plan.id())));
  }

  /**
   * The same plan as a spreadsheet (multipart {@code file}, with {@code effectiveOn} and {@code
   * title}); its changes are numbered by their rows.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PreviewJson> upload(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) LocalDate effectiveOn,
      @RequestParam(required = false) String title,
      Locale locale) {
    var plan = restructures.submit(effectiveOn, title, sheets.read(file, locale));
    return ResponseEntity.created(URI.create("/api/v1/restructures/" + plan.id()))
        .body(json(restructures.preview(plan.id())));
  }

  /** The plan's template, its columns' labels in the reader's language. */
  @GetMapping("/template")
  void template(Locale locale, HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, "restructure-plan.xlsx", out -> sheets.template(out, locale));
  }

  @GetMapping("/{id}")
  PreviewJson preview(@PathVariable long id) {
    return json(restructures.preview(id));
  }

  /** Applies the plan: every change or none (422 naming each refused row). */
  @PostMapping("/{id}/apply")
  PreviewJson apply(@PathVariable long id) {
    restructures.apply(id);
    return json(restructures.preview(id));
  }

  private PreviewJson json(RestructurePreview preview) {
    var plan = preview.plan();
    var locale = LocaleContextHolder.getLocale();
    return new PreviewJson(
        plan.id(),
        plan.effectiveOn(),
        plan.title(),
        plan.state().name(),
        preview.isApplicable(),
        plan.changes().size(),
        preview.rows().stream()
            .map(r -> new RowJson(r.row(), r.action(), r.code(), r.units(), shortKeys(r.counts())))
            .toList(),
        preview.refusals().stream()
            .map(
                r ->
                    new RefusalJson(
                        r.row(),
                        r.reason().key(),
                        messages.getMessage(r.reason().key(), r.reason().argumentArray(), locale)))
            .toList(),
        preview.rehomed(),
        plan.createdBy(),
        plan.createdAt(),
        plan.appliedBy(),
        plan.appliedAt());
  }

  /** {@code units.plan.count.open-rounds} → {@code openRounds}. */
  private static Map<String, Integer> shortKeys(Map<String, Integer> counts) {
    var result = new java.util.TreeMap<String, Integer>();
    counts.forEach(
        (key, count) -> {
          var name = key.substring(key.lastIndexOf('.') + 1);
          var camel = new StringBuilder();
          for (var part : name.split("-")) {
            camel.append(
                camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
          }
          result.put(camel.toString(), count);
        });
    return result;
  }
}

package vn.dvk.models.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.models.IndicatorProgress;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelChangedException;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.ModelLists;
import vn.dvk.models.ModelRow;
import vn.dvk.models.ModelView;
import vn.dvk.models.ProgressReports;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.RegistrationView;
import vn.dvk.models.Registrations;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.web.ApiPage;

/**
 * Models over JSON, with the same scope and rules as the pages. Invalid input answers 422 with one
 * error per field, a stale {@code version} 409, out of scope 404 (RFC 9457 problem details).
 */
@RestController
@RequestMapping("/api/v1/models")
class ModelsApiController {

  private final MobilizationModels models;
  private final Registrations registrations;
  private final ModelLists lists;
  private final ProgressReports progress;
  private final MessageSource messages;

  ModelsApiController(
      MobilizationModels models,
      Registrations registrations,
      ModelLists lists,
      ProgressReports progress,
      MessageSource messages) {
    this.models = models;
    this.registrations = registrations;
    this.lists = lists;
    this.progress = progress;
    this.messages = messages;
  }

  /** A stale version: 409, with the model as it now stands so that the client can merge. */
  @ExceptionHandler(ModelChangedException.class)
  ResponseEntity<ProblemDetail> changed(ModelChangedException conflict, Locale locale) {
    var problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle(messages.getMessage("error.409.title", null, locale));
    problem.setDetail(messages.getMessage(conflict.messageKey(), null, locale));
    problem.setProperty("code", conflict.messageKey());
    problem.setProperty("current", json(models.get(conflict.modelId())));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /**
   * What a client sends to register or change a model: the model's details as its own fields (the
   * one record the form, the API and the import fill), beside the year to register it for and the
   * version the change was made on.
   */
  record ModelRequest(Integer year, Integer version, @JsonUnwrapped ModelDetails details) {}

  record ActionRequest(String reason) {}

  record ContinueRequest(Integer year) {}

  /** A model as the API shows it. */
  record ModelJson(
      long id,
      int version,
      ModelDetails details,
      List<RegistrationView> registrations,
      List<IndicatorProgress> progress,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt) {}

  @GetMapping
  ApiPage<ModelRow> list(@ModelAttribute FilterParams params) {
    var result = lists.find(params.toFilter());
    return ApiPage.of(
        result.rows(), result.page(), result.size(), result.total(), result.isTotalExact());
  }

  @GetMapping("/{id}")
  ModelJson one(@PathVariable long id) {
    return json(models.get(id));
  }

  @PostMapping
  ResponseEntity<ModelJson> create(@RequestBody ModelRequest request) {
    if (request.year() == null) {
      throw new InvalidInputException(List.of(new Violation("year", "validation.required")));
    }
    var created = models.create(request.details(), request.year());
    return ResponseEntity.created(URI.create("/api/v1/models/" + created.id())).body(json(created));
  }

  @PutMapping("/{id}")
  ModelJson update(@PathVariable long id, @RequestBody ModelRequest request) {
    if (request.version() == null) {
      throw new InvalidInputException(List.of(new Violation("version", "validation.required")));
    }
    return json(models.update(id, request.version(), request.details()));
  }

  @PostMapping("/{id}/registrations/{year}/{action}")
  ModelJson act(
      @PathVariable long id,
      @PathVariable int year,
      @PathVariable String action,
      @RequestBody(required = false) ActionRequest request) {
    RegistrationAction which;
    try {
      which = RegistrationAction.valueOf(action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new NotFoundException("models.error.no-action", action);
    }
    return json(registrations.act(id, year, which, request == null ? null : request.reason()));
  }

  @PostMapping("/{id}/continue")
  ModelJson continueIn(@PathVariable long id, @RequestBody ContinueRequest request) {
    if (request == null || request.year() == null) {
      throw new InvalidInputException(List.of(new Violation("year", "validation.required")));
    }
    return json(registrations.continueIn(id, request.year()));
  }

  private ModelJson json(ModelView model) {
    return new ModelJson(
        model.id(),
        model.version(),
        model.details(),
        model.registrations(),
        progress.progress(model.id()),
        model.createdBy(),
        model.createdAt(),
        model.updatedBy(),
        model.updatedAt());
  }
}

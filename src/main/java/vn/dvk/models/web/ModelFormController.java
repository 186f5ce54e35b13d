package vn.dvk.models.web;

import static vn.dvk.shared.Texts.isBlank;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelChangedException;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.ModelView;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.domain.ModelValidator;
import vn.dvk.models.domain.Values;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.MovementTime;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.units.Units;

/**
 * Registering a model and editing it. Every error is shown beside its field with what was typed
 * kept; a concurrent edit shows the current values next to the typed ones (409).
 */
@Controller
@PreAuthorize("hasAuthority('MODELS_EDIT')")
class ModelFormController {

  private final MobilizationModels models;
  private final ReferenceData references;
  private final Scope scope;
  private final Units units;
  private final MessageSource messages;

  ModelFormController(
      MobilizationModels models,
      ReferenceData references,
      Scope scope,
      Units units,
      MessageSource messages) {
    this.models = models;
    this.references = references;
    this.scope = scope;
    this.units = units;
    this.messages = messages;
  }

  @GetMapping("/models/new")
  String newModel(Model model) {
    var blank = ModelFormBinding.blank(OwnerKind.COLLECTIVE.name(), scope.requireUser().unitCode());
    var year = String.valueOf(Year.now(MovementTime.ZONE).getValue());
    return show(Shown.of(blank, year, null), null, Map.of(), null, model);
  }

  @PostMapping("/models")
  String create(
      @RequestParam(required = false) String year,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var typed = ModelFormBinding.typed(request);
    var details = typed.details();
    var problems = new ArrayList<>(typed.violations());
    problems.addAll(models.violations(details));
    problems.sort(ModelValidator.IN_FORM_ORDER);
    var registrationYear = Values.integer("year", year, problems);
    if (registrationYear == null && isBlank(year)) {
      problems.add(new Violation("year", "validation.required"));
    }
    var shown = new Shown(typed.binding(), year, null);
    if (problems.isEmpty()) {
      try {
        var created = models.create(details, registrationYear);
        redirect.addFlashAttribute("notice", "models.saved");
        return "redirect:/models/" + created.id();
      } catch (LocalizedException broken) {
        return invalid(shown, null, errors(broken, locale), model, response);
      }
    }
    return invalid(shown, null, errors(problems, locale), model, response);
  }

  @GetMapping("/models/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    var current = models.get(id);
    return show(Shown.of(current), current, Map.of(), null, model);
  }

  @PostMapping("/models/{id}")
  String update(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var current = models.get(id);
    var typed = ModelFormBinding.typed(request);
    var details = typed.details();
    var problems = new ArrayList<>(typed.violations());
    problems.addAll(models.violations(details));
    problems.sort(ModelValidator.IN_FORM_ORDER);
    var shown = new Shown(typed.binding(), null, version);
    if (!problems.isEmpty()) {
      return invalid(shown, current, errors(problems, locale), model, response);
    }
    try {
      models.update(id, version == null ? -1 : version, details);
    } catch (ModelChangedException changed) {
      var latest = models.get(id);
      response.setStatus(HttpStatus.CONFLICT.value());
      var kept = new Shown(typed.binding(), null, latest.version());
      return show(kept, latest, errors(changed, locale), latest.details(), model);
    } catch (LocalizedException broken) {
      return invalid(shown, current, errors(broken, locale), model, response);
    }
    redirect.addFlashAttribute("notice", "models.saved");
    return "redirect:/models/" + id;
  }

  /**
   * The form as the page shows it: the details (as typed, or as saved) in their binding result, the
   * registration's year as typed (a new model only) and the version edited.
   */
  private record Shown(BindingResult binding, String year, Integer version) {

    static Shown of(ModelDetails details, String year, Integer version) {
      return new Shown(ModelFormBinding.of(details), year, version);
    }

    static Shown of(ModelView model) {
      var year = model.latestRegistration().map(r -> String.valueOf(r.year())).orElse(null);
      return of(model.details(), year, model.version());
    }
  }

  private String invalid(
      Shown form,
      ModelView current,
      Map<String, String> errors,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return show(form, current, errors, null, model);
  }

  /**
   * @param theirs on a conflict, the values someone else saved meanwhile, shown beside the form
   */
  private String show(
      Shown form, ModelView current, Map<String, String> errors, ModelDetails theirs, Model model) {
    var indicators = references.addTo(model);
    var binding = ModelFormBinding.shown(form.binding(), indicators);
    model.addAttribute(ModelFormBinding.NAME, binding.getTarget());
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ModelFormBinding.NAME, binding);
    model.addAttribute("binding", binding);
    model.addAttribute("year", form.year());
    model.addAttribute("version", form.version());
    model.addAttribute("current", current);
    model.addAttribute("errors", errors);
    model.addAttribute("theirs", theirs);
    model.addAttribute("unitChoices", scope.visibleUnits(units.today()));
    return "models/form";
  }

  private Map<String, String> errors(List<Violation> problems, Locale locale) {
    return FormErrors.of(problems, messages, locale);
  }

  private Map<String, String> errors(LocalizedException broken, Locale locale) {
    return FormErrors.of(broken, messages, locale);
  }
}

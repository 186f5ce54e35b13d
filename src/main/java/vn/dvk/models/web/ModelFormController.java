package vn.dvk.models.web;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelChangedException;
import vn.dvk.models.ModelView;
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
    var form =
        ModelForm.empty(scope.requireUser().unitCode(), Year.now(MovementTime.ZONE).getValue());
    return show(form, null, Map.of(), null, model);
  }

  @PostMapping("/models")
  String create(
      @ModelAttribute ModelForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var parsed = form.parse(locale);
    var problems = new ArrayList<>(parsed.violations());
    problems.addAll(models.violations(parsed.details()));
    if (form.year() == null) {
      problems.add(new Violation("year", "validation.required"));
    }
    if (problems.isEmpty()) {
      try {
        var created = models.create(parsed.details(), form.year());
        redirect.addFlashAttribute("notice", "models.saved");
        return "redirect:/models/" + created.id();
      } catch (LocalizedException broken) {
        return invalid(form, null, errors(broken, locale), model, response);
      }
    }
    return invalid(form, null, errors(problems, locale), model, response);
  }

  @GetMapping("/models/{id}/edit")
  String edit(@PathVariable long id, Model model, Locale locale) {
    var current = models.get(id);
    return show(ModelForm.of(current, locale), current, Map.of(), null, model);
  }

  @PostMapping("/models/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute ModelForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var current = models.get(id);
    var parsed = form.parse(locale);
    var problems = new ArrayList<>(parsed.violations());
    problems.addAll(models.violations(parsed.details()));
    if (!problems.isEmpty()) {
      return invalid(form, current, errors(problems, locale), model, response);
    }
    try {
      models.update(id, form.version() == null ? -1 : form.version(), parsed.details());
    } catch (ModelChangedException changed) {
      var latest = models.get(id);
      response.setStatus(HttpStatus.CONFLICT.value());
      var kept = form.withVersion(latest.version());
      return show(kept, latest, errors(changed, locale), ModelForm.of(latest, locale), model);
    } catch (LocalizedException broken) {
      return invalid(form, current, errors(broken, locale), model, response);
    }
    redirect.addFlashAttribute("notice", "models.saved");
    return "redirect:/models/" + id;
  }

  private String invalid(
      ModelForm form,
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
      ModelForm form,
      ModelView current,
      Map<String, String> errors,
      ModelForm theirs,
      Model model) {
    model.addAttribute("form", form);
    model.addAttribute("current", current);
    model.addAttribute("errors", errors);
    model.addAttribute("theirs", theirs);
    model.addAttribute("unitChoices", scope.visibleUnits(units.today()));
    references.addTo(model);
    return "models/form";
  }

  private Map<String, String> errors(List<Violation> problems, Locale locale) {
    return FormErrors.of(problems, messages, locale);
  }

  private Map<String, String> errors(LocalizedException broken, Locale locale) {
    return FormErrors.of(broken, messages, locale);
  }
}

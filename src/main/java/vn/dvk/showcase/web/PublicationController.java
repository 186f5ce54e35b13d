package vn.dvk.showcase.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.models.MobilizationModels;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.web.FormActions;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.showcase.PublicVersion;
import vn.dvk.showcase.Publications;

/**
 * A model's public version for its unit and the reviewers: the draft form with the photos to
 * choose, the consent for an individual's name, and the approval or withdrawal.
 */
@Controller
class PublicationController {

  private final Publications publications;
  private final MobilizationModels models;
  private final MessageSource messages;

  PublicationController(
      Publications publications, MobilizationModels models, MessageSource messages) {
    this.publications = publications;
    this.models = models;
    this.messages = messages;
  }

  @GetMapping("/models/{id}/public")
  String page(@PathVariable long id, Model model) {
    var subject = models.get(id);
    model.addAttribute("subject", subject);
    model.addAttribute("publication", publications.of(id).orElse(null));
    model.addAttribute("photos", publications.photos(id));
    model.addAttribute("publishable", publications.mayBePublished(id));
    return "showcase/prepare";
  }

  @PostMapping("/models/{id}/public")
  String prepare(
      @PathVariable long id,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String summary,
      @RequestParam(required = false) List<Long> photoIds,
      @RequestParam(defaultValue = "false") boolean showPerson,
      @RequestParam(required = false) String consentNote,
      @RequestParam(required = false) Integer version,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      publications.prepare(
          id, new PublicVersion(title, summary, photoIds, showPerson, consentNote), version);
      redirect.addFlashAttribute("notice", "showcase.prepared");
      return "redirect:/models/" + id + "/public";
    } catch (LocalizedException refused) {
      model.addAttribute("errors", FormErrors.of(refused, messages, locale));
      model.addAttribute(
          "entered", new PublicVersion(title, summary, photoIds, showPerson, consentNote));
      return page(id, model);
    }
  }

  @PostMapping("/models/{id}/public/approve")
  String approve(
      @PathVariable long id,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    return FormActions.run(
        "/models/" + id + "/public",
        messages,
        locale,
        redirect,
        "showcase.published",
        () -> publications.approve(id, version));
  }

  @PostMapping("/models/{id}/public/withdraw")
  String withdraw(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) String reason,
      Locale locale,
      RedirectAttributes redirect) {
    return FormActions.run(
        "/models/" + id + "/public",
        messages,
        locale,
        redirect,
        "showcase.withdrawn",
        () -> publications.withdraw(id, version, reason));
  }
}

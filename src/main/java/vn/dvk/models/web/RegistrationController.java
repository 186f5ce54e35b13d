package vn.dvk.models.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.models.Forwardings;
import vn.dvk.models.ModelLists;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.Registrations;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.MovementTime;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.NotFoundException;

/**
 * Moving a year's registration through the process, from the model's page or from the superior
 * unit's list of registrations awaiting its decision (where htmx updates one line at a time).
 */
@Controller
class RegistrationController {

  private final Registrations registrations;
  private final ModelLists lists;
  private final Forwardings forwardings;
  private final ReferenceData references;
  private final MessageSource messages;

  RegistrationController(
      Registrations registrations,
      ModelLists lists,
      Forwardings forwardings,
      ReferenceData references,
      MessageSource messages) {
    this.registrations = registrations;
    this.lists = lists;
    this.forwardings = forwardings;
    this.references = references;
    this.messages = messages;
  }

  @GetMapping("/models/decisions")
  String decisions(@RequestParam(required = false) @MovementYear Integer year, Model model) {
    var forwardYear = year == null ? Year.now(MovementTime.ZONE).getValue() : year;
    model.addAttribute("rows", lists.awaitingDecision(year));
    model.addAttribute("year", year);
    model.addAttribute("forwardYear", forwardYear);
    model.addAttribute("pending", forwardings.pending(forwardYear));
    model.addAttribute("forwardings", forwardings.sentAndReceived());
    references.addTo(model);
    return "models/decisions";
  }

  @PostMapping("/models/forwardings")
  String forward(
      @RequestParam int year,
      @RequestParam(required = false) String note,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      forwardings.forward(year, note);
      redirect.addFlashAttribute("notice", "forwarding.done");
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute(
          "forwardError", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
    return "redirect:/models/decisions?year=" + year;
  }

  @PostMapping("/models/{id}/registrations/{year}/{action}")
  String act(
      @PathVariable long id,
      @PathVariable int year,
      @PathVariable String action,
      @RequestParam(required = false) String reason,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var which = parse(action);
    if (htmx != null) {
      model.addAttribute("modelId", id);
      model.addAttribute("year", year);
      try {
        var after = registrations.act(id, year, which, reason);
        model.addAttribute("done", "models.done." + which.name());
        model.addAttribute("state", after.registration(year).orElseThrow().state());
      } catch (LocalizedException refused) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute(
            "refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
      }
      return "models/decisions :: outcome";
    }
    registrations.act(id, year, which, reason);
    redirect.addFlashAttribute("notice", "models.done." + which.name());
    return "redirect:/models/" + id;
  }

  @PostMapping("/models/{id}/continue")
  String continueIn(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
    registrations.continueIn(id, year);
    redirect.addFlashAttribute("notice", "models.done.CONTINUE");
    return "redirect:/models/" + id;
  }

  private static RegistrationAction parse(String action) {
    try {
      return RegistrationAction.valueOf(action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new NotFoundException("models.error.no-action", action);
    }
  }
}

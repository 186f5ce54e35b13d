package vn.dvk.models.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.models.BulkRegistrationActions;
import vn.dvk.models.ModelLists;
import vn.dvk.models.RegistrationAction;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;

/**
 * Submitting, approving or returning the registrations selected on the list — or every one that
 * matches its filter — then a summary of what was done and what was refused, and why. A return is
 * confirmed first, on a page that asks for its reason.
 */
@Controller
class BulkActionsController {

  private final BulkRegistrationActions bulk;
  private final ModelLists lists;
  private final MessageSource messages;

  BulkActionsController(BulkRegistrationActions bulk, ModelLists lists, MessageSource messages) {
    this.bulk = bulk;
    this.lists = lists;
    this.messages = messages;
  }

  /** A refused registration as the summary shows it. */
  record Refusal(long id, String reason) {}

  @PostMapping("/models/actions")
  String act(
      @ModelAttribute FilterParams params,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) List<Long> ids,
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "false") boolean confirmed,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var filter = params.toFilter();
    var back = "redirect:/models?" + ModelsController.query(filter, null);
    try {
      var which = BulkRegistrationActions.action(action);
      var chosen = all ? lists.registrationIds(filter, BulkRegistrationActions.MAX_ITEMS) : ids;
      model.addAttribute("query", ModelsController.query(filter, null));
      model.addAttribute("action", which);
      if (which == RegistrationAction.RETURN && !confirmed) {
        return confirm(model, chosen, reason, null);
      }
      var outcomes = bulk.apply(which, chosen, reason);
      model.addAttribute("done", BulkRegistrationActions.done(outcomes));
      model.addAttribute(
          "refused",
          outcomes.stream()
              .filter(outcome -> !outcome.done())
              .map(outcome -> new Refusal(outcome.id(), text(outcome.refusal(), locale)))
              .toList());
      return "models/bulk-result";
    } catch (InvalidInputException invalid) {
      var errors = invalid.violations().stream().map(v -> text(v, locale)).toList();
      if (RegistrationAction.RETURN.name().equalsIgnoreCase(action) && confirmed) {
        return confirm(model, ids, reason, errors);
      }
      redirect.addFlashAttribute("bulkErrors", errors);
      return back;
    }
  }

  private static String confirm(Model model, List<Long> ids, String reason, List<String> errors) {
    model.addAttribute("ids", ids == null ? List.of() : ids);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors == null ? List.of() : errors);
    return "models/bulk-confirm";
  }

  private String text(LocalizedException refusal, Locale locale) {
    return messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
  }

  private String text(InvalidInputException.Violation violation, Locale locale) {
    return messages.getMessage(violation.messageKey(), violation.arguments(), locale);
  }
}

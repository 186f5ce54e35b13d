package vn.dvk.replication.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.identity.Scope;
import vn.dvk.replication.ReplicationCandidates;
import vn.dvk.replication.Replications;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiPage;
import vn.dvk.shared.web.FormActions;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.shared.web.PageLinks;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * The recognized models a province may learn from, and a model's lineage: where it came from, where
 * it spread (tree and chart), with the forms to learn from it and to record a source.
 */
@Controller
class ReplicationController {

  private final Replications replications;
  private final ReplicationCandidates candidates;
  private final Scope scope;
  private final Units units;
  private final MessageSource messages;
  private final JsonMapper json;

  ReplicationController(
      Replications replications,
      ReplicationCandidates candidates,
      Scope scope,
      Units units,
      MessageSource messages,
      JsonMapper json) {
    this.replications = replications;
    this.candidates = candidates;
    this.scope = scope;
    this.units = units;
    this.messages = messages;
    this.json = json;
  }

  /** The models to learn from, a page at a time; htmx asks for the results alone. */
  @GetMapping("/replication")
  String candidates(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    var shown = ApiPage.slice(candidates.candidates(year, q), page, size);
    model.addAttribute("candidates", shown);
    model.addAttribute(
        "links", PageLinks.of("/replication", shown).with("q", q).with("year", year));
    model.addAttribute("year", year);
    model.addAttribute("q", q);
    model.addAttribute("thisYear", units.today().getYear());
    return htmx == null ? "replication/candidates" : "replication/candidates :: results";
  }

  @GetMapping("/models/{id}/lineage")
  String lineage(@PathVariable long id, Model model) {
    var tree = replications.lineage(id);
    model.addAttribute("tree", tree);
    model.addAttribute("source", replications.sourceOf(id).orElse(null));
    model.addAttribute("recognized", replications.isRecognized(id));
    model.addAttribute("editable", tree.root().readable());
    model.addAttribute("chart", json.writeValueAsString(tree.byDistrict()));
    model.addAttribute("learningUnits", learningUnits());
    model.addAttribute("thisYear", units.today().getYear());
    return "replication/lineage";
  }

  @PostMapping("/models/{id}/learn")
  String learn(
      @PathVariable long id,
      @RequestParam(required = false) String unitCode,
      @RequestParam int year,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      var copy = replications.learn(id, unitCode, year);
      redirect.addFlashAttribute("notice", "replication.learned");
      return "redirect:/models/" + copy.id() + "/edit";
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute("errors", FormErrors.of(refused, messages, locale));
      return "redirect:/models/" + id + "/lineage";
    }
  }

  @PostMapping("/models/{id}/source")
  String link(
      @PathVariable long id,
      @RequestParam long sourceId,
      Locale locale,
      RedirectAttributes redirect) {
    return FormActions.run(
        "/models/" + id + "/lineage",
        messages,
        locale,
        redirect,
        "replication.linked",
        () -> replications.link(id, sourceId));
  }

  @PostMapping("/models/{id}/source/remove")
  String unlink(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
    return FormActions.run(
        "/models/" + id + "/lineage",
        messages,
        locale,
        redirect,
        "replication.unlinked",
        () -> replications.unlink(id));
  }

  /** The units a user may start a copy in: their own and those below, in the official order. */
  private List<UnitView> learningUnits() {
    return scope.visibleUnits(units.today()).stream()
        .sorted(UnitView.OFFICIAL_ORDER)
        .collect(Collectors.toList());
  }
}

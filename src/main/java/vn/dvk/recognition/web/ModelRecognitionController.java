package vn.dvk.recognition.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.CommendationView;
import vn.dvk.recognition.Commendations;
import vn.dvk.recognition.LowResultView;
import vn.dvk.recognition.LowResults;
import vn.dvk.recognition.Recognitions;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.FormActions;

/**
 * A model's standing: its recognitions (revoked ones kept), commendations and low-result flags,
 * with the forms to revoke, commend, flag, report on a follow-up action and review a flag; and the
 * list of flagged models per unit and year.
 */
@Controller
class ModelRecognitionController {

  private final Recognitions recognitions;
  private final Commendations commendations;
  private final LowResults lowResults;
  private final MobilizationModels models;
  private final UnitNames names;
  private final MessageSource messages;
  private final Clock clock;

  ModelRecognitionController(
      Recognitions recognitions,
      Commendations commendations,
      LowResults lowResults,
      MobilizationModels models,
      UnitNames names,
      MessageSource messages,
      Clock clock) {
    this.recognitions = recognitions;
    this.commendations = commendations;
    this.lowResults = lowResults;
    this.models = models;
    this.names = names;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/models/{id}/recognition")
  String page(@PathVariable long id, Model model) {
    var subject = models.get(id);
    var held = recognitions.ofModel(id);
    var codes = new HashSet<String>();
    codes.add(subject.unitCode());
    held.forEach(r -> codes.add(r.unitCode()));
    model.addAttribute("subject", subject);
    model.addAttribute("recognitions", held);
    model.addAttribute("commendations", commendations.ofModel(id));
    model.addAttribute("flags", lowResults.ofModel(id));
    model.addAttribute("unitNames", names.brief(codes));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("thisYear", LocalDate.now(clock).getYear());
    return "rounds/model";
  }

  @PostMapping("/models/{id}/recognition/{recognitionId}/revoke")
  String revoke(
      @PathVariable long id,
      @PathVariable long recognitionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String signerName,
      @RequestParam(required = false) String signerTitle,
      @RequestParam(required = false) String reason,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "recognitions.revoked.notice",
        () ->
            recognitions.revoke(
                recognitionId, new Recognitions.Revocation(date, signerName, signerTitle, reason)));
  }

  @PostMapping("/models/{id}/recognition/{recognitionId}/commendations")
  String proposeCommendation(
      @PathVariable long id,
      @PathVariable long recognitionId,
      @RequestParam(required = false) String form,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "recognitions.commendation.proposed",
        () -> commendations.propose(recognitionId, form));
  }

  @PostMapping("/models/{id}/commendations/{commendationId}")
  String recordCommendation(
      @PathVariable long id,
      @PathVariable long commendationId,
      @RequestParam(required = false) CommendationView.State state,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String signer,
      @RequestParam(required = false) String reason,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "recognitions.commendation.recorded",
        () ->
            commendations.record(
                commendationId,
                new Commendation.Answer(state, number, date, issuer, signer, reason),
                version));
  }

  @PostMapping("/models/{id}/low-results")
  String flag(
      @PathVariable long id,
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) List<String> action,
      @RequestParam(required = false) List<String> due,
      Locale locale,
      RedirectAttributes redirect) {
    var actions = new ArrayList<LowResults.Action>();
    var given = action == null ? List.<String>of() : action;
    for (int i = 0; i < given.size(); i++) {
      var text = given.get(i);
      var date =
          due != null && i < due.size() && !due.get(i).isBlank()
              ? LocalDate.parse(due.get(i))
              : null;
      if ((text != null && !text.isBlank()) || date != null) {
        actions.add(new LowResults.Action(text, date));
      }
    }
    return act(
        id,
        locale,
        redirect,
        "recognitions.flagged",
        () -> lowResults.flag(id, year, reason, actions));
  }

  @PostMapping("/models/{id}/follow-ups/{followUpId}")
  String report(
      @PathVariable long id,
      @PathVariable long followUpId,
      @RequestParam(required = false) String report,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id, locale, redirect, "recognitions.reported", () -> lowResults.report(followUpId, report));
  }

  @PostMapping("/models/{id}/low-results/{flagId}/review")
  String review(
      @PathVariable long id,
      @PathVariable long flagId,
      @RequestParam(required = false) LowResultView.Outcome outcome,
      @RequestParam(required = false) String note,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "recognitions.reviewed",
        () -> lowResults.review(flagId, outcome, note, version));
  }

  @GetMapping("/recognition/low-results")
  String flagged(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String under,
      Model model) {
    var flags = lowResults.flagged(year, under);
    var summaries = models.summaries(flags.stream().map(LowResultView::modelId).toList());
    var codes = new HashSet<String>();
    flags.forEach(f -> codes.add(f.unitCode()));
    model.addAttribute("flags", flags);
    model.addAttribute("summaries", summaries);
    model.addAttribute("unitNames", names.brief(codes));
    model.addAttribute("year", year);
    return "rounds/low-results";
  }

  private String act(
      long id, Locale locale, RedirectAttributes redirect, String notice, Runnable action) {
    return FormActions.run(
        "/models/" + id + "/recognition", messages, locale, redirect, notice, action);
  }
}

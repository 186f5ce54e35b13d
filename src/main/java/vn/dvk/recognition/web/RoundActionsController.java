package vn.dvk.recognition.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.recognition.CouncilFormation;
import vn.dvk.recognition.RoundAdministration;
import vn.dvk.recognition.RoundDecisions;
import vn.dvk.recognition.RoundProposals;
import vn.dvk.shared.web.FormActions;

/**
 * What the forms of a round's page post: the council and its assignments, a proposal sent, returned
 * or withdrawn, the meeting and the decision. Each redirects back to the round with its outcome, or
 * with the refusal's message.
 */
@Controller
class RoundActionsController {

  private final RoundAdministration administration;
  private final CouncilFormation councilFormation;
  private final RoundProposals proposing;
  private final RoundDecisions roundDecisions;
  private final MessageSource messages;

  RoundActionsController(
      RoundAdministration administration,
      CouncilFormation councilFormation,
      RoundProposals proposing,
      RoundDecisions roundDecisions,
      MessageSource messages) {
    this.administration = administration;
    this.councilFormation = councilFormation;
    this.proposing = proposing;
    this.roundDecisions = roundDecisions;
    this.messages = messages;
  }

  @PostMapping("/rounds/{id}/members")
  String members(
      @PathVariable long id,
      @RequestParam(required = false) List<String> members,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "rounds.members.saved",
        () -> councilFormation.setMembers(id, members == null ? List.of() : members, version));
  }

  @PostMapping("/rounds/{id}/spread")
  String spread(
      @PathVariable long id,
      @RequestParam(defaultValue = "3") int perProposal,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "rounds.spread.done",
        () -> councilFormation.spreadEvenly(id, perProposal));
  }

  @PostMapping("/rounds/{id}/proposals")
  String propose(
      @PathVariable long id,
      @RequestParam(required = false) Long modelId,
      @RequestParam(required = false) String considerationNote,
      @RequestParam(required = false) Integer votesFor,
      @RequestParam(required = false) Integer votesAgainst,
      Locale locale,
      RedirectAttributes redirect) {
    if (modelId == null) {
      redirect.addFlashAttribute(
          "errors", Map.of("modelId", messages.getMessage("validation.required", null, locale)));
      return "redirect:/rounds/" + id;
    }
    return act(
        id,
        locale,
        redirect,
        "rounds.proposed",
        () ->
            proposing.propose(
                id,
                modelId,
                new RoundProposals.Dossier(considerationNote, votesFor, votesAgainst)));
  }

  @PostMapping("/rounds/{id}/proposals/{proposalId}/return")
  String returnProposal(
      @PathVariable long id,
      @PathVariable long proposalId,
      @RequestParam(required = false) String reason,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "rounds.returned",
        () -> administration.returnForRevision(proposalId, reason, version));
  }

  @PostMapping("/rounds/{id}/proposals/{proposalId}/withdraw")
  String withdraw(
      @PathVariable long id,
      @PathVariable long proposalId,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id, locale, redirect, "rounds.withdrawn", () -> proposing.withdraw(proposalId, version));
  }

  @PostMapping("/rounds/{id}/meeting")
  String meeting(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String place,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) Set<String> present,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        locale,
        redirect,
        "rounds.meeting.saved",
        () ->
            administration.recordMeeting(
                id,
                new RoundAdministration.Meeting(
                    date, place, note, present == null ? Set.of() : present),
                version));
  }

  @PostMapping("/rounds/{id}/decision")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String signerName,
      @RequestParam(required = false) String signerTitle,
      @RequestParam Map<String, String> form,
      @RequestParam(required = false) Set<Long> outstanding,
      @RequestParam int version,
      Locale locale,
      RedirectAttributes redirect) {
    var reasons = new LinkedHashMap<Long, String>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith("reason-")) {
            reasons.put(Long.parseLong(name.substring("reason-".length())), value);
          }
        });
    return act(
        id,
        locale,
        redirect,
        "rounds.decided",
        () ->
            roundDecisions.decide(
                id,
                new RoundDecisions.Issue(
                    date,
                    signerName,
                    signerTitle,
                    reasons,
                    outstanding == null ? Set.of() : outstanding),
                version));
  }

  private String act(
      long id, Locale locale, RedirectAttributes redirect, String notice, Runnable action) {
    return FormActions.run("/rounds/" + id, messages, locale, redirect, notice, action);
  }
}

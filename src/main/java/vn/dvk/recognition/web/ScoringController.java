package vn.dvk.recognition.web;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvk.identity.UserAccounts;
import vn.dvk.recognition.CouncilBallots;
import vn.dvk.recognition.ReviewRounds;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.web.ApiPage;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.shared.web.PageLinks;

/**
 * A council member's scoring page: only the proposals they are assigned to, each a card whose
 * scores, vote and recusal are saved with htmx and answered with the card alone.
 */
@Controller
class ScoringController {

  private final ReviewRounds rounds;
  private final CouncilBallots ballots;
  private final UnitNames names;
  private final MessageSource messages;
  private final UserAccounts accounts;

  ScoringController(
      ReviewRounds rounds,
      CouncilBallots ballots,
      UnitNames names,
      MessageSource messages,
      UserAccounts accounts) {
    this.rounds = rounds;
    this.ballots = ballots;
    this.names = names;
    this.messages = messages;
    this.accounts = accounts;
  }

  /** The member's sheets, a page at a time; htmx asks for the sheets alone. */
  @GetMapping("/rounds/{id}/scoring")
  String page(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    var round = rounds.get(id);
    var sheets = ApiPage.slice(ballots.sheets(id), page, size);
    model.addAttribute("round", round);
    model.addAttribute("sheets", sheets);
    model.addAttribute("links", PageLinks.of("/rounds/" + id + "/scoring", sheets));
    model.addAttribute("people", accounts.displayNames(round.memberUsernames()));
    var codes = new HashSet<String>();
    sheets.items().forEach(s -> codes.add(s.model().unitCode()));
    model.addAttribute("unitNames", names.brief(codes));
    return htmx == null ? "rounds/scoring" : "rounds/scoring :: sheets";
  }

  @PostMapping("/proposals/{proposalId}/scores")
  String score(
      @PathVariable long proposalId,
      @RequestParam Map<String, String> form,
      Locale locale,
      Model model) {
    return card(
        proposalId,
        locale,
        model,
        () -> ballots.score(proposalId, scoresFrom(form)),
        "scoring.saved");
  }

  @PostMapping("/proposals/{proposalId}/ballot")
  String ballot(
      @PathVariable long proposalId,
      @RequestParam Map<String, String> form,
      @RequestParam(required = false) Boolean agree,
      @RequestParam(required = false) String comment,
      Locale locale,
      Model model) {
    return card(
        proposalId,
        locale,
        model,
        () -> {
          var scores = scoresFrom(form);
          if (!scores.isEmpty()) {
            ballots.score(proposalId, scores);
          }
          if (agree == null) {
            throw new vn.dvk.shared.InvalidInputException(
                java.util.List.of(
                    new vn.dvk.shared.InvalidInputException.Violation(
                        "agree", "scoring.error.vote-required")));
          }
          ballots.submit(proposalId, agree, comment);
        },
        "scoring.submitted");
  }

  @PostMapping("/proposals/{proposalId}/recusal")
  String recuse(
      @PathVariable long proposalId,
      @RequestParam(required = false) String reason,
      Locale locale,
      Model model) {
    return card(
        proposalId, locale, model, () -> ballots.recuse(proposalId, reason), "scoring.recused");
  }

  /** Runs the action and answers the proposal's card, with the action's outcome on it. */
  private String card(long proposalId, Locale locale, Model model, Runnable action, String notice) {
    try {
      action.run();
      model.addAttribute("cardNotice", notice);
    } catch (LocalizedException refused) {
      model.addAttribute("cardErrors", FormErrors.of(refused, messages, locale));
    }
    var proposal = rounds.proposal(proposalId);
    var round = rounds.get(proposal.roundId());
    var sheet =
        ballots.sheets(round.id()).stream()
            .filter(s -> s.proposal().id() == proposalId)
            .findFirst()
            .orElseThrow(
                () ->
                    new vn.dvk.shared.NotFoundException(
                        "recognition.error.proposal-not-found", String.valueOf(proposalId)));
    model.addAttribute("round", round);
    model.addAttribute("sheet", sheet);
    model.addAttribute("people", accounts.displayNames(round.memberUsernames()));
    model.addAttribute("unitNames", names.brief(java.util.Set.of(sheet.model().unitCode())));
    return "rounds/card :: card";
  }

  static Map<String, BigDecimal> scoresFrom(Map<String, String> form) {
    var scores = new LinkedHashMap<String, BigDecimal>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith("score-") && value != null && !value.isBlank()) {
            try {
              scores.put(name.substring("score-".length()), new BigDecimal(value.trim()));
            } catch (NumberFormatException notANumber) {
              scores.put(name.substring("score-".length()), null);
            }
          }
        });
    return scores;
  }
}

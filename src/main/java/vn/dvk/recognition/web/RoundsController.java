package vn.dvk.recognition.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.identity.UserAccount;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelLists;
import vn.dvk.models.ModelRow;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.RecognitionPapers;
import vn.dvk.recognition.ReviewRounds;
import vn.dvk.recognition.RoundAdministration;
import vn.dvk.recognition.RoundState;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiPage;
import vn.dvk.shared.web.FormErrors;
import vn.dvk.shared.web.PageLinks;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * The rounds pages: the list with the form to open one, and a round's page — its council, the
 * proposals ranked by score, the meeting and the decision for its reviewer, the form to propose a
 * model for the units below. What those forms post is handled by {@link RoundActionsController}.
 */
@Controller
class RoundsController {

  private final ReviewRounds rounds;
  private final RoundAdministration administration;
  private final MobilizationModels models;
  private final ModelLists lists;
  private final UserAccounts accounts;
  private final Scope scope;
  private final Units units;
  private final MessageSource messages;
  private final UnitNames names;
  private final RecognitionPapers papers;

  RoundsController(
      ReviewRounds rounds,
      RoundAdministration administration,
      MobilizationModels models,
      ModelLists lists,
      UserAccounts accounts,
      Scope scope,
      Units units,
      MessageSource messages,
      UnitNames names,
      RecognitionPapers papers) {
    this.rounds = rounds;
    this.administration = administration;
    this.models = models;
    this.lists = lists;
    this.accounts = accounts;
    this.scope = scope;
    this.units = units;
    this.messages = messages;
    this.names = names;
    this.papers = papers;
  }

  /** The rounds, a page at a time, each with its decision's number; htmx asks for the results. */
  @GetMapping("/rounds")
  String list(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    var shown = ApiPage.slice(rounds.visible(year), page, size);
    model.addAttribute("rounds", shown);
    model.addAttribute("links", PageLinks.of("/rounds", shown).with("year", year));
    model.addAttribute("decisionNumbers", rounds.decisionNumbers(shown.items()));
    model.addAttribute("year", year);
    model.addAttribute(
        "unitNames", names.brief(shown.items().stream().map(RoundView::unitCode).toList()));
    if (htmx != null) {
      return "rounds/list :: results";
    }
    model.addAttribute("voteRules", VoteRule.values());
    model.addAttribute("thisYear", units.today().getYear());
    return "rounds/list";
  }

  @PostMapping("/rounds")
  String open(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate proposalDeadline,
      @RequestParam(required = false) Integer scaleMin,
      @RequestParam(required = false) Integer scaleMax,
      @RequestParam(required = false) VoteRule voteRule,
      @RequestParam(required = false) Boolean recordedFromPaper,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      var round =
          administration.open(
              new RoundAdministration.OpenRound(
                  year, title, proposalDeadline, scaleMin, scaleMax, voteRule, recordedFromPaper));
      redirect.addFlashAttribute("notice", "rounds.opened");
      return "redirect:/rounds/" + round.id();
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute("errors", FormErrors.of(refused, messages, locale));
      return "redirect:/rounds";
    }
  }

  @GetMapping("/rounds/{id}")
  String round(@PathVariable long id, Model model) {
    var user = scope.requireUser();
    var round = rounds.get(id);
    var manages =
        user.can(Permission.ROUNDS_MANAGE)
            && scope.covers(user.unitCode(), round.unitCode(), units.today());
    var proposals = rounds.proposals(id);
    model.addAttribute("round", round);
    model.addAttribute("manages", manages);
    model.addAttribute("unitName", names.brief(List.of(round.unitCode())).get(round.unitCode()));
    if (manages) {
      model.addAttribute("board", rounds.board(id));
      model.addAttribute("eligibleMembers", eligibleMembers(round));
    }
    var summaries = models.summaries(proposals.stream().map(p -> p.modelId()).toList());
    model.addAttribute("proposals", proposals);
    model.addAttribute("summaries", summaries);
    var codes = new HashSet<String>();
    proposals.forEach(p -> codes.add(p.proposingUnitCode()));
    summaries.values().forEach(s -> codes.add(s.unitCode()));
    model.addAttribute("unitNames", names.brief(codes));
    var mayPropose =
        round.isOpen() && user.can(Permission.PROPOSALS_SUBMIT) && proposes(user.unitCode(), round);
    model.addAttribute("mayPropose", mayPropose);
    if (mayPropose) {
      model.addAttribute("candidates", candidates(round, user.unitCode()));
    }
    model.addAttribute("isMember", round.isMember(user.username()));
    model.addAttribute("people", accounts.displayNames(round.memberUsernames()));
    model.addAttribute(
        "sentByMe",
        proposals.stream()
            .anyMatch(
                p ->
                    p.proposingUnitCode().equals(user.unitCode())
                        && p.state() != ProposalState.WITHDRAWN
                        && p.state() != ProposalState.RETURNED));
    model.addAttribute("today", units.today());
    return "rounds/detail";
  }

  @GetMapping("/rounds/{id}/letter/pdf")
  ResponseEntity<byte[]> letter(@PathVariable long id) {
    return Pdf.inline(papers.submissionLetter(id), "to-trinh-" + id + ".pdf");
  }

  /**
   * Whether a unit proposes to the round: the round's own unit (its own models) or a unit directly
   * below it (the models of its subtree).
   */
  private boolean proposes(String unitCode, RoundView round) {
    return unitCode.equals(round.unitCode())
        || units
            .find(unitCode, units.today())
            .map(unit -> round.unitCode().equals(unit.parentCode()))
            .orElse(false);
  }

  /** The models the unit may send to the round: registered that year, not proposed already. */
  private List<ModelRow> candidates(RoundView round, String unitCode) {
    var filter =
        new ModelFilter(
            null,
            round.year(),
            null,
            null,
            null,
            null,
            null,
            null,
            ModelFilter.Sort.TITLE,
            0,
            ModelFilter.MAX_PAGE_SIZE);
    var proposed = new HashSet<Long>();
    rounds.proposals(round.id()).stream()
        .filter(p -> p.state() != ProposalState.RETURNED && p.state() != ProposalState.WITHDRAWN)
        .forEach(p -> proposed.add(p.modelId()));
    return lists.find(filter).rows().stream()
        .filter(row -> row.state().isRegistered())
        .filter(row -> !unitCode.equals(round.unitCode()) || row.unitCode().equals(unitCode))
        .filter(row -> !proposed.contains(row.modelId()))
        .toList();
  }

  private List<UserAccount> eligibleMembers(RoundView round) {
    if (round.state() != RoundState.OPEN) {
      return List.of();
    }
    var codes =
        units.subtree(round.unitCode(), units.today()).stream().map(UnitView::code).toList();
    return accounts.inUnits(codes).stream()
        .filter(a -> a.role().allows(Permission.PROPOSALS_SCORE))
        .toList();
  }
}

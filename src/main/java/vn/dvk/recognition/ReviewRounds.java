package vn.dvk.recognition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.identity.UserAccount;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.domain.Assignments;
import vn.dvk.recognition.domain.CouncilVote;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ProposalRules;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.recognition.domain.Scoring;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Units;

/**
 * Review rounds for the signed-in user: a reviewer opens a round at their unit's level, forms its
 * council and records its meeting and decision; units below propose their recognized models; the
 * council's members score and vote on what they are assigned. Every action is recorded in the audit
 * log in its own transaction, and a change made on a stale version gets a conflict.
 */
@Service
@Transactional(readOnly = true)
public class ReviewRounds {

  static final String ROUND = "ROUND";
  static final String PROPOSAL = "PROPOSAL";

  private final RoundRepository rounds;
  private final ProposalRepository proposals;
  private final DecisionRepository decisions;
  private final MobilizationModels models;
  private final UserAccounts accounts;
  private final Scope scope;
  private final Units units;
  private final RecognitionAudit audit;
  private final Clock clock;

  ReviewRounds(
      RoundRepository rounds,
      ProposalRepository proposals,
      DecisionRepository decisions,
      MobilizationModels models,
      UserAccounts accounts,
      Scope scope,
      Units units,
      RecognitionAudit audit,
      Clock clock) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.decisions = decisions;
    this.models = models;
    this.accounts = accounts;
    this.scope = scope;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a reviewer fills in to open a round; the level is that of the reviewer's unit. */
  public record OpenRound(
      Integer year,
      String title,
      LocalDate proposalDeadline,
      Integer scaleMin,
      Integer scaleMax,
      VoteRule voteRule) {}

  /** What a unit sends with a proposal besides the model: its own consideration. */
  public record Dossier(String considerationNote, Integer votesFor, Integer votesAgainst) {
    public static Dossier none() {
      return new Dossier(null, null, null);
    }
  }

  /** The meeting as recorded: when, where, who attended. */
  public record Meeting(LocalDate date, String place, String note, Set<String> present) {}

  /** The round's decision as the reviewer issues it. */
  public record Issue(
      LocalDate date,
      String signerName,
      String signerTitle,
      Map<Long, String> reasons,
      Set<Long> outstanding) {

    /** A decision naming no model outstanding. */
    public Issue(LocalDate date, String signerName, String signerTitle, Map<Long, String> reasons) {
      this(date, signerName, signerTitle, reasons, Set.of());
    }
  }

  // ---------------------------------------------------------------------------------- reading

  public RoundView get(long id) {
    var user = scope.requireUser();
    var round = load(id);
    if (!mayRead(user, round)) {
      throw new NotFoundException("recognition.error.round-not-found", String.valueOf(id));
    }
    return round;
  }

  /**
   * The rounds the user deals with: held in their subtree, held above them (they may propose to
   * them), or whose council they sit on; for a year or every year.
   */
  public List<RoundView> visible(Integer year) {
    var user = scope.requireUser();
    var today = units.today();
    var unitCodes = new LinkedHashSet<String>();
    scope.visibleUnits(today).forEach(unit -> unitCodes.add(unit.code()));
    units.chain(user.unitCode(), today).forEach(unit -> unitCodes.add(unit.code()));
    var result = new LinkedHashMap<Long, RoundView>();
    rounds.heldBy(unitCodes, year).forEach(round -> result.put(round.id(), round));
    rounds.withMember(user.username()).stream()
        .filter(round -> year == null || round.year() == year)
        .forEach(round -> result.putIfAbsent(round.id(), round));
    return result.values().stream()
        .sorted(Comparator.comparing(RoundView::year).reversed().thenComparing(RoundView::id))
        .toList();
  }

  public ProposalView proposal(long id) {
    var user = scope.requireUser();
    var proposal = loadProposal(id);
    var round = get(proposal.roundId());
    if (!seesAll(user, round) && !ownProposal(user, proposal)) {
      throw new NotFoundException("recognition.error.proposal-not-found", String.valueOf(id));
    }
    return proposal;
  }

  /**
   * The round's proposals the user may see: all of them for its reviewers and council members; for
   * a unit below the round, only those sent from its own subtree.
   */
  public List<ProposalView> proposals(long roundId) {
    var user = scope.requireUser();
    var round = get(roundId);
    var all = proposals.ofRound(roundId);
    if (seesAll(user, round)) {
      return all;
    }
    return all.stream().filter(p -> ownProposal(user, p)).toList();
  }

  private boolean seesAll(CurrentUser user, RoundView round) {
    return round.isMember(user.username())
        || scope.covers(user.unitCode(), round.unitCode(), units.today());
  }

  private boolean ownProposal(CurrentUser user, ProposalView proposal) {
    return scope.covers(user.unitCode(), proposal.proposingUnitCode(), units.today());
  }

  /** A proposal with what the round page shows of it. */
  public record Entry(
      ProposalView proposal,
      ModelSummary model,
      BigDecimal score,
      int scored,
      Set<String> assigned,
      Set<String> notScoredYet,
      Map<String, String> recusals,
      CouncilVote.Outcome outcome,
      Basis basis) {}

  /**
   * What a proposal's dossier carries up from the level below: the recognition it rests on (its
   * decision) and that level's own proposal — the minutes and vote of the consideration there.
   */
  public record Basis(
      long recognitionId,
      long decisionId,
      String decisionNumber,
      String unitCode,
      String considerationNote,
      Integer votesFor,
      Integer votesAgainst) {}

  /**
   * The round as its reviewer sees it: proposals ranked by their average weighted score, who has
   * not scored yet, and — once the meeting is recorded — each proposal's vote under the round's
   * rule. Members see this only for what they have submitted themselves.
   */
  public List<Entry> board(long roundId) {
    var user = scope.requireUser();
    var round = get(roundId);
    if (!mayManage(user, round)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    return entries(round, proposals.ofRound(roundId));
  }

  /**
   * Whether a proposal may still be recognized when the decision is issued: the recognition it
   * rests on still stands, and the round's unit has not recognized the model meanwhile.
   */
  private boolean recognizable(ProposalView proposal, RoundView round) {
    var held = decisions.ofModel(proposal.modelId());
    var basisStands =
        proposal.basisRecognitionId() == null
            || held.stream()
                .anyMatch(r -> r.id() == proposal.basisRecognitionId() && r.isStanding());
    var alreadyHere =
        held.stream().anyMatch(r -> r.isStanding() && r.unitCode().equals(round.unitCode()));
    return basisStands && !alreadyHere;
  }

  private Basis basis(ProposalView proposal) {
    if (proposal.basisRecognitionId() == null) {
      return null;
    }
    return decisions
        .recognition(proposal.basisRecognitionId())
        .map(
            recognition -> {
              var below = proposals.find(recognition.proposalId()).orElse(null);
              return new Basis(
                  recognition.id(),
                  recognition.decisionId(),
                  recognition.decisionNumber(),
                  recognition.unitCode(),
                  below == null ? null : below.considerationNote(),
                  below == null ? null : below.votesFor(),
                  below == null ? null : below.votesAgainst());
            })
        .orElse(null);
  }

  private List<Entry> entries(RoundView round, List<ProposalView> list) {
    var assignments = proposals.assignments(round.id());
    var recusals = proposals.recusals(round.id());
    var scores = proposals.scores(round.id());
    var ballots = proposals.ballots(round.id());
    var summaries = models.summaries(list.stream().map(ProposalView::modelId).toList());
    var members = round.members().stream().map(RoundView.MemberView::username).toList();
    var present =
        round.members().stream()
            .filter(m -> Boolean.TRUE.equals(m.present()))
            .map(RoundView.MemberView::username)
            .collect(Collectors.toSet());
    var criteria = criteria(round);
    var conflicts = conflicts(round);
    var entries = new ArrayList<Entry>();
    for (var proposal : list) {
      var model = summaries.get(proposal.modelId());
      var assigned = assignedTo(proposal.id(), assignments, members);
      var recused = recusals.getOrDefault(proposal.id(), Map.of());
      var submitted = ballots.getOrDefault(proposal.id(), Map.of());
      var memberScores = new ArrayList<BigDecimal>();
      for (var member : submitted.keySet()) {
        Scoring.weighted(
                scores.getOrDefault(proposal.id(), Map.of()).getOrDefault(member, Map.of()),
                criteria)
            .ifPresent(memberScores::add);
      }
      var waiting = new TreeSet<String>();
      for (var member : assigned) {
        if (!submitted.containsKey(member) && !recused.containsKey(member)) {
          waiting.add(member);
        }
      }
      CouncilVote.Outcome outcome = null;
      if (round.state() != RoundState.OPEN) {
        var excluded = new HashSet<>(recused.keySet());
        members.stream().filter(m -> conflicts.test(m, model.unitCode())).forEach(excluded::add);
        var votes = new LinkedHashMap<String, Boolean>();
        submitted.forEach((member, ballot) -> votes.put(member, ballot.agree()));
        outcome =
            CouncilVote.count(
                new HashSet<>(members), assigned, present, excluded, votes, round.voteRule());
      }
      entries.add(
          new Entry(
              proposal,
              model,
              Scoring.average(memberScores).orElse(null),
              memberScores.size(),
              assigned,
              waiting,
              recused,
              outcome,
              basis(proposal)));
    }
    entries.sort(
        Comparator.comparing(
                (Entry e) -> e.score() == null ? BigDecimal.valueOf(-1) : e.score(),
                Comparator.reverseOrder())
            .thenComparing(e -> e.proposal().id()));
    return entries;
  }

  // ---------------------------------------------------------------------------------- reviewer

  @Transactional
  public RoundView open(OpenRound request) {
    var user = reviewer();
    var violations = new ArrayList<Violation>();
    if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
      violations.add(new Violation("year", "recognition.error.year"));
    }
    if (request.title() == null || request.title().isBlank()) {
      violations.add(new Violation("title", "validation.required"));
    }
    if (request.proposalDeadline() == null) {
      violations.add(new Violation("proposalDeadline", "validation.required"));
    }
    var min = request.scaleMin() == null ? 0 : request.scaleMin();
    var max = request.scaleMax() == null ? 10 : request.scaleMax();
    if (min < 0 || max > 100 || min >= max) {
      violations.add(new Violation("scaleMax", "recognition.error.scale"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    var unit = units.get(user.unitCode(), units.today());
    var id =
        rounds.insert(
            new RoundRepository.NewRound(
                unit.code(),
                unit.level(),
                request.year(),
                request.title().trim(),
                request.proposalDeadline(),
                min,
                max,
                request.voteRule() == null ? VoteRule.MAJORITY_OF_PRESENT : request.voteRule()),
            user.username(),
            now());
    var round = load(id);
    audit.record(user, "ROUND_OPENED", ROUND, id, unit.code(), round.title(), null, round);
    return round;
  }

  /** Forms the council: users of the round's subtree who may score proposals. */
  @Transactional
  public RoundView setMembers(long roundId, Collection<String> usernames, int version) {
    var user = reviewer();
    var round = managed(user, roundId, version);
    requireOpen(round);
    var members = new LinkedHashSet<String>();
    for (var username : usernames) {
      var account =
          accounts
              .findByUsername(username.trim())
              .filter(a -> a.role().allows(Permission.PROPOSALS_SCORE))
              .filter(a -> scope.covers(round.unitCode(), a.unitCode(), units.today()))
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "recognition.error.not-a-council-member", username));
      members.add(account.username());
    }
    if (!rounds.replaceMembers(round, members)) {
      throw new ConflictException("recognition.error.round-changed");
    }
    var after = load(roundId);
    audit.record(
        user,
        "COUNCIL_FORMED",
        ROUND,
        roundId,
        round.unitCode(),
        String.join(", ", members),
        RecognitionAudit.fields("members", usernames(round)),
        RecognitionAudit.fields("members", usernames(after)));
    return after;
  }

  /** Assigns members to a proposal by hand; none of them may be from the model's unit. */
  @Transactional
  public void assign(long proposalId, Collection<String> usernames) {
    var user = reviewer();
    var proposal = loadProposal(proposalId);
    var round = managed(user, proposal.roundId(), null);
    requireOpen(round);
    var model = summary(proposal.modelId());
    var chosen = new TreeSet<String>();
    for (var username : usernames) {
      if (!round.isMember(username)) {
        throw new BusinessRuleException("recognition.error.not-a-council-member", username);
      }
      if (conflicted(username, model.unitCode(), round)) {
        throw new BusinessRuleException("recognition.error.conflict-of-interest", username);
      }
      chosen.add(username);
    }
    proposals.assign(proposalId, chosen);
    audit.record(
        user,
        "MEMBERS_ASSIGNED",
        PROPOSAL,
        proposalId,
        round.unitCode(),
        String.join(", ", chosen),
        null,
        RecognitionAudit.fields("members", chosen));
  }

  /** Spreads the round's proposals evenly over its council, {@code perProposal} members each. */
  @Transactional
  public Map<Long, Set<String>> spreadEvenly(long roundId, int perProposal) {
    if (perProposal < 1) {
      throw new InvalidInputException(
          List.of(new InvalidInputException.Violation("perProposal", "validation.at-least-one")));
    }
    var user = reviewer();
    var round = managed(user, roundId, null);
    requireOpen(round);
    var active = proposals.ofRound(roundId).stream().filter(p -> p.state().isActive()).toList();
    var summaries = models.summaries(active.stream().map(ProposalView::modelId).toList());
    var unitOf = new LinkedHashMap<Long, String>();
    active.forEach(p -> unitOf.put(p.id(), summaries.get(p.modelId()).unitCode()));
    var members = round.members().stream().map(RoundView.MemberView::username).toList();
    var conflicts = conflicts(round);
    var spread =
        Assignments.spread(
            active.stream().map(ProposalView::id).toList(),
            members,
            Math.max(1, perProposal),
            (member, proposal) -> !conflicts.test(member, unitOf.get(proposal)));
    spread.forEach(proposals::assign);
    audit.record(
        user,
        "MEMBERS_SPREAD",
        ROUND,
        roundId,
        round.unitCode(),
        String.valueOf(perProposal),
        null,
        RecognitionAudit.fields("perProposal", perProposal, "assignments", spread));
    return spread;
  }

  /** Sends a proposal back before the meeting, with what is to be revised. */
  @Transactional
  public ProposalView returnForRevision(long proposalId, String reason, int version) {
    var user = reviewer();
    var proposal = loadProposal(proposalId);
    var round = managed(user, proposal.roundId(), null);
    requireOpen(round);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(List.of(new Violation("reason", "validation.required")));
    }
    return move(
        user, proposal, version, ProposalState.RETURNED, reason.trim(), "PROPOSAL_RETURNED");
  }

  @Transactional
  public RoundView recordMeeting(long roundId, Meeting meeting, int version) {
    var user = reviewer();
    var round = managed(user, roundId, version);
    requireOpen(round);
    var violations = new ArrayList<Violation>();
    if (meeting.date() == null) {
      violations.add(new Violation("date", "validation.required"));
    }
    if (round.members().isEmpty()) {
      violations.add(new Violation("present", "recognition.error.no-council"));
    }
    var present = meeting.present() == null ? Set.<String>of() : meeting.present();
    present.stream()
        .filter(username -> !round.isMember(username))
        .forEach(
            username ->
                violations.add(
                    new Violation("present", "recognition.error.not-a-council-member", username)));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (!rounds.recordMeeting(
        round,
        meeting.date(),
        blankToNull(meeting.place()),
        blankToNull(meeting.note()),
        present)) {
      throw new ConflictException("recognition.error.round-changed");
    }
    var after = load(roundId);
    audit.record(
        user,
        "MEETING_RECORDED",
        ROUND,
        roundId,
        round.unitCode(),
        String.valueOf(meeting.date()),
        null,
        RecognitionAudit.fields(
            "date", meeting.date(), "place", meeting.place(), "present", new TreeSet<>(present)));
    return after;
  }

  /**
   * Issues the round's decision: the proposals the council's vote carried are recognized at the
   * round's level by one numbered decision; the others are not, each with its reason. The reviewer
   * who proposed any of them may not issue it. Of two reviewers issuing at once, one gets a
   * conflict and nothing of theirs is written.
   */
  @Transactional
  public RoundView decide(long roundId, Issue issue, int version) {
    var user = reviewer();
    if (!user.can(Permission.DECISIONS_ISSUE)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    var round = managed(user, roundId, version);
    if (round.state() != RoundState.MEETING_HELD) {
      throw new BusinessRuleException("recognition.error.no-meeting-yet");
    }
    var violations = new ArrayList<Violation>();
    if (issue.date() == null) {
      violations.add(new Violation("date", "validation.required"));
    }
    if (issue.signerName() == null || issue.signerName().isBlank()) {
      violations.add(new Violation("signerName", "validation.required"));
    }
    if (issue.signerTitle() == null || issue.signerTitle().isBlank()) {
      violations.add(new Violation("signerTitle", "validation.required"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    var list = proposals.ofRound(roundId);
    if (list.stream().anyMatch(p -> p.proposedBy().equals(user.username()))) {
      throw new ForbiddenException("recognition.error.maker-checker");
    }
    // Claim the round first: a second reviewer on the same version stops here.
    if (!rounds.bump(round)) {
      throw new ConflictException("recognition.error.round-changed");
    }
    var claimed = load(roundId);
    var entries = entries(claimed, list.stream().filter(p -> p.state().isActive()).toList());
    var standing =
        entries.stream()
            .filter(e -> recognizable(e.proposal(), round))
            .map(e -> e.proposal().id())
            .collect(Collectors.toSet());
    var carried =
        entries.stream()
            .filter(e -> e.outcome().recognized() && standing.contains(e.proposal().id()))
            .toList();
    Long decisionId = null;
    if (!carried.isEmpty()) {
      decisionId =
          decisions.insert(
              new DecisionRepository.NewDecision(
                  DecisionKind.RECOGNITION,
                  round.unitCode(),
                  round.level(),
                  issue.date(),
                  issue.signerName().trim(),
                  issue.signerTitle().trim(),
                  round.id(),
                  null),
              user.username(),
              now());
    }
    var reasons = issue.reasons() == null ? Map.<Long, String>of() : issue.reasons();
    var outstanding = issue.outstanding() == null ? Set.<Long>of() : issue.outstanding();
    for (var entry : entries) {
      var proposal = entry.proposal();
      if (entry.outcome().recognized() && standing.contains(proposal.id())) {
        decisions.insertRecognition(
            proposal.modelId(),
            proposal.ownerKind(),
            round.level(),
            round.unitCode(),
            round.year(),
            decisionId,
            round.id(),
            proposal.id(),
            outstanding.contains(proposal.id()));
        move(
            user,
            proposal,
            proposal.version(),
            ProposalState.RECOGNIZED,
            null,
            "PROPOSAL_RECOGNIZED");
      } else {
        var reason = reasons.get(proposal.id());
        var text =
            !standing.contains(proposal.id())
                ? "Công nhận ở cấp dưới đã bị thu hồi, hoặc mô hình đã được công nhận ở cấp này"
                : reason == null || reason.isBlank()
                    ? "Biểu quyết: "
                        + entry.outcome().agree()
                        + "/"
                        + entry.outcome().present()
                        + " thành viên có mặt đồng ý"
                        + (entry.outcome().quorum() ? "" : " (không đủ số thành viên dự họp)")
                    : reason.trim();
        move(
            user,
            proposal,
            proposal.version(),
            ProposalState.NOT_RECOGNIZED,
            text,
            "PROPOSAL_NOT_RECOGNIZED");
      }
    }
    if (!rounds.decide(claimed, decisionId, user.username(), now())) {
      throw new ConflictException("recognition.error.round-changed");
    }
    var after = load(roundId);
    audit.record(
        user,
        "ROUND_DECIDED",
        ROUND,
        roundId,
        round.unitCode(),
        decisionId == null ? "—" : decisions.find(decisionId).map(DecisionView::number).orElse(""),
        RecognitionAudit.fields("state", round.state()),
        RecognitionAudit.fields("state", after.state(), "decision", after.decisionId()));
    return after;
  }

  // ---------------------------------------------------------------------------------- proposer

  /** Proposes a model to a round, by the user's unit, under the rules of {@link ProposalRules}. */
  @Transactional
  public ProposalView propose(long roundId, long modelId, Dossier dossier) {
    var user = scope.requireUser();
    if (!user.can(Permission.PROPOSALS_SUBMIT)) {
      throw new ForbiddenException("recognition.error.proposer-only");
    }
    get(roundId);
    // One proposal at a time per round: a second one sees the first (and a closed round).
    rounds.lock(roundId);
    var round = load(roundId);
    var model = models.get(modelId);
    var asOf = asOf(round.year());
    var standings =
        decisions.ofModel(modelId).stream()
            .filter(RecognitionView::isStanding)
            .map(r -> new ProposalRules.Standing(r.id(), r.level(), r.unitCode()))
            .toList();
    var alreadyProposed =
        proposals.ofModel(modelId).stream()
            .anyMatch(
                p ->
                    p.roundId() == roundId
                        && p.state() != ProposalState.RETURNED
                        && p.state() != ProposalState.WITHDRAWN);
    var result =
        ProposalRules.check(
            new ProposalRules.Candidate(
                new ProposalRules.Round(
                    round.unitCode(),
                    round.level(),
                    round.year(),
                    round.proposalDeadline(),
                    round.isOpen()),
                units.today(),
                user.unitCode(),
                units.chain(model.unitCode(), asOf),
                standings,
                model.registration(round.year()).map(r -> r.state().isRegistered()).orElse(false),
                alreadyProposed));
    if (!result.isAccepted()) {
      throw new BusinessRuleException(result.refusal().messageKey(), result.refusal().arguments());
    }
    var d = dossier == null ? Dossier.none() : dossier;
    var id =
        proposals.insert(
            roundId,
            modelId,
            model.details().ownerKind(),
            user.unitCode(),
            result.accepted().basis().map(ProposalRules.Standing::id).orElse(null),
            new ProposalRepository.Dossier(
                blankToNull(d.considerationNote()), d.votesFor(), d.votesAgainst()),
            user.username(),
            now());
    var proposal = loadProposal(id);
    audit.record(
        user, "PROPOSAL_SUBMITTED", PROPOSAL, id, user.unitCode(), model.title(), null, proposal);
    return proposal;
  }

  @Transactional
  public ProposalView withdraw(long proposalId, int version) {
    var user = scope.requireUser();
    var proposal = loadProposal(proposalId);
    if (!user.can(Permission.PROPOSALS_SUBMIT)
        || !user.unitCode().equals(proposal.proposingUnitCode())) {
      throw new ForbiddenException("recognition.error.proposer-only");
    }
    requireOpen(get(proposal.roundId()));
    return move(user, proposal, version, ProposalState.WITHDRAWN, null, "PROPOSAL_WITHDRAWN");
  }

  // ---------------------------------------------------------------------------------- member

  /** A proposal as one member sees it on their scoring page. */
  public record Sheet(
      ProposalView proposal,
      ModelSummary model,
      Map<String, BigDecimal> myScores,
      BigDecimal myScore,
      ProposalRepository.Ballot myBallot,
      String myRecusal,
      Map<String, Map<String, BigDecimal>> othersScores,
      Map<String, ProposalRepository.Ballot> othersBallots) {

    public boolean isSubmitted() {
      return myBallot != null;
    }
  }

  /**
   * The proposals of a round the signed-in member is to score, each with their own scores and —
   * only once they submitted their own ballot on it — the other members' scores and votes.
   */
  public List<Sheet> sheets(long roundId) {
    var user = member();
    var round = get(roundId);
    if (!round.isMember(user.username())) {
      throw new NotFoundException("recognition.error.round-not-found", String.valueOf(roundId));
    }
    var assignments = proposals.assignments(roundId);
    var members = round.members().stream().map(RoundView.MemberView::username).toList();
    var scores = proposals.scores(roundId);
    var ballots = proposals.ballots(roundId);
    var recusals = proposals.recusals(roundId);
    var list =
        proposals.ofRound(roundId).stream()
            .filter(
                p -> p.state() != ProposalState.WITHDRAWN && p.state() != ProposalState.RETURNED)
            .filter(p -> assignedTo(p.id(), assignments, members).contains(user.username()))
            .toList();
    var summaries = models.summaries(list.stream().map(ProposalView::modelId).toList());
    var criteria = criteria(round);
    var conflicts = conflicts(round);
    var sheets = new ArrayList<Sheet>();
    for (var proposal : list) {
      var model = summaries.get(proposal.modelId());
      if (conflicts.test(user.username(), model.unitCode())) {
        continue;
      }
      var all = scores.getOrDefault(proposal.id(), Map.of());
      var allBallots = ballots.getOrDefault(proposal.id(), Map.of());
      var mine = all.getOrDefault(user.username(), Map.of());
      var myBallot = allBallots.get(user.username());
      var others = new LinkedHashMap<String, Map<String, BigDecimal>>();
      var othersBallots = new LinkedHashMap<String, ProposalRepository.Ballot>();
      if (myBallot != null) {
        allBallots.forEach(
            (member, ballot) -> {
              if (!member.equals(user.username())) {
                othersBallots.put(member, ballot);
                others.put(member, all.getOrDefault(member, Map.of()));
              }
            });
      }
      sheets.add(
          new Sheet(
              proposal,
              model,
              mine,
              Scoring.weighted(mine, criteria).orElse(null),
              myBallot,
              recusals.getOrDefault(proposal.id(), Map.of()).get(user.username()),
              others,
              othersBallots));
    }
    return sheets;
  }

  /** Saves some of the member's scores on a proposal (each on the round's scale). */
  @Transactional
  public Sheet score(long proposalId, Map<String, BigDecimal> scores) {
    var user = member();
    var context = ballotContext(user, proposalId);
    var round = context.round();
    var codes =
        round.criteria().stream().map(RoundView.CriterionView::code).collect(Collectors.toSet());
    var violations = new ArrayList<Violation>();
    scores.forEach(
        (code, score) -> {
          if (!codes.contains(code)) {
            violations.add(new Violation(code, "recognition.error.unknown-criterion", code));
          } else if (score == null || !Scoring.onScale(score, round.scaleMin(), round.scaleMax())) {
            violations.add(
                new Violation(
                    code, "recognition.error.off-scale", round.scaleMin(), round.scaleMax()));
          }
        });
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    proposals.saveScores(proposalId, user.username(), scores);
    audit.record(
        user,
        "SCORES_SAVED",
        PROPOSAL,
        proposalId,
        round.unitCode(),
        null,
        null,
        RecognitionAudit.fields("scores", scores));
    return sheet(user, round, proposalId);
  }

  /** Submits the member's vote; every criterion must be scored, and a ballot is final. */
  @Transactional
  public Sheet submit(long proposalId, boolean agree, String comment) {
    var user = member();
    var context = ballotContext(user, proposalId);
    var round = context.round();
    var mine =
        proposals
            .scores(round.id())
            .getOrDefault(proposalId, Map.of())
            .getOrDefault(user.username(), Map.of());
    if (Scoring.weighted(mine, criteria(round)).isEmpty()) {
      throw new BusinessRuleException("recognition.error.scores-incomplete");
    }
    proposals.insertBallot(
        proposalId,
        new ProposalRepository.Ballot(user.username(), agree, blankToNull(comment), now()));
    audit.record(
        user,
        "BALLOT_SUBMITTED",
        PROPOSAL,
        proposalId,
        round.unitCode(),
        agree ? "agree" : "disagree",
        null,
        RecognitionAudit.fields("agree", agree, "comment", comment, "scores", mine));
    return sheet(user, round, proposalId);
  }

  /** The member steps aside from a proposal, with a reason; they no longer score or vote on it. */
  @Transactional
  public void recuse(long proposalId, String reason) {
    var user = member();
    var context = ballotContext(user, proposalId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(List.of(new Violation("reason", "validation.required")));
    }
    proposals.recuse(proposalId, user.username(), reason.trim(), now());
    audit.record(
        user,
        "MEMBER_RECUSED",
        PROPOSAL,
        proposalId,
        context.round().unitCode(),
        reason.trim(),
        null,
        RecognitionAudit.fields("reason", reason.trim()));
  }

  private record BallotContext(RoundView round, ProposalView proposal) {}

  private BallotContext ballotContext(CurrentUser user, long proposalId) {
    var proposal = loadProposal(proposalId);
    // Ballots wait for a meeting or decision being recorded, then see the round closed.
    rounds.lock(proposal.roundId());
    var round = load(proposal.roundId());
    var members = round.members().stream().map(RoundView.MemberView::username).toList();
    if (!round.isMember(user.username())
        || !assignedTo(proposalId, proposals.assignments(round.id()), members)
            .contains(user.username())) {
      throw new NotFoundException(
          "recognition.error.proposal-not-found", String.valueOf(proposalId));
    }
    var model = summary(proposal.modelId());
    if (conflicted(user.username(), model.unitCode(), round)) {
      throw new ForbiddenException("recognition.error.conflict-of-interest", user.username());
    }
    if (round.state() != RoundState.OPEN || !proposal.state().isActive()) {
      throw new BusinessRuleException("recognition.error.ballot-closed");
    }
    if (proposals
        .ballots(round.id())
        .getOrDefault(proposalId, Map.of())
        .containsKey(user.username())) {
      throw new BusinessRuleException("recognition.error.ballot-submitted");
    }
    if (proposals
        .recusals(round.id())
        .getOrDefault(proposalId, Map.of())
        .containsKey(user.username())) {
      throw new BusinessRuleException("recognition.error.recused");
    }
    return new BallotContext(round, proposal);
  }

  private Sheet sheet(CurrentUser user, RoundView round, long proposalId) {
    return sheets(round.id()).stream()
        .filter(s -> s.proposal().id() == proposalId)
        .findFirst()
        .orElseThrow();
  }

  // ---------------------------------------------------------------------------------- helpers

  private static Set<String> assignedTo(
      long proposalId, Map<Long, Set<String>> assignments, List<String> members) {
    var assigned = assignments.get(proposalId);
    // Until the reviewer assigns members, the whole council judges every proposal.
    return assigned == null || assigned.isEmpty() ? new LinkedHashSet<>(members) : assigned;
  }

  /**
   * A member may not judge a model of their own unit's subtree — a member from a unit below the
   * round's (Đức Linh, on the provincial council) on that unit's models; members of the round's own
   * unit judge everything before it.
   */
  private boolean conflicted(String username, String modelUnitCode, RoundView round) {
    return conflicts(round).test(username, modelUnitCode);
  }

  /**
   * Who may not judge a model of which unit in a round, for checking many pairs at once: each
   * member's home unit is read once, and each member and unit once.
   */
  private BiPredicate<String, String> conflicts(RoundView round) {
    var asOf = asOf(round.year());
    var homes = new HashMap<String, Optional<String>>();
    var answers = new HashMap<String, Boolean>();
    return (username, modelUnitCode) ->
        answers.computeIfAbsent(
            username + "\n" + modelUnitCode,
            key ->
                homes
                    .computeIfAbsent(
                        username, u -> accounts.findByUsername(u).map(UserAccount::unitCode))
                    .filter(home -> !home.equals(round.unitCode()))
                    .map(home -> scope.covers(home, modelUnitCode, asOf))
                    .orElse(false));
  }

  private List<Scoring.Criterion> criteria(RoundView round) {
    return round.criteria().stream()
        .map(c -> new Scoring.Criterion(c.code(), c.name(), c.weight()))
        .toList();
  }

  private ProposalView move(
      CurrentUser user,
      ProposalView proposal,
      int version,
      ProposalState to,
      String reason,
      String action) {
    if (proposal.version() != version || !proposal.state().isActive()) {
      throw new ConflictException("recognition.error.proposal-changed");
    }
    if (!proposals.transition(proposal, to, reason, user.username(), now())) {
      throw new ConflictException("recognition.error.proposal-changed");
    }
    var after = loadProposal(proposal.id());
    var round = load(proposal.roundId());
    audit.record(
        user,
        action,
        PROPOSAL,
        proposal.id(),
        round.unitCode(),
        reason,
        RecognitionAudit.fields("state", proposal.state()),
        RecognitionAudit.fields("state", to, "reason", reason));
    return after;
  }

  private boolean mayRead(CurrentUser user, RoundView round) {
    var today = units.today();
    return scope.covers(user.unitCode(), round.unitCode(), today)
        || scope.covers(round.unitCode(), user.unitCode(), today)
        || round.isMember(user.username());
  }

  private boolean mayManage(CurrentUser user, RoundView round) {
    return user.can(Permission.ROUNDS_MANAGE)
        && scope.covers(user.unitCode(), round.unitCode(), units.today());
  }

  private RoundView managed(CurrentUser user, long roundId, Integer version) {
    var round = get(roundId);
    if (!mayManage(user, round)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    if (version != null && round.version() != version) {
      throw new ConflictException("recognition.error.round-changed");
    }
    return round;
  }

  private static void requireOpen(RoundView round) {
    if (!round.isOpen()) {
      throw new BusinessRuleException("recognition.error.round-closed");
    }
  }

  private CurrentUser reviewer() {
    var user = scope.requireUser();
    if (!user.can(Permission.ROUNDS_MANAGE)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    return user;
  }

  private CurrentUser member() {
    var user = scope.requireUser();
    if (!user.can(Permission.PROPOSALS_SCORE)) {
      throw new ForbiddenException("recognition.error.member-only");
    }
    return user;
  }

  private RoundView load(long id) {
    return rounds
        .find(id)
        .orElseThrow(
            () -> new NotFoundException("recognition.error.round-not-found", String.valueOf(id)));
  }

  private ProposalView loadProposal(long id) {
    return proposals
        .find(id)
        .orElseThrow(
            () ->
                new NotFoundException("recognition.error.proposal-not-found", String.valueOf(id)));
  }

  private ModelSummary summary(long modelId) {
    var summary = models.summaries(List.of(modelId)).get(modelId);
    if (summary == null) {
      throw new NotFoundException("models.error.not-found", String.valueOf(modelId));
    }
    return summary;
  }

  private LocalDate asOf(int year) {
    return units.asOfYear(year);
  }

  private static List<String> usernames(RoundView round) {
    return round.members().stream().map(RoundView.MemberView::username).toList();
  }

  private Instant now() {
    return clock.instant();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

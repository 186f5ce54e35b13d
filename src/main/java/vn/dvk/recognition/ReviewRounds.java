package vn.dvk.recognition;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Scope;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.domain.CouncilVote;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.RoundReads;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Units;

/**
 * Reading review rounds, for everyone who deals with them: the rounds a user sees, a round, its
 * proposals, and its reviewer's board. What each kind of user does with a round is elsewhere:
 * {@link RoundAdministration} (its reviewer), {@link RoundProposals} (units below it), {@link
 * CouncilBallots} (its council) and {@link RoundDecisions} (the decision).
 */
@Service
@Transactional(readOnly = true)
public class ReviewRounds {

  private final RoundReads rounds;
  private final ProposalRepository proposals;
  private final DecisionRepository decisions;
  private final RoundAccess access;
  private final RoundBoard board;
  private final Scope scope;
  private final Units units;

  ReviewRounds(
      RoundReads rounds,
      ProposalRepository proposals,
      DecisionRepository decisions,
      RoundAccess access,
      RoundBoard board,
      Scope scope,
      Units units) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.decisions = decisions;
    this.access = access;
    this.board = board;
    this.scope = scope;
    this.units = units;
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

  public RoundView get(long id) {
    return access.readable(access.user(), id);
  }

  /**
   * The rounds the user deals with: held in their subtree, held above them (they may propose to
   * them), or whose council they sit on; for a year or every year.
   */
  public List<RoundView> visible(Integer year) {
    var user = access.user();
    var today = units.today();
    var unitCodes = new LinkedHashSet<String>();
    unitCodes.addAll(scope.readableCodes(today));
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

  /**
   * The numbers of the decisions that closed these rounds (read by the user already), by round: a
   * round without a decision has none.
   */
  public Map<Long, String> decisionNumbers(Collection<RoundView> read) {
    var decided = read.stream().filter(round -> round.decisionId() != null).toList();
    var issuers = decided.stream().map(RoundView::unitCode).collect(Collectors.toSet());
    var numbers = new HashMap<Long, String>();
    decisions.issuedBy(issuers, null).forEach(d -> numbers.put(d.id(), d.number()));
    var result = new HashMap<Long, String>();
    decided.stream()
        .filter(round -> numbers.containsKey(round.decisionId()))
        .forEach(round -> result.put(round.id(), numbers.get(round.decisionId())));
    return result;
  }

  public ProposalView proposal(long id) {
    var user = access.user();
    var proposal = access.loadProposal(id);
    var round = get(proposal.roundId());
    if (!access.seesAll(user, round) && !access.ownProposal(user, proposal)) {
      throw new NotFoundException("recognition.error.proposal-not-found", String.valueOf(id));
    }
    return proposal;
  }

  /**
   * The round's proposals the user may see: all of them for its reviewers and council members; for
   * a unit below the round, only those sent from its own subtree.
   */
  public List<ProposalView> proposals(long roundId) {
    var user = access.user();
    var round = get(roundId);
    var all = proposals.ofRound(roundId);
    if (access.seesAll(user, round)) {
      return all;
    }
    return all.stream().filter(p -> access.ownProposal(user, p)).toList();
  }

  /**
   * The round as its reviewer sees it: proposals ranked by their average weighted score, who has
   * not scored yet, and — once the meeting is recorded — each proposal's vote under the round's
   * rule. Members see this only for what they have submitted themselves.
   */
  public List<Entry> board(long roundId) {
    var user = access.user();
    var round = get(roundId);
    if (!access.mayManage(user, round)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    return board.entries(round, proposals.ofRound(roundId));
  }
}

package vn.dvk.recognition;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.identity.UserAccount;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.recognition.domain.RoundReads;
import vn.dvk.recognition.domain.Scoring;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Units;

/**
 * Who may do what with a round, for the services that serve each kind of user: reading it (its
 * unit's subtree, the units below it, its council), managing it (a reviewer over its unit), and
 * which council members may not judge which model (their own unit's subtree).
 */
@Component
class RoundAccess {

  private final RoundReads rounds;
  private final ProposalRepository proposals;
  private final MobilizationModels models;
  private final UserAccounts accounts;
  private final Scope scope;
  private final Units units;

  RoundAccess(
      RoundReads rounds,
      ProposalRepository proposals,
      MobilizationModels models,
      UserAccounts accounts,
      Scope scope,
      Units units) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.models = models;
    this.accounts = accounts;
    this.scope = scope;
    this.units = units;
  }

  CurrentUser user() {
    return scope.requireUser();
  }

  CurrentUser reviewer() {
    return userWith(Permission.ROUNDS_MANAGE, "recognition.error.reviewer-only");
  }

  CurrentUser member() {
    return userWith(Permission.PROPOSALS_SCORE, "recognition.error.member-only");
  }

  CurrentUser userWith(Permission permission, String refusal) {
    var user = scope.requireUser();
    if (!user.can(permission)) {
      throw new ForbiddenException(refusal);
    }
    return user;
  }

  /** The round, if the user may read it; else not found. */
  RoundView readable(CurrentUser user, long id) {
    var round = load(id);
    var today = units.today();
    var mayRead =
        scope.covers(user.unitCode(), round.unitCode(), today)
            || scope.liesWithin(user.unitCode(), round.unitCode(), today)
            || round.isMember(user.username());
    if (!mayRead) {
      throw new NotFoundException("recognition.error.round-not-found", String.valueOf(id));
    }
    return round;
  }

  /** The round, if the user manages it, at the version the change was made on (when given). */
  ReviewRound managed(CurrentUser user, long roundId, Integer version) {
    var round = readable(user, roundId);
    if (!mayManage(user, round)) {
      throw new ForbiddenException("recognition.error.reviewer-only");
    }
    var aggregate = new ReviewRound(round);
    aggregate.requireVersion(version);
    return aggregate;
  }

  boolean mayManage(CurrentUser user, RoundView round) {
    return user.can(Permission.ROUNDS_MANAGE)
        && scope.covers(user.unitCode(), round.unitCode(), units.today());
  }

  /** Its reviewers and council see every proposal; a unit below, those of its own subtree. */
  boolean seesAll(CurrentUser user, RoundView round) {
    return round.isMember(user.username())
        || scope.covers(user.unitCode(), round.unitCode(), units.today());
  }

  boolean ownProposal(CurrentUser user, ProposalView proposal) {
    return scope.covers(user.unitCode(), proposal.proposingUnitCode(), units.today());
  }

  /**
   * Who may not judge a model of which unit in a round: a member from a unit below the round's (Đức
   * Linh, on the provincial council) on that unit's models; members of the round's own unit judge
   * everything before it. For checking many pairs at once, each member's home unit is read once,
   * and each member and unit once.
   */
  BiPredicate<String, String> conflicts(RoundView round) {
    var asOf = units.asOfYear(round.year());
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

  static List<Scoring.Criterion> criteria(RoundView round) {
    return round.criteria().stream()
        .map(c -> new Scoring.Criterion(c.code(), c.name(), c.weight()))
        .toList();
  }

  RoundView load(long id) {
    return rounds
        .find(id)
        .orElseThrow(
            () -> new NotFoundException("recognition.error.round-not-found", String.valueOf(id)));
  }

  ProposalView loadProposal(long id) {
    return proposals
        .find(id)
        .orElseThrow(
            () ->
                new NotFoundException("recognition.error.proposal-not-found", String.valueOf(id)));
  }

  ModelSummary summary(long modelId) {
    var summary = models.summaries(List.of(modelId)).get(modelId);
    if (summary == null) {
      throw new NotFoundException("models.error.not-found", String.valueOf(modelId));
    }
    return summary;
  }

  LocalDate today() {
    return units.today();
  }
}

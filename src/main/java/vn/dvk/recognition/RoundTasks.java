package vn.dvk.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.shared.tasks.Task;
import vn.dvk.shared.tasks.TaskSource;

/**
 * The year's rounds as work: a reviewer's round to open, its proposals to close with a council
 * meeting, its decision to issue; an officer's rounds above that take proposals until their
 * deadline; a council member's proposals still to score and vote on.
 */
@Component
class RoundTasks implements TaskSource {

  private final ReviewRounds rounds;
  private final CouncilBallots ballots;
  private final Scope scope;

  RoundTasks(ReviewRounds rounds, CouncilBallots ballots, Scope scope) {
    this.rounds = rounds;
    this.ballots = ballots;
    this.scope = scope;
  }

  @Override
  public List<Task> tasks(LocalDate today) {
    var user = scope.currentUser().orElse(null);
    if (user == null) {
      return List.of();
    }
    var tasks = new ArrayList<Task>();
    var ofYear = rounds.visible(today.getYear());
    if (user.can(Permission.ROUNDS_MANAGE)) {
      running(user, ofYear, today, tasks);
    }
    if (user.can(Permission.PROPOSALS_SUBMIT)) {
      proposing(user, ofYear, today, tasks);
    }
    if (user.can(Permission.PROPOSALS_SCORE)) {
      ofYear.stream()
          .filter(round -> round.isOpen() && round.isMember(user.username()))
          .forEach(round -> scoring(round, tasks));
    }
    return tasks;
  }

  /** The reviewer's own rounds of the year: to open, to meet on, to decide. */
  private void running(
      CurrentUser user, List<RoundView> ofYear, LocalDate today, List<Task> tasks) {
    var own = ofYear.stream().filter(round -> round.unitCode().equals(user.unitCode())).toList();
    if (own.isEmpty()) {
      var year = String.valueOf(today.getYear());
      tasks.add(Task.message("home.task.open-round", "/rounds", null, year));
    }
    for (var round : own) {
      var link = "/rounds/" + round.id();
      switch (round.state()) {
        case OPEN -> {
          var key = round.proposalDeadline().isBefore(today) ? "hold-meeting" : "collecting";
          tasks.add(Task.of(key, active(round), link, round.proposalDeadline(), round.title()));
        }
        case MEETING_HELD -> tasks.add(Task.of("decide", active(round), link, null, round.title()));
        case DECIDED -> {}
      }
    }
  }

  /** Rounds held above the user's unit that still take proposals. */
  private void proposing(
      CurrentUser user, List<RoundView> ofYear, LocalDate today, List<Task> tasks) {
    ofYear.stream()
        .filter(round -> round.isOpen() && !round.unitCode().equals(user.unitCode()))
        .filter(round -> !round.proposalDeadline().isBefore(today))
        .filter(round -> !round.isMember(user.username()))
        .forEach(
            round ->
                tasks.add(
                    Task.of(
                        "propose",
                        proposedBy(user, round),
                        "/rounds/" + round.id(),
                        round.proposalDeadline(),
                        round.title())));
  }

  private void scoring(RoundView round, List<Task> tasks) {
    var open = ballots.sheets(round.id()).stream().filter(sheet -> !sheet.isSubmitted()).count();
    if (open > 0) {
      var link = "/rounds/" + round.id() + "/scoring";
      tasks.add(Task.of("score", open, link, round.meetingDate(), round.title()));
    }
  }

  /** What the user's unit has before a round's council so far. */
  private long proposedBy(CurrentUser user, RoundView round) {
    return rounds.proposals(round.id()).stream()
        .filter(p -> p.state().isActive() && p.proposingUnitCode().equals(user.unitCode()))
        .count();
  }

  /** The proposals a round holds that are still before its council. */
  private long active(RoundView round) {
    return rounds.proposals(round.id()).stream().filter(p -> p.state().isActive()).count();
  }
}

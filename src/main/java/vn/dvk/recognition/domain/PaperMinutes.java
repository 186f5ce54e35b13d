package vn.dvk.recognition.domain;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.Violations;
import vn.dvk.shared.i18n.Message;

/**
 * A round recorded from paper takes its council's result as the minutes give it, without members'
 * ballots: the meeting's and the decision's dates, the council's size when they say it, and for
 * each proposal the votes for and against (or only whether it was recognized). What those must say
 * and what each proposal comes to; a part of {@link ReviewRound}'s rules.
 */
public final class PaperMinutes {

  private final RoundView round;

  PaperMinutes(RoundView round) {
    this.round = round;
  }

  /**
   * What is wrong with the minutes' meeting: its date is needed, and neither it nor the decision's
   * comes after today, nor the decision before the meeting; the council's size, when given, is at
   * least one, and the rule "a majority of the members" needs it.
   */
  public List<Violation> meeting(
      LocalDate meetingDate, LocalDate decisionDate, Integer councilSize, LocalDate today) {
    var check = Violations.check().required("meetingDate", meetingDate);
    if (meetingDate != null && decisionDate != null) {
      check.when(
          decisionDate.isBefore(meetingDate),
          "decisionDate",
          "recognition.error.decision-before-meeting");
    }
    return check
        .including(new ReviewRound(round).paperDay("meetingDate", meetingDate, today))
        .including(new ReviewRound(round).paperDay("decisionDate", decisionDate, today))
        .when(
            councilSize != null && councilSize < 1, "councilSize", "recognition.error.council-size")
        .when(
            councilSize == null && round.voteRule() == VoteRule.MAJORITY_OF_MEMBERS,
            "councilSize",
            "recognition.error.council-size-needed")
        .list();
  }

  /** The council's result on one proposal as the paper minutes give it. */
  public record PaperVote(Integer votesFor, Integer votesAgainst, Boolean recognized) {
    boolean hasVotes() {
      return votesFor != null || votesAgainst != null;
    }
  }

  /**
   * What is wrong with one proposal's result as the minutes give it ({@code field} names it): votes
   * for and against come together, neither below zero, together never more than the council (when
   * its size is given); with votes, recognized or not follows from them by the round's rule, and is
   * stated only as they say; without votes, it must be stated.
   */
  public List<Violation> vote(String field, PaperVote vote, Integer councilSize) {
    var check = Violations.check();
    if (!vote.hasVotes()) {
      return check
          .when(vote.recognized() == null, field + ".recognized", "recognition.error.paper-result")
          .list();
    }
    check.required(field + ".votesFor", vote.votesFor());
    check.required(field + ".votesAgainst", vote.votesAgainst());
    if (vote.votesFor() == null || vote.votesAgainst() == null) {
      return check.list();
    }
    var negative = "recognition.error.paper-votes-negative";
    check.when(vote.votesFor() < 0, field + ".votesFor", negative);
    check.when(vote.votesAgainst() < 0, field + ".votesAgainst", negative);
    if (vote.votesFor() < 0 || vote.votesAgainst() < 0) {
      return check.list();
    }
    var cast = vote.votesFor() + vote.votesAgainst();
    return check
        .when(
            councilSize != null && cast > councilSize,
            field + ".votesFor",
            "recognition.error.paper-votes-over-council",
            cast,
            councilSize)
        .when(
            vote.recognized() != null && vote.recognized() != carried(vote, councilSize),
            field + ".recognized",
            "recognition.error.paper-vote-contradicts",
            vote.votesFor(),
            vote.votesAgainst())
        .list();
  }

  /**
   * What the minutes' result does with a proposal: recognized as the votes carried it by the
   * round's rule (with the council's quorum, when its size is given), or as stated when they give
   * no votes; otherwise not, for the reason the minutes give, or else for what the vote came to.
   */
  public ReviewRound.Verdict verdict(PaperVote vote, Integer councilSize, String reason) {
    var recognized = vote.hasVotes() ? carried(vote, councilSize) : vote.recognized();
    if (recognized) {
      return new ReviewRound.Verdict(ProposalState.RECOGNIZED, null, null);
    }
    if (reason != null && !reason.isBlank()) {
      return new ReviewRound.Verdict(ProposalState.NOT_RECOGNIZED, reason.trim(), null);
    }
    return new ReviewRound.Verdict(
        ProposalState.NOT_RECOGNIZED,
        null,
        vote.hasVotes()
            ? Message.of(
                "recognition.reason.vote", vote.votesFor(), vote.votesFor() + vote.votesAgainst())
            : Message.of("recognition.reason.paper"));
  }

  private boolean carried(PaperVote vote, Integer councilSize) {
    var cast = vote.votesFor() + vote.votesAgainst();
    var members = councilSize == null ? cast : councilSize;
    return (councilSize == null || CouncilVote.hasQuorum(councilSize, cast))
        && round.voteRule().passes(vote.votesFor(), cast, members);
  }
}

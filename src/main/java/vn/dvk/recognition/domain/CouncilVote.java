package vn.dvk.recognition.domain;

import java.util.Map;
import java.util.Set;
import vn.dvk.recognition.VoteRule;

/**
 * Counts a council's vote on one proposal at its meeting. The meeting has a quorum when more than
 * half of the council's members are present; only the ballots of members present count, and a
 * member who recused or may not judge the proposal (conflict of interest) is counted neither among
 * those present nor among the members for it.
 */
public final class CouncilVote {

  private CouncilVote() {}

  /** What the vote came to. */
  public record Outcome(
      int members, int present, int agree, int disagree, boolean quorum, boolean recognized) {}

  public static boolean hasQuorum(int members, int present) {
    return members > 0 && present * 2 > members;
  }

  /**
   * @param members the council, every member judging the proposal
   * @param present the members at the meeting
   * @param excluded members who recused from this proposal or may not judge it
   * @param ballots each member's vote on it (true: agree)
   */
  public static Outcome count(
      Set<String> members,
      Set<String> present,
      Set<String> excluded,
      Map<String, Boolean> ballots,
      VoteRule rule) {
    return count(members, members, present, excluded, ballots, rule);
  }

  /**
   * @param judges the members who judge this proposal (those assigned to it; the whole council when
   *     none was assigned); the quorum is counted on the whole council
   */
  public static Outcome count(
      Set<String> members,
      Set<String> judges,
      Set<String> present,
      Set<String> excluded,
      Map<String, Boolean> ballots,
      VoteRule rule) {
    var quorum =
        hasQuorum(members.size(), (int) members.stream().filter(present::contains).count());
    var eligible =
        judges.stream().filter(members::contains).filter(m -> !excluded.contains(m)).toList();
    var eligiblePresent = eligible.stream().filter(present::contains).toList();
    var agree =
        (int) eligiblePresent.stream().filter(m -> Boolean.TRUE.equals(ballots.get(m))).count();
    var disagree =
        (int) eligiblePresent.stream().filter(m -> Boolean.FALSE.equals(ballots.get(m))).count();
    var recognized = quorum && rule.passes(agree, eligiblePresent.size(), eligible.size());
    return new Outcome(
        eligible.size(), eligiblePresent.size(), agree, disagree, quorum, recognized);
  }
}

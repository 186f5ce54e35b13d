package vn.dvk.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.units.Level;

/**
 * A review round: who holds it, for which level and year, its deadline, council and meeting; and,
 * for a round held before the system, that it was recorded from paper ({@code paper}, else null).
 */
public record RoundView(
    long id,
    int version,
    String unitCode,
    Level level,
    int year,
    String title,
    LocalDate proposalDeadline,
    int scaleMin,
    int scaleMax,
    VoteRule voteRule,
    RoundState state,
    LocalDate meetingDate,
    String meetingPlace,
    String meetingNote,
    Long decisionId,
    String openedBy,
    Instant openedAt,
    List<CriterionView> criteria,
    List<MemberView> members,
    Paper paper) {

  /**
   * A round recorded from its paper minutes: who recorded it, and the size of its council as the
   * minutes give it (null until its result is recorded, or when they do not say).
   */
  public record Paper(String recordedBy, Integer councilSize) {}

  /** A criterion the council scores on, with its weight. */
  public record CriterionView(String code, String name, java.math.BigDecimal weight) {}

  /** A council member and, once the meeting is recorded, whether they attended. */
  public record MemberView(String username, Boolean present) {}

  /** The same round with its criteria and council, read apart from it. */
  public RoundView withDetails(List<CriterionView> criteria, List<MemberView> members) {
    return new RoundView(
        id,
        version,
        unitCode,
        level,
        year,
        title,
        proposalDeadline,
        scaleMin,
        scaleMax,
        voteRule,
        state,
        meetingDate,
        meetingPlace,
        meetingNote,
        decisionId,
        openedBy,
        openedAt,
        criteria,
        members,
        paper);
  }

  public boolean isOpen() {
    return state == RoundState.OPEN;
  }

  public boolean isRecorded() {
    return paper != null;
  }

  public boolean isMember(String username) {
    return members.stream().anyMatch(m -> m.username().equals(username));
  }

  /** The usernames of the round's council. */
  public List<String> memberUsernames() {
    return members.stream().map(MemberView::username).toList();
  }
}

package vn.dvk.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.units.Level;

/** A review round: who holds it, for which level and year, its deadline, council and meeting. */
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
    List<MemberView> members) {

  /** A criterion the council scores on, with its weight. */
  public record CriterionView(String code, String name, java.math.BigDecimal weight) {}

  /** A council member and, once the meeting is recorded, whether they attended. */
  public record MemberView(String username, Boolean present) {}

  public boolean isOpen() {
    return state == RoundState.OPEN;
  }

  public boolean isMember(String username) {
    return members.stream().anyMatch(m -> m.username().equals(username));
  }
}

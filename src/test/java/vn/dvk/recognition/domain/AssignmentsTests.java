package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentsTests {

  @Test
  void proposalsAreSpreadEvenlyAndNeverToAMemberWhoMayNotJudgeThem() {
    var proposals = List.of(1L, 2L, 3L, 4L, 5L, 6L);
    var members = List.of("an", "binh", "chi");

    var spread =
        Assignments.spread(
            proposals, members, 2, (member, proposal) -> !(member.equals("an") && proposal == 1L));

    assertThat(spread.get(1L)).doesNotContain("an").hasSize(2);
    assertThat(spread.values()).allSatisfy(assigned -> assertThat(assigned).hasSize(2));
    var counts =
        members.stream()
            .map(m -> spread.values().stream().filter(s -> s.contains(m)).count())
            .toList();
    assertThat(counts).containsExactlyInAnyOrder(4L, 4L, 4L);
  }

  @Test
  void aProposalGetsEveryoneWhoMayJudgeItWhenFewerThanAsked() {
    var spread = Assignments.spread(List.of(1L), List.of("an", "binh"), 5, (m, p) -> true);

    assertThat(spread.get(1L)).isEqualTo(Set.of("an", "binh"));
  }
}

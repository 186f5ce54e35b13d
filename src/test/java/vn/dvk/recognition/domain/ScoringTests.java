package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTests {

  static final List<Scoring.Criterion> CRITERIA =
      List.of(
          new Scoring.Criterion("PRACTICALITY", "Tính thiết thực", new BigDecimal("20")),
          new Scoring.Criterion("EFFECTIVENESS", "Tính hiệu quả", new BigDecimal("30")),
          new Scoring.Criterion("CREATIVITY", "Tính sáng tạo", new BigDecimal("50")));

  @Test
  void aMembersScoreIsTheWeightedAverageOfTheCriteria() {
    var scores =
        Map.of(
            "PRACTICALITY", new BigDecimal("10"),
            "EFFECTIVENESS", new BigDecimal("5"),
            "CREATIVITY", new BigDecimal("8"));

    // (10·20 + 5·30 + 8·50) / 100 = 7.5
    assertThat(Scoring.weighted(scores, CRITERIA)).contains(new BigDecimal("7.50"));
  }

  @Test
  void aScoreWithACriterionMissingIsNotAScoreYet() {
    assertThat(Scoring.weighted(Map.of("PRACTICALITY", BigDecimal.TEN), CRITERIA)).isEmpty();
  }

  @Test
  void aProposalsScoreIsTheAverageOfItsMembers() {
    assertThat(Scoring.average(List.of(new BigDecimal("7.50"), new BigDecimal("8.25"))))
        .contains(new BigDecimal("7.88"));
    assertThat(Scoring.average(List.of())).isEmpty();
  }
}

package vn.dvk.recognition.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's score of a proposal is the weighted average of their scores on the round's criteria; a
 * proposal's score is the average of its members' scores. Rounded to two decimals.
 */
public final class Scoring {

  private Scoring() {}

  /** A criterion of a round and its weight. */
  public record Criterion(String code, String name, BigDecimal weight) {}

  /** The weighted average, or empty while a criterion is still unscored. */
  public static Optional<BigDecimal> weighted(
      Map<String, BigDecimal> scores, List<Criterion> criteria) {
    var total = BigDecimal.ZERO;
    var weights = BigDecimal.ZERO;
    for (var criterion : criteria) {
      var score = scores.get(criterion.code());
      if (score == null) {
        return Optional.empty();
      }
      total = total.add(score.multiply(criterion.weight()));
      weights = weights.add(criterion.weight());
    }
    if (weights.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(total.divide(weights, 2, RoundingMode.HALF_UP));
  }

  public static Optional<BigDecimal> average(Collection<BigDecimal> memberScores) {
    if (memberScores.isEmpty()) {
      return Optional.empty();
    }
    var sum = memberScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(
        sum.divide(BigDecimal.valueOf(memberScores.size()), 2, RoundingMode.HALF_UP));
  }

  /** Whether a score lies on the round's scale. */
  public static boolean onScale(BigDecimal score, int min, int max) {
    return score.compareTo(BigDecimal.valueOf(min)) >= 0
        && score.compareTo(BigDecimal.valueOf(max)) <= 0;
  }
}

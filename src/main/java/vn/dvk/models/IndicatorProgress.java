package vn.dvk.models;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a model stands on one indicator: its baseline and target, the latest value reported and the
 * latest value verified by the superior unit.
 */
public record IndicatorProgress(
    String indicatorCode,
    BigDecimal baseline,
    BigDecimal target,
    BigDecimal reported,
    BigDecimal verified) {

  /** The latest reported value as a share of the target, 0–100 and beyond (null without both). */
  public Integer percent() {
    if (reported == null || target == null || target.signum() == 0) {
      return null;
    }
    return reported
        .multiply(BigDecimal.valueOf(100))
        .divide(target, 0, RoundingMode.HALF_UP)
        .intValue();
  }
}

package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

class ReportedValuesTests {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
  private static final List<String> TRACKED = List.of("ROAD_BUILT", "LAND_DONATED");

  @Test
  void theModelsOwnIndicatorsAreKeptAndBlankOnesLeftOut() {
    var values = new LinkedHashMap<String, BigDecimal>();
    values.put("ROAD_BUILT", new BigDecimal("1.5"));
    values.put("LAND_DONATED", null);

    assertThat(ReportedValues.check(TODAY, TODAY, TRACKED, values))
        .containsExactly(Map.entry("ROAD_BUILT", new BigDecimal("1.5")));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    var values = new LinkedHashMap<String, BigDecimal>();
    values.put("HOUSES_BUILT", BigDecimal.ONE);
    values.put("ROAD_BUILT", new BigDecimal("-1"));

    assertThatThrownBy(() -> ReportedValues.check(TODAY.plusDays(1), TODAY, TRACKED, values))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.violations())
                    .extracting(Violation::field, Violation::messageKey)
                    .containsExactly(
                        tuple("reportDate", "progress.error.future"),
                        tuple("values.HOUSES_BUILT", "progress.error.untracked"),
                        tuple("values.ROAD_BUILT", "validation.not-negative")));
  }

  @Test
  void aReportNeedsADateAndAtLeastOneValue() {
    var none = new LinkedHashMap<String, BigDecimal>();
    none.put("ROAD_BUILT", null);

    assertThatThrownBy(() -> ReportedValues.check(TODAY, TODAY, TRACKED, none))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.violations())
                    .extracting(Violation::field, Violation::messageKey)
                    .containsExactly(tuple("values", "progress.error.no-values")));
    assertThatThrownBy(
            () -> ReportedValues.check(null, TODAY, TRACKED, Map.of("ROAD_BUILT", BigDecimal.ONE)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.violations())
                    .extracting(Violation::messageKey)
                    .containsExactly("validation.required"));
  }
}

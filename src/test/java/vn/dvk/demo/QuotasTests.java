package vn.dvk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotasTests {

  @Test
  void aUnitWithFewCandidatesRecognizesThemAllAndTheOthersShareTheRest() {
    var candidates = candidates(Map.entry("A", 1), Map.entry("B", 10), Map.entry("C", 10));

    var quotas = Quotas.share(10, candidates);

    assertThat(quotas).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1, "B", 5, "C", 4));
  }

  @Test
  void noUnitRecognizesMoreThanItsCandidatesEvenWhenTheTotalIsLarger() {
    var quotas = Quotas.share(10, candidates(Map.entry("A", 2), Map.entry("B", 3)));

    assertThat(quotas).containsExactlyInAnyOrderEntriesOf(Map.of("A", 2, "B", 3));
  }

  @Test
  void unitsOfEqualSizeAreServedInTheirOrder() {
    var quotas = Quotas.share(5, candidates(Map.entry("A", 4), Map.entry("B", 4)));

    assertThat(quotas).containsExactlyInAnyOrderEntriesOf(Map.of("A", 3, "B", 2));
  }

  @SafeVarargs
  private static Map<String, List<Integer>> candidates(Map.Entry<String, Integer>... sizes) {
    var candidates = new LinkedHashMap<String, List<Integer>>();
    for (var size : sizes) {
      candidates.put(size.getKey(), java.util.Collections.nCopies(size.getValue(), 0));
    }
    return candidates;
  }
}

package vn.dvk.models.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.RegistrationState;

class RelaxationsTests {

  private static ModelFilter filter(String q, Integer year, RegistrationState state, int page) {
    return new ModelFilter(
        q, year, null, null, null, null, state, null, ModelFilter.Sort.RECENT, page, 20);
  }

  @Test
  void eachFilterInUseCanBeDroppedAndAllOfThemTogether() {
    var offers = Relaxations.of(filter("khong co", 2024, RegistrationState.DRAFT, 3));

    assertThat(offers)
        .containsExactly(
            new Relaxations.Relaxation("models.search", "year=2024&state=DRAFT"),
            new Relaxations.Relaxation("models.year", "q=khong%20co&state=DRAFT"),
            new Relaxations.Relaxation("models.state", "q=khong%20co&year=2024"),
            new Relaxations.Relaxation("models.filters.all", ""));
  }

  @Test
  void aListWithoutFiltersHasNothingToDrop() {
    assertThat(Relaxations.of(filter(null, null, null, 0))).isEmpty();
  }

  @Test
  void oneFilterIsOfferedAlone() {
    assertThat(Relaxations.of(filter(null, 2024, null, 0)))
        .containsExactly(new Relaxations.Relaxation("models.year", ""));
  }
}

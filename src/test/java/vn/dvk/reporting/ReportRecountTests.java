package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.domain.UnitFigures;
import vn.dvk.support.Acting;
import vn.dvk.support.ReformedDemoTest;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.RestructureChange.Action;
import vn.dvk.units.Restructures;

/**
 * The summaries read from the reports' read model agree with an independent recount of the source
 * tables over random provinces and years, after a random restructure of the new Lâm Đồng's communes
 * (merges, on a random day of 2026); and the read model is the one a rebuild gives. Each case runs
 * in a transaction that is rolled back, so the demo is left as it was.
 */
@ReformedDemoTest
class ReportRecountTests {

  /** Each province of the demo with the years it existed, and the last day of its last year. */
  private record ProvinceYear(String code, int year, LocalDate lastDay) {}

  private static final List<ProvinceYear> CASES =
      List.of(
          new ProvinceYear("BT", 2022, LocalDate.of(2022, 12, 31)),
          new ProvinceYear("BT", 2023, LocalDate.of(2023, 12, 31)),
          new ProvinceYear("BT", 2024, LocalDate.of(2024, 12, 31)),
          new ProvinceYear("BT", 2025, LocalDate.of(2025, 6, 30)),
          new ProvinceYear("DNO", 2021, LocalDate.of(2021, 12, 31)),
          new ProvinceYear("DNO", 2024, LocalDate.of(2024, 12, 31)),
          new ProvinceYear("LD", 2023, LocalDate.of(2023, 12, 31)),
          new ProvinceYear("LD", 2025, LocalDate.of(2025, 12, 31)),
          new ProvinceYear("LD", 2026, LocalDate.of(2026, 12, 31)));

  @Autowired YearlySummaries summaries;
  @Autowired Restructures restructures;
  @Autowired UnitFigures figures;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {11, 23, 37})
  void summariesAgreeWithARecountAfterARandomRestructure(int seed) {
    var random = new Random(seed);
    transaction.executeWithoutResult(
        status -> {
          var merged = restructure(random);
          var cases = new ArrayList<>(CASES);
          Collections.shuffle(cases, random);
          for (var c : cases.subList(0, 5)) {
            assertAgrees(c, "seed " + seed + ", " + merged + " merged, " + c);
          }
          assertAgrees(CASES.get(CASES.size() - 1), "seed " + seed + ", LD 2026");
          assertTheModelIsTheOneARebuildGives();
          status.setRollbackOnly();
        });
  }

  /** Merges a few random communes directly under LD into other ones; returns how many. */
  private int restructure(Random random) {
    var communes =
        new ArrayList<>(
            jdbc.sql(
                    "select code from units_unit where parent_code = 'LD' and kind = 'COMMUNE'"
                        + " and valid_to is null order by code")
                .query(String.class)
                .list());
    Collections.shuffle(communes, random);
    var count = 2 + random.nextInt(4);
    var changes = new ArrayList<RestructureChange>();
    for (int i = 0; i < count; i++) {
      changes.add(
          new RestructureChange(
              0,
              Action.MERGE,
              communes.get(i),
              null,
              null,
              null,
              null,
              null,
              communes.get(count + i),
              null));
    }
    var day = LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28));
    acting.run(
        "national",
        () -> restructures.apply(restructures.submit(day, "Sáp nhập thử", changes).id()));
    return count;
  }

  private void assertAgrees(ProvinceYear c, String what) {
    var s = acting.as("national", () -> summaries.of(c.year(), c.code()));
    var recount = new ProvinceRecount(jdbc, c.year(), c.code(), c.lastDay());
    assertThat(s.byUnit())
        .as(what)
        .extracting(b -> b.unit().code())
        .containsExactlyInAnyOrderElementsOf(recount.tier());
    var registered = recount.registeredByTier();
    for (var line : s.byUnit()) {
      assertThat(line.registered())
          .as("%s: registered in %s", what, line.unit().code())
          .isEqualTo(registered.getOrDefault(line.unit().code(), 0));
    }
    assertThat(s.byUnit().stream().mapToInt(ByUnit::registered).sum()).as(what).isPositive();
    assertThat(s.districtLevel().unitsThatConsidered())
        .as(what)
        .isEqualTo(recount.considered().size());
    assertThat(s.districtLevel().recognized().total())
        .as(what)
        .isEqualTo(recount.recognizedByTier());
    assertThat(s.proposalsToProvince().proposed().total())
        .as(what)
        .isEqualTo(recount.proposedToProvince());
    assertThat(s.provinceLevel().recognized().total())
        .as(what)
        .isEqualTo(recount.recognizedByProvince());
  }

  private void assertTheModelIsTheOneARebuildGives() {
    var sql =
        "select unit_code, figure_year, figure, detail, total, collective, individual"
            + " from reporting_unit_figure order by 1, 2, 3, 4";
    var kept = jdbc.sql(sql).query().listOfRows();
    figures.rebuild();
    assertThat(jdbc.sql(sql).query().listOfRows()).isEqualTo(kept).hasSizeGreaterThan(1000);
  }
}

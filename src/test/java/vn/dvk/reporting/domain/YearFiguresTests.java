package vn.dvk.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.reporting.YearlySummary.Split;
import vn.dvk.support.IntegrationTest;
import vn.dvk.units.Units;

/**
 * A tree's figures are the same whether its units' codes are bound into the statement or the year's
 * rows of every unit are read and the tree's kept (as for a whole country): the demo database holds
 * other provinces, whose rows must be left out.
 */
@IntegrationTest
class YearFiguresTests {

  private static final int YEAR = 2023;

  @Autowired ReportDatabase database;
  @Autowired Units units;

  @Test
  void readingEveryUnitsRowsKeepsTheTreesOwnFiguresExactly() {
    var tree = YearTree.read(units, YEAR, "BT", units.asOfYear(YEAR, "BT"));
    var bound = new YearFigures.Reader(database, Integer.MAX_VALUE).of(tree);
    var everyUnit = new YearFigures.Reader(database, 0).of(tree);
    var registering = tree.registering();
    var tier = tree.tierCodes();

    assertThat(bound.registered(registering).total()).as("the demo's 2023").isEqualTo(746);
    assertThat(everyUnit.registered(registering)).isEqualTo(bound.registered(registering));
    assertThat(everyUnit.registeredByUnit(registering))
        .isEqualTo(bound.registeredByUnit(registering));
    assertThat(everyUnit.considered(YearTree.TIER_LEVELS, tier))
        .hasSize(13)
        .isEqualTo(bound.considered(YearTree.TIER_LEVELS, tier));
    assertThat(Split.sum(everyUnit.recognizedByUnit(YearTree.TIER_LEVELS, tier).values()).total())
        .isEqualTo(155);
    assertThat(everyUnit.recognizedByUnit(YearTree.TIER_LEVELS, tier))
        .isEqualTo(bound.recognizedByUnit(YearTree.TIER_LEVELS, tier));
    assertThat(Split.sum(everyUnit.proposedByUnit(tree.province(), tier).values()).total())
        .isEqualTo(39);
    assertThat(everyUnit.proposedByUnit(tree.province(), tier))
        .isEqualTo(bound.proposedByUnit(tree.province(), tier));
    assertThat(everyUnit.recognizedByProvince(tree.province(), tree.codes()).total())
        .isEqualTo(22)
        .isEqualTo(bound.recognizedByProvince(tree.province(), tree.codes()).total());
  }

  @Test
  void readingEveryUnitsCopiesKeepsTheTreesOwn() {
    var tree = YearTree.read(units, YEAR, "BT", units.asOfYear(YEAR, "BT"));
    var bound = new ReplicationQueries(database, Integer.MAX_VALUE).copies(YEAR, tree.codes());
    var everyUnit = new ReplicationQueries(database, 0).copies(YEAR, tree.codes());

    assertThat(bound).isNotEmpty();
    assertThat(new HashSet<>(everyUnit)).isEqualTo(new HashSet<>(bound));
    assertThat(everyUnit).hasSameSizeAs(bound);
  }
}

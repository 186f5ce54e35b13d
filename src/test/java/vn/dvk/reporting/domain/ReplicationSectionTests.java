package vn.dvk.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.YearlySummary.ReplicatedModel;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.YearlySummary.UnitReplications;
import vn.dvk.reporting.domain.ReplicationQueries.Copy;

/** How the year's copies are counted by source and by the district-level unit that learned. */
class ReplicationSectionTests {

  @Test
  void copiesAreCountedBySourceMostCopiedFirstAndByTheLearnersDistrict() {
    var copies =
        List.of(
            new Copy(7, "Nguồn bảy", "P.H", "P.T"),
            new Copy(3, "Nguồn ba", "P.T", "P.H.X1"),
            new Copy(3, "Nguồn ba", "P.T", "P.H.X2"),
            new Copy(3, "Nguồn ba", "P.T", "P.H.X2"),
            new Copy(9, "Nguồn chín", "P.T", "P.MT"));

    var block =
        ReplicationSection.tally(
            copies, YearTreeTests.tree()::tierOf, code -> new UnitRef(code, "tên " + code));

    assertThat(block.total()).isEqualTo(5);
    assertThat(block.sources()).isEqualTo(3);
    assertThat(block.learningUnits()).as("P.T, P.H.X1, P.H.X2, P.MT").isEqualTo(4);
    assertThat(block.byModel())
        .containsExactly(
            new ReplicatedModel(3, "Nguồn ba", new UnitRef("P.T", "tên P.T"), 3),
            new ReplicatedModel(7, "Nguồn bảy", new UnitRef("P.H", "tên P.H"), 1),
            new ReplicatedModel(9, "Nguồn chín", new UnitRef("P.T", "tên P.T"), 1));
    assertThat(block.byUnit())
        .as("a learner under no district-level unit counts by itself")
        .containsExactly(
            new UnitReplications(new UnitRef("P.H", "tên P.H"), 3),
            new UnitReplications(new UnitRef("P.MT", "tên P.MT"), 1),
            new UnitReplications(new UnitRef("P.T", "tên P.T"), 1));
  }

  @Test
  void aYearWithoutCopiesCountsNothing() {
    var block = ReplicationSection.tally(List.of(), code -> null, code -> null);

    assertThat(block.total()).isZero();
    assertThat(block.byModel()).isEmpty();
    assertThat(block.byUnit()).isEmpty();
  }

  @Test
  void onlyTheFiftyMostCopiedModelsAreListedButEverySourceIsCounted() {
    var copies = new java.util.ArrayList<Copy>();
    for (int source = 1; source <= 120; source++) {
      copies.add(new Copy(source, "Nguồn " + source, "P.T", "P.H", source % 7 + 1));
    }

    var block =
        ReplicationSection.tally(copies, code -> code, code -> new UnitRef(code, "tên " + code));

    assertThat(block.sources()).isEqualTo(120);
    assertThat(block.byModel()).hasSize(50);
    assertThat(block.byModel().get(0).copies()).isEqualTo(7);
    assertThat(block.total()).isEqualTo(copies.stream().mapToInt(Copy::copies).sum());
  }
}

package vn.dvk.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.YearlySummary.ReplicatedModel;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.YearlySummary.UnitReplications;
import vn.dvk.reporting.domain.ReplicationQueries.Copy;
import vn.dvk.reporting.domain.ReplicationQueries.Source;

/** How the year's copies are counted by source and by the district-level unit that learned. */
class ReplicationSectionTests {

  @Test
  void copiesAreCountedBySourceMostCopiedFirstAndByTheLearnersDistrict() {
    var copies =
        List.of(
            new Copy(7, "P.T"),
            new Copy(3, "P.H.X1"),
            new Copy(3, "P.H.X2"),
            new Copy(3, "P.H.X2"),
            new Copy(9, "P.MT"));
    var sources =
        Map.of(
            7L, new Source("Nguồn bảy", "P.H"),
            3L, new Source("Nguồn ba", "P.T"),
            9L, new Source("Nguồn chín", "P.T"));

    var block =
        ReplicationSection.tally(
            copies,
            YearTreeTests.tree()::tierOf,
            code -> new UnitRef(code, "tên " + code),
            described(sources));

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
    var block =
        ReplicationSection.tally(List.of(), code -> null, code -> null, described(Map.of()));

    assertThat(block.total()).isZero();
    assertThat(block.byModel()).isEmpty();
    assertThat(block.byUnit()).isEmpty();
  }

  @Test
  void onlyTheFiftyMostCopiedModelsAreListedAndDescribedButEverySourceIsCounted() {
    var copies = new ArrayList<Copy>();
    var sources = new HashMap<Long, Source>();
    for (long source = 1; source <= 120; source++) {
      copies.add(new Copy(source, "P.H", (int) (source % 7 + 1)));
      sources.put(source, new Source("Nguồn " + source, "P.T"));
    }
    var asked = new ArrayList<Long>();

    var block =
        ReplicationSection.tally(
            copies,
            code -> code,
            code -> new UnitRef(code, "tên " + code),
            ids -> {
              asked.addAll(ids);
              return described(sources).apply(ids);
            });

    assertThat(block.sources()).isEqualTo(120);
    assertThat(block.byModel()).hasSize(50);
    assertThat(asked).as("only the sources listed are looked up").hasSize(50);
    assertThat(block.byModel().get(0).copies()).isEqualTo(7);
    assertThat(block.byModel().get(0).id()).as("most copied, then by id").isEqualTo(6);
    assertThat(block.total()).isEqualTo(copies.stream().mapToInt(Copy::copies).sum());
  }

  private static Function<Collection<Long>, Map<Long, Source>> described(Map<Long, Source> all) {
    return ids -> {
      var found = new HashMap<Long, Source>();
      ids.forEach(id -> found.put(id, all.get(id)));
      return found;
    };
  }
}

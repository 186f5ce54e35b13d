package vn.dvk.replication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.replication.domain.Lineage.Link;
import vn.dvk.replication.domain.Lineage.Placed;

class LineageTests {

  /** 1 ← 2 ← 3 ← 4, and 1 ← 5: each key learned from its value. */
  private static final Map<Long, Long> SOURCES = Map.of(2L, 1L, 3L, 2L, 4L, 3L, 5L, 1L);

  private static Optional<Long> sourceOf(long model) {
    return Optional.ofNullable(SOURCES.get(model));
  }

  @Test
  void aModelCannotLearnFromItself() {
    assertThat(Lineage.wouldCycle(7, 7, LineageTests::sourceOf)).isTrue();
  }

  @Test
  void aModelCannotLearnFromAnyOfItsCopiesHoweverDeep() {
    assertThat(Lineage.wouldCycle(1, 2, LineageTests::sourceOf)).isTrue();
    assertThat(Lineage.wouldCycle(1, 4, LineageTests::sourceOf)).isTrue();
    assertThat(Lineage.wouldCycle(2, 4, LineageTests::sourceOf)).isTrue();
  }

  @Test
  void learningFromAnotherBranchOrAnUnrelatedModelIsFine() {
    assertThat(Lineage.wouldCycle(5, 4, LineageTests::sourceOf)).isFalse();
    assertThat(Lineage.wouldCycle(6, 4, LineageTests::sourceOf)).isFalse();
    assertThat(Lineage.wouldCycle(4, 5, LineageTests::sourceOf)).isFalse();
  }

  @Test
  void anExistingCycleInTheDataStopsTheWalkInsteadOfLoopingForever() {
    Map<Long, Long> broken = Map.of(8L, 9L, 9L, 8L);
    assertThat(Lineage.wouldCycle(1, 8, id -> Optional.ofNullable(broken.get(id)))).isTrue();
  }

  @Test
  void theTreeListsCopiesDepthFirstWithTheirDepth() {
    var links =
        List.of(new Link(5, 1), new Link(4, 3), new Link(2, 1), new Link(3, 2), new Link(6, 2));

    assertThat(Lineage.tree(1, links))
        .containsExactly(
            new Placed(2, 1, 1),
            new Placed(3, 2, 2),
            new Placed(4, 3, 3),
            new Placed(6, 2, 2),
            new Placed(5, 1, 1));
    assertThat(Lineage.tree(3, links)).containsExactly(new Placed(4, 3, 1));
    assertThat(Lineage.tree(4, links)).isEmpty();
  }
}

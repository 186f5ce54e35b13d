package vn.dvk.replication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.Models;
import vn.dvk.models.OwnerKind;

/** A copy starts with what its source does and aims at, and nothing of its place or people. */
class CopyDraftTests {

  @Test
  void aCopyTakesTheSourcesAimsAndLeavesItsPlacePeopleMoneyAndDatesEmpty() {
    var source = Models.individual("Đường hoa nông thôn", "BT.DL");

    var copy = CopyDraft.of(source, "BT.TL.X01");

    assertThat(copy.title()).isEqualTo(source.title());
    assertThat(copy.unitCode()).isEqualTo("BT.TL.X01");
    assertThat(copy.ownerKind()).as("a copy is the unit's").isEqualTo(OwnerKind.COLLECTIVE);
    assertThat(copy.personName()).isNull();
    assertThat(copy.fieldCode()).isEqualTo(source.fieldCode());
    assertThat(copy.movementCodes()).isEqualTo(source.movementCodes());
    assertThat(copy.objectives()).isEqualTo(source.objectives());
    assertThat(copy.evaluationCriteria()).isEqualTo(source.evaluationCriteria());
    assertThat(copy.contentMethod()).isEqualTo(source.contentMethod());
    assertThat(copy.targetGroups()).isEqualTo(source.targetGroups());
    assertThat(copy.sustainability()).isEqualTo(source.sustainability());
    assertThat(copy.situation()).isNull();
    assertThat(copy.area()).isNull();
    assertThat(copy.fundsVnd()).isNull();
    assertThat(copy.startDate()).isNull();
    assertThat(copy.milestones()).isNull();
  }

  @Test
  void aCopyAimsAtTheSourcesTargetsFromItsOwnBaseline() {
    var source = Models.collective("Bê tông hóa đường thôn", "BT.DL");

    var copy = CopyDraft.of(source, "BT.TL");

    assertThat(copy.targets())
        .containsExactly(
            new IndicatorTarget("ROAD_BUILT", null, new BigDecimal("3.5")),
            new IndicatorTarget("LAND_DONATED", null, new BigDecimal("2000")));
  }
}

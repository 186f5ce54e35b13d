package vn.dvk.units.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.units.RestructureChange.Action.CREATE;
import static vn.dvk.units.RestructureChange.Action.DISSOLVE;
import static vn.dvk.units.RestructureChange.Action.MERGE;
import static vn.dvk.units.RestructureChange.Action.MOVE;
import static vn.dvk.units.RestructureChange.Action.REHOME;
import static vn.dvk.units.RestructureChange.Action.RENAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.UnitChange;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

/**
 * A restructure plan judged in memory against the tree of its date: three provinces merging under a
 * nation, a district dissolved into its province, communes merged into a new one.
 */
class RestructuringTests {

  static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  final List<UnitView> stored =
      new ArrayList<>(
          List.of(
              unit("VN", UnitKind.NATION, null),
              unit("BT", UnitKind.PROVINCE, null),
              unit("LD", UnitKind.PROVINCE, null),
              unit("DNO", UnitKind.PROVINCE, null),
              unit("BT.DL", UnitKind.DISTRICT, "BT"),
              unit("BT.DL.X1", UnitKind.COMMUNE, "BT.DL"),
              unit("BT.DL.X2", UnitKind.COMMUNE, "BT.DL"),
              unit("LD.A", UnitKind.DISTRICT, "LD"),
              unit("LD.A.C1", UnitKind.COMMUNE, "LD.A")));

  @Test
  void provincesMergeUnderTheNationAndTheirDistrictsFollow() {
    var outcome =
        judge(
            change(1, MOVE, "LD", "VN", null),
            change(2, MERGE, "BT", null, "LD"),
            change(3, MERGE, "DNO", null, "LD"));

    assertThat(outcome.refusals()).isEmpty();
    assertThat(codes(outcome.closed())).containsExactlyInAnyOrder("LD", "BT", "DNO", "BT.DL");
    assertThat(opened(outcome, "LD").parentCode()).isEqualTo("VN");
    assertThat(opened(outcome, "BT.DL").parentCode()).isEqualTo("LD");
    assertThat(opened(outcome, "BT.DL").change()).isEqualTo(UnitChange.MOVED_BY_MERGE);
    assertThat(opened(outcome, "BT.DL").validFrom()).isEqualTo(REFORM);
    assertThat(outcome.successions())
        .extracting(s -> s.predecessorCode() + ">" + s.successorCode())
        .containsExactlyInAnyOrder("BT>LD", "DNO>LD");
    assertThat(outcome.steps().get(1).units()).containsExactly("BT", "BT.DL");
  }

  @Test
  void aDissolvedDistrictHandsItsCommunesToItsSuccessor() {
    var outcome = judge(change(1, DISSOLVE, "BT.DL", null, "BT"));

    assertThat(outcome.refusals()).isEmpty();
    assertThat(outcome.ended()).containsEntry("BT.DL", "BT");
    assertThat(opened(outcome, "BT.DL.X1").parentCode()).isEqualTo("BT");
    assertThat(opened(outcome, "BT.DL.X2").change()).isEqualTo(UnitChange.MOVED_BY_DISSOLUTION);
    assertThat(codes(outcome.opened())).doesNotContain("BT.DL");
  }

  @Test
  void aUnitWithChildrenIsNotDissolvedWithoutASuccessor() {
    var outcome = judge(change(7, DISSOLVE, "BT.DL", null, null));

    assertThat(outcome.isAccepted()).isFalse();
    assertThat(outcome.refusals()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(7));
    assertThat(outcome.refusals().get(0).reason().key())
        .isEqualTo("units.error.dissolve-needs-successor");
  }

  @Test
  void communesMergeIntoANewCommuneCreatedByTheSamePlan() {
    var create =
        new RestructureChange(
            1, CREATE, "BT.M1", "Xã Mới", null, UnitKind.COMMUNE, null, "BT", null, null);
    var outcome =
        judge(
            create,
            change(2, MERGE, "BT.DL.X1", null, "BT.M1"),
            change(3, MERGE, "BT.DL.X2", null, "BT.M1"),
            change(4, RENAME, "BT.M1", null, null, "Xã Hợp Nhất"));

    assertThat(outcome.refusals()).isEmpty();
    assertThat(opened(outcome, "BT.M1").change()).isEqualTo(UnitChange.CREATED);
    assertThat(opened(outcome, "BT.M1").name()).isEqualTo("Xã Hợp Nhất");
    assertThat(codes(outcome.closed())).containsExactlyInAnyOrder("BT.DL.X1", "BT.DL.X2");
    assertThat(outcome.finalSuccessor("BT.DL.X2")).isEqualTo("BT.M1");
  }

  @Test
  void aUnitChangedTwiceGetsOneVersionWithBothChanges() {
    var outcome =
        judge(change(1, MOVE, "LD", "VN", null), change(2, RENAME, "LD", null, null, "Tỉnh Mới"));

    assertThat(outcome.closed()).hasSize(1);
    assertThat(opened(outcome, "LD").name()).isEqualTo("Tỉnh Mới");
    assertThat(opened(outcome, "LD").parentCode()).isEqualTo("VN");
  }

  @Test
  void everyRefusalIsListedAndTheOtherChangesStillJudged() {
    var outcome =
        judge(
            change(1, MERGE, "BT.DL.X1", null, "NOWHERE"),
            change(2, MOVE, "BT.DL.X2", "LD.A", null),
            change(3, MERGE, "BT.DL", null, "BT.DL.X2"),
            new RestructureChange(
                4, CREATE, "LD", "Trùng", null, UnitKind.PROVINCE, null, null, null, null),
            change(5, MOVE, "BT.DL", "BT.DL.X1", null));

    assertThat(outcome.refusals())
        .extracting(r -> r.row() + " " + r.reason().key())
        .containsExactly(
            "1 units.error.not-valid-on",
            "3 units.error.merge-level",
            "4 units.error.duplicate-code",
            "5 units.error.cycle");
    assertThat(outcome.steps()).extracting(s -> s.change().row()).containsExactly(2);
  }

  @Test
  void aPlanCannotEndAUnitItCreatesNorChangeOneOnTheDayItBegan() {
    stored.add(
        new UnitView(
            "LD.B",
            "Huyện B",
            null,
            UnitKind.DISTRICT,
            null,
            "LD",
            REFORM,
            null,
            UnitChange.CREATED,
            null));
    var outcome =
        judge(
            new RestructureChange(
                1, CREATE, "LD.N", "Huyện N", null, UnitKind.DISTRICT, null, "LD", null, null),
            change(2, DISSOLVE, "LD.N", null, null),
            change(3, RENAME, "LD.B", null, null, "Huyện B mới"));

    assertThat(outcome.refusals())
        .extracting(r -> r.row() + " " + r.reason().key())
        .containsExactly("2 units.plan.error.ends-new-unit", "3 units.error.history");
  }

  @Test
  void endedUnitsLeadToTheirLastSuccessorAndUsersAreRehomedByName() {
    var outcome =
        judge(
            change(1, MERGE, "BT.DL.X1", null, "BT.DL.X2"),
            change(2, MERGE, "BT.DL.X2", null, "LD.A.C1"),
            new RestructureChange(3, REHOME, null, null, null, null, null, null, "LD.A", "an"),
            new RestructureChange(4, REHOME, null, null, null, null, null, null, "XX", "binh"));

    assertThat(outcome.finalSuccessor("BT.DL.X1")).isEqualTo("LD.A.C1");
    assertThat(outcome.finalSuccessor("LD.A")).isEqualTo("LD.A");
    assertThat(outcome.rehomes()).containsExactly(java.util.Map.entry("an", "LD.A"));
    assertThat(outcome.refusals()).extracting(r -> r.row()).containsExactly(4);
  }

  private PlanOutcome judge(RestructureChange... changes) {
    Set<String> used =
        stored.stream().map(UnitView::code).collect(Collectors.toCollection(HashSet::new));
    return new Restructuring(new Hierarchy(REFORM, stored), used).judge(List.of(changes));
  }

  private static RestructureChange change(
      int row, RestructureChange.Action action, String code, String parent, String successor) {
    return new RestructureChange(
        row, action, code, null, null, null, null, parent, successor, null);
  }

  private static RestructureChange change(
      int row,
      RestructureChange.Action action,
      String code,
      String parent,
      String successor,
      String name) {
    return new RestructureChange(
        row, action, code, name, null, null, null, parent, successor, null);
  }

  private static UnitView opened(PlanOutcome outcome, String code) {
    return outcome.opened().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
  }

  private static List<String> codes(List<UnitView> versions) {
    return versions.stream().map(UnitView::code).toList();
  }

  private static UnitView unit(String code, UnitKind kind, String parent) {
    return new UnitView(
        code, code, null, kind, kind.defaultLevel(), parent, SINCE, null, UnitChange.CREATED, null);
  }
}

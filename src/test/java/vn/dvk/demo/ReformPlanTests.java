package vn.dvk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvk.units.NewUnit;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.RestructureChange.Action;
import vn.dvk.units.UnitKind;

/** The demo's reform plan, read without a database. */
class ReformPlanTests {

  private final List<NewUnit> binhThuan = DemoUnits.binhThuan();
  private final List<NewUnit> lamDong = DemoUnits.lamDong();
  private final List<NewUnit> dakNong = DemoUnits.dakNong();
  private final ReformPlan plan = new ReformPlan(binhThuan, lamDong, dakNong);
  private final List<RestructureChange> changes = plan.changes();

  @Test
  void everyOldCommuneWardAndTownshipMergesOnceIntoANewUnitDirectlyUnderTheProvince() {
    var merged = new HashMap<String, String>();
    changes.stream()
        .filter(c -> c.action() == Action.MERGE)
        .forEach(c -> assertThat(merged.put(c.code(), c.successorCode())).isNull());
    var newCodes = plan.newCommunes().stream().map(NewUnit::code).toList();

    var communes = old().filter(u -> u.kind().isCommuneLevelArea()).toList();
    assertThat(communes).hasSize(124 + 49 + 32);
    assertThat(communes)
        .allSatisfy(commune -> assertThat(newCodes).contains(merged.get(commune.code())));
    assertThat(plan.newCommunes()).allMatch(u -> u.parentCode().equals("LD"));
  }

  @Test
  void aboutThreeOldCommunesBecomeOneAndPhuQuyBecomesASpecialZone() {
    var created = plan.newCommunes();

    assertThat(created.size()).isBetween(205 / 4, 205 / 2);
    assertThat(created).extracting(NewUnit::code).doesNotHaveDuplicates();
    assertThat(created).extracting(NewUnit::name).doesNotHaveDuplicates();
    assertThat(created)
        .filteredOn(u -> u.kind() == UnitKind.SPECIAL_ZONE)
        .singleElement()
        .satisfies(zone -> assertThat(zone.name()).isEqualTo("Đặc khu Phú Quý"));
    assertThat(created)
        .extracting(NewUnit::name)
        .contains("Phường Phan Thiết", "Phường Mũi Né", "Phường La Gi", "Phường Bắc Gia Nghĩa")
        .contains("Xã 01 (Lâm Đồng)");
    for (var commune : List.of("BT.PQ.LONGHAI", "BT.PQ.NGUPHUNG", "BT.PQ.TAMTHANH")) {
      assertThat(plan.recognizerOf(commune)).isEqualTo("LD.PHUQUY");
    }
  }

  @Test
  void everyOldDistrictLevelAreaIsDissolvedIntoTheNewUnitHoldingItsSeat() {
    var dissolved =
        changes.stream().filter(c -> c.action() == Action.DISSOLVE).map(c -> c.code()).toList();
    var areas =
        old()
            .filter(u -> u.kind().isDistrictLevelPartyCommittee())
            .filter(u -> u.kind() != UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE)
            .map(NewUnit::code)
            .toList();

    assertThat(dissolved).containsExactlyInAnyOrderElementsOf(areas);
    assertThat(plan.recognizerOf("BT.PT")).isEqualTo("LD.PHANTHIET");
    assertThat(plan.recognizerOf("BT.PQ")).isEqualTo("LD.PHUQUY");
    assertThat(plan.recognizerOf("LD.DALAT")).isEqualTo("LD.XUANHUONG");
  }

  @Test
  void thePartyCommitteesAndOrganizationsMergeIntoLamDongsAndTheProvincesIntoLamDong() {
    assertThat(changes)
        .anyMatch(c -> c.action() == Action.CREATE && c.code().equals("LD.BP"))
        .anyMatch(c -> merge(c, "BT.KCQ", "LD.KCQ"))
        .anyMatch(c -> merge(c, "DNO.BP", "LD.BP"))
        .anyMatch(c -> merge(c, "BT.MTTQ", "LD.MTTQ"))
        .anyMatch(c -> merge(c, "BT", "LD"))
        .anyMatch(c -> merge(c, "DNO", "LD"))
        .noneMatch(c -> c.code().startsWith("LD.KCQ") && c.action() != Action.CREATE);
    assertThat(changes.get(changes.size() - 1))
        .satisfies(move -> assertThat(move.action()).isEqualTo(Action.MOVE))
        .satisfies(move -> assertThat(move.parentCode()).isEqualTo("VN"));
    assertThat(plan.recognizerOf("BT.KCQ.CT")).isEqualTo("LD.KCQ");
    assertThat(plan.recognizerOf("DNO.BP.BCHBP")).isEqualTo("LD.BP");
  }

  @Test
  void theOldTreesHaveTheirDistrictsAndPartyCommitteesAndNoInventedNames() {
    assertThat(lamDong.get(0).code()).isEqualTo("LD");
    assertThat(dakNong.get(0).code()).isEqualTo("DNO");
    assertThat(lamDong).filteredOn(u -> u.kind().isDistrictLevelPartyCommittee()).hasSize(15);
    assertThat(dakNong).filteredOn(u -> u.kind().isDistrictLevelPartyCommittee()).hasSize(12);
    assertThat(Stream.concat(lamDong.stream(), dakNong.stream()))
        .extracting(NewUnit::code)
        .doesNotHaveDuplicates()
        .contains("LD.DALAT.P01", "DNO.CUJUT.X01", "DNO.BP", "LD.CA");
    assertThat(lamDong).extracting(NewUnit::name).contains("Phường 12", "Xã 01 (Lạc Dương)");
  }

  private Stream<NewUnit> old() {
    return Stream.of(binhThuan, lamDong, dakNong).flatMap(List::stream);
  }

  private static boolean merge(RestructureChange change, String from, String to) {
    return change.action() == Action.MERGE
        && change.code().equals(from)
        && change.successorCode().equals(to);
  }
}

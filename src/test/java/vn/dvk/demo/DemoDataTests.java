package vn.dvk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.support.IntegrationTest;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/** The demo data is Bình Thuận as SPEC §11 describes it in 2023. */
@IntegrationTest
class DemoDataTests {

  private static final LocalDate IN_2023 = LocalDate.of(2023, 12, 31);

  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void theProvinceHasFourteenDistrictLevelUnits() {
    var districtLevel =
        units.children("BT", IN_2023).stream()
            .filter(DemoDataTests::isDemoUnit)
            .filter(unit -> unit.kind().isDistrictLevelPartyCommittee())
            .map(UnitView::shortName)
            .toList();

    assertThat(districtLevel)
        .containsExactlyInAnyOrder(
            "Phan Thiết",
            "La Gi",
            "Tuy Phong",
            "Bắc Bình",
            "Hàm Thuận Bắc",
            "Hàm Thuận Nam",
            "Hàm Tân",
            "Tánh Linh",
            "Đức Linh",
            "Phú Quý",
            "Khối Cơ quan và Doanh nghiệp tỉnh",
            "Quân sự tỉnh",
            "Biên phòng tỉnh",
            "Công an tỉnh");
  }

  @Test
  void theProvinceHas124CommunesWardsAndTownshipsUnderTheirDistricts() {
    var communes =
        units.subtree("BT", IN_2023).stream()
            .filter(DemoDataTests::isDemoUnit)
            .filter(unit -> unit.kind().isCommuneLevelArea())
            .toList();

    assertThat(communes).hasSize(124);
    assertThat(communes)
        .allSatisfy(
            commune ->
                assertThat(units.get(commune.parentCode(), IN_2023).kind())
                    .isIn(UnitKind.CITY, UnitKind.TOWN, UnitKind.DISTRICT));
  }

  @Test
  void theAgenciesOfTheBriefSitUnderTheirPartyCommittees() {
    assertThat(units.get("BT.CA.CAT", IN_2023).parentCode()).isEqualTo("BT.CA");
    assertThat(units.get("BT.QS.BCHQS", IN_2023).parentCode()).isEqualTo("BT.QS");
    assertThat(units.get("BT.BP.BCHBP", IN_2023).parentCode()).isEqualTo("BT.BP");
    assertThat(units.get("BT.KCQ.TD", IN_2023).kind()).isEqualTo(UnitKind.PARTY_CELL);
    assertThat(units.get("BT.KCQ.CT", IN_2023).name()).isEqualTo("Đảng bộ Cục Thuế tỉnh");
  }

  @Test
  void thereIsADemoUserForEveryRole() {
    assertThat(accounts.findByUsername("admin").orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
    assertThat(accounts.findByUsername("reviewer").orElseThrow().role()).isEqualTo(Role.REVIEWER);
    assertThat(accounts.findByUsername("duclinh").orElseThrow().unitCode()).isEqualTo("BT.DL");
    assertThat(accounts.findByUsername("council").orElseThrow().role())
        .isEqualTo(Role.COUNCIL_MEMBER);
    assertThat(accounts.findByUsername("leader").orElseThrow().role()).isEqualTo(Role.LEADER);
    var communeOfficer = accounts.findByUsername("tanhlinh.xa").orElseThrow();
    assertThat(communeOfficer.role()).isEqualTo(Role.OFFICER);
    assertThat(units.get(communeOfficer.unitCode(), IN_2023).parentCode()).isEqualTo("BT.TL");
    assertThat(units.get(communeOfficer.unitCode(), IN_2023).kind()).isEqualTo(UnitKind.COMMUNE);
  }

  /** Other tests add units of their own (codes starting with T) to the same database. */
  private static boolean isDemoUnit(UnitView unit) {
    return unit.code().startsWith("BT");
  }

  @Test
  void in2023ExactlyThe746RegistrationsOfTheBriefAreRegisteredNewAndContinued() {
    var counts =
        jdbc.sql(
                """
                select r.kind, count(*) from models_registration r
                  join models_model m on m.id = r.model_id
                 where r.registration_year = 2023 and r.state in ('REGISTERED', 'IN_PROGRESS')
                   and m.created_by = 'demo' and m.unit_code like 'BT%'
                 group by r.kind
                """)
            .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2)))
            .list();

    assertThat(counts)
        .containsExactlyInAnyOrder(
            java.util.Map.entry("NEW", 410L), java.util.Map.entry("CONTINUED", 336L));
  }

  @Test
  void theFiveOutstandingModelsOfTheBriefAreRegisteredUnderTheirOwners() {
    for (var outstanding : DemoModels.OUTSTANDING) {
      var unit =
          jdbc.sql(
                  "select m.unit_code from models_model m join models_registration r"
                      + " on r.model_id = m.id where m.title = :title and r.registration_year = 2023")
              .param("title", outstanding.title())
              .query(String.class)
              .single();
      assertThat(unit).isEqualTo(outstanding.unitCode());
    }
  }

  @Test
  void demoModelsHaveProgressReportsAndSomeAwaitADecisionIn2024() {
    var reports =
        jdbc.sql("select count(*) from models_progress_report").query(Long.class).single();
    var waiting =
        jdbc.sql(
                "select count(*) from models_registration where registration_year = 2024"
                    + " and state = 'SUBMITTED'")
            .query(Long.class)
            .single();

    assertThat(reports).isGreaterThan(2000);
    assertThat(waiting).isGreaterThanOrEqualTo(24);
  }

  @Test
  void theNationTheOldLamDongAndDakNongAreRootsOfTheirOwnBeforeTheReform() {
    assertThat(units.get("VN", IN_2023).kind()).isEqualTo(UnitKind.NATION);
    for (var root : java.util.List.of("VN", "LD", "DNO")) {
      assertThat(units.get(root, IN_2023).parentCode()).as(root).isNull();
    }
    assertThat(units.get("LD", IN_2023).name()).isEqualTo("Tỉnh Lâm Đồng");
    assertThat(units.get("DNO", IN_2023).name()).isEqualTo("Tỉnh Đắk Nông");
    assertThat(units.children("LD", IN_2023))
        .filteredOn(unit -> unit.kind().isDistrictLevelPartyCommittee())
        .hasSize(15);
    assertThat(units.get("LD.DALAT.P01", IN_2023).name()).isEqualTo("Phường 1");
    assertThat(units.get("DNO.BP", IN_2023).kind())
        .isEqualTo(UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE);
  }

  @Test
  void theNationalAdministratorAndLamDongsReviewerSignInAtTheirRoots() {
    var national = accounts.findByUsername("national").orElseThrow();
    var lamDong = accounts.findByUsername("lamdong").orElseThrow();

    assertThat(national.role()).isEqualTo(Role.ADMINISTRATOR);
    assertThat(national.unitCode()).isEqualTo("VN");
    assertThat(lamDong.role()).isEqualTo(Role.REVIEWER);
    assertThat(lamDong.unitCode()).isEqualTo("LD");
  }

  @Test
  void theThreeOldProvincesRegisteredModelsIn2025BeforeTheReformAndHeldNoRoundYet() {
    var provinces =
        jdbc
            .sql(
                """
                select distinct m.unit_code
                  from models_registration r join models_model m on m.id = r.model_id
                 where r.registration_year = 2025 and r.state = 'IN_PROGRESS'
                   and m.created_by = 'demo'
                """)
            .query(String.class)
            .list()
            .stream()
            .map(code -> code.split("\\.")[0])
            .distinct()
            .toList();
    var rounds =
        jdbc.sql(
                "select count(*) from recognition_round where round_year = 2025"
                    + " and opened_by = 'demo'")
            .query(Long.class)
            .single();

    assertThat(provinces).containsExactlyInAnyOrder("BT", "LD", "DNO");
    assertThat(rounds).isZero();
  }

  @Test
  void theDemoFileHoldsEveryUnitOnce() {
    var all = DemoUnits.binhThuan();
    assertThat(all).extracting("code").doesNotHaveDuplicates();
    assertThat(all.get(0).code()).isEqualTo("BT");
  }
}

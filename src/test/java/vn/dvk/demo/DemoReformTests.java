package vn.dvk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.recognition.Recognitions;
import vn.dvk.reporting.YearlySummaries;
import vn.dvk.support.Acting;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * The whole demo, loaded phase by phase into a database of its own: the years before the reform,
 * the reform of 1 July 2025 through a restructure plan, then the years after it. What 2021–2024
 * say, for every unit, is read before the reform and compared after it.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-reform;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "dvk.demo.enabled=false"
    })
@ActiveProfiles("test")
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReformTests {

  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
  private static final List<String> OLD_ROOTS = List.of("BT", "LD", "DNO");

  @Autowired DemoHistory history;
  @Autowired DemoReform reform;
  @Autowired TransactionTemplate transaction;
  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired ModelBulkLoader models;
  @Autowired Recognitions recognitions;
  @Autowired YearlySummaries summaries;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;

  private Map<String, Object> beforeReform;
  private Map<String, Object> afterReform;
  private Map<String, Object> afterAll;

  @BeforeAll
  void loadThePhasesOneByOne() {
    transaction.executeWithoutResult(status -> history.load("demo", true));
    beforeReform = figures2021To2024();
    transaction.executeWithoutResult(status -> reform.apply());
    afterReform = figures2021To2024();
    transaction.executeWithoutResult(status -> reform.after());
    afterAll = figures2021To2024();
  }

  @Test
  void everyFigureOf2021To2024IsUnchangedByTheReformForEveryUnit() {
    assertThat(beforeReform).isNotEmpty();
    assertThat(afterReform).isEqualTo(beforeReform);
    assertThat(afterAll).isEqualTo(beforeReform);
  }

  @Test
  void binhThuans2023StillReadsAsTheBriefAfterTheReform() {
    var summary = acting.as("national", () -> summaries.of(2023, "BT"));

    assertThat(summary.registered().total()).isEqualTo(746);
    assertThat(summary.districtLevel().units()).isEqualTo(14);
    assertThat(summary.districtLevel().unitsThatConsidered()).isEqualTo(13);
    assertThat(summary.districtLevel().recognized().total()).isEqualTo(155);
    assertThat(summary.proposalsToProvince().proposed().total()).isEqualTo(39);
    assertThat(summary.provinceLevel().recognized().total()).isEqualTo(22);
  }

  @Test
  void binhThuanAndDakNongEndedOnTheEveOfTheReformAndLamDongStandsUnderTheNation() {
    for (var merged : List.of("BT", "DNO")) {
      assertThat(units.find(merged, BEFORE)).isPresent();
      assertThat(units.find(merged, AFTER)).isEmpty();
      assertThat(units.successions(merged))
          .singleElement()
          .satisfies(s -> assertThat(s.successorCode()).isEqualTo("LD"))
          .satisfies(s -> assertThat(s.effectiveOn()).isEqualTo(AFTER));
    }
    assertThat(units.get("LD", BEFORE).parentCode()).isNull();
    assertThat(units.get("LD", AFTER).parentCode()).isEqualTo("VN");
    assertThat(units.get("VN", AFTER).kind()).isEqualTo(UnitKind.NATION);
  }

  @Test
  void theNewCommuneLevelUnitsStandDirectlyUnderTheProvinceWithTheSpecialZone() {
    var underProvince = units.children("LD", AFTER);
    var communes = underProvince.stream().filter(u -> u.kind().isCommuneLevelArea()).toList();

    assertThat(communes).hasSizeBetween(60, 110);
    assertThat(units.get("LD.PHUQUY", AFTER).kind()).isEqualTo(UnitKind.SPECIAL_ZONE);
    assertThat(units.get("LD.PHUQUY", AFTER).name()).isEqualTo("Đặc khu Phú Quý");
    assertThat(units.get("LD.XUANHUONG", AFTER).name()).isEqualTo("Phường Xuân Hương - Đà Lạt");
    assertThat(units.find("BT.PQ.LONGHAI", AFTER)).isEmpty();
    assertThat(units.get("BT.KCQ.CT", AFTER).parentCode()).isEqualTo("LD.KCQ");
    assertThat(underProvince)
        .noneMatch(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.CITY);
  }

  @Test
  void theNationalAdministratorAndLamDongsReviewerHaveTheirHomes() {
    assertThat(accounts.findByUsername("national").orElseThrow().unitCode()).isEqualTo("VN");
    assertThat(accounts.findByUsername("lamdong").orElseThrow().unitCode()).isEqualTo("LD");
  }

  @Test
  void theDemoUsersOfBinhThuanFollowedTheirUnitsToTheirSuccessors() {
    for (var user : List.of("admin", "reviewer", "council", "council2", "council3", "leader")) {
      assertThat(accounts.findByUsername(user).orElseThrow().unitCode()).as(user).isEqualTo("LD");
    }
    var ducLinh = accounts.findByUsername("duclinh").orElseThrow().unitCode();
    assertThat(units.get(ducLinh, AFTER).parentCode()).isEqualTo("LD");
    assertThat(units.get(ducLinh, AFTER).kind().isCommuneLevelArea()).isTrue();
  }

  @Test
  void thereAreRegistrationsAndRoundsOnBothSidesOfTheReformAndIn2026() {
    assertThat(models.registeredIn(2025)).hasSizeGreaterThan(1000);
    assertThat(models.registeredIn(2026)).hasSizeGreaterThan(1000);
    assertThat(rounds(2025, "GRASSROOTS")).isPositive();
    assertThat(rounds(2025, "PROVINCE")).isEqualTo(1);
    assertThat(rounds(2026, "PROVINCE")).isEqualTo(1);
    var grassroots2026 =
        jdbc.sql(
                "select distinct unit_code from recognition_round"
                    + " where round_year = 2026 and level = 'GRASSROOTS'")
            .query(String.class)
            .list();
    assertThat(grassroots2026).isNotEmpty();
    assertThat(grassroots2026)
        .allSatisfy(code -> assertThat(units.get(code, AFTER).parentCode()).isEqualTo("LD"));
    assertThat(recognitions.standingBy(List.of("LD"), 2026))
        .isNotEmpty()
        .allMatch(r -> r.level() == Level.PROVINCE);
  }

  @Test
  void theSmallerProvincesModelsLearnFromEachOtherWithinTheirProvince() {
    for (var province : List.of("LD", "DNO")) {
      var crossing =
          jdbc.sql(
                  """
                  select count(*) filter (where s.unit_code not like :prefix), count(*)
                    from replication_source r
                    join models_model m on m.id = r.model_id
                    join models_model s on s.id = r.source_id
                   where m.unit_code like :prefix
                  """)
              .param("prefix", province + ".%")
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .single();
      assertThat(crossing[1]).as(province).isPositive();
      assertThat(crossing[0]).as(province).isZero();
    }
  }

  @Test
  void noRoundWasHeldInTheFirstHalfOf2025() {
    var early =
        jdbc.sql(
                "select count(*) from recognition_round where round_year = 2025"
                    + " and proposal_deadline < date '2025-07-01'")
            .query(Long.class)
            .single();
    assertThat(early).isZero();
  }

  private long rounds(int year, String level) {
    return jdbc.sql(
            "select count(*) from recognition_round where round_year = :year and level = :level")
        .param("year", year)
        .param("level", level)
        .query(Long.class)
        .single();
  }

  /**
   * What 2021–2024 say, read through the application's own services: the approved registrations of
   * each unit, the standing recognitions of each issuing unit by level, and each old province's
   * yearly summary, each year.
   */
  private Map<String, Object> figures2021To2024() {
    var figures = new TreeMap<String, Object>();
    var everyUnit =
        OLD_ROOTS.stream()
            .flatMap(root -> units.subtree(root, LocalDate.of(2024, 12, 31)).stream())
            .map(u -> u.code())
            .toList();
    for (int year = 2021; year <= 2024; year++) {
      for (var model : models.registeredIn(year)) {
        figures.merge("registered " + year + " " + model.unitCode(), 1, (a, b) -> (int) a + 1);
      }
      for (var r : recognitions.standingBy(everyUnit, year)) {
        figures.merge(
            "recognized " + year + " " + r.unitCode() + " " + r.level(), 1, (a, b) -> (int) a + 1);
      }
      for (var root : OLD_ROOTS) {
        var y = year;
        figures.put(
            "summary " + year + " " + root, acting.as("national", () -> summaries.of(y, root)));
      }
    }
    return figures;
  }
}

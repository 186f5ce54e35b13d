package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.YearlySummary.Registered;
import vn.dvk.reporting.YearlySummary.Structure;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.Restructures;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * Two small provinces merged on 1 July 2025 the way the country was: their communes into one new
 * commune directly under the province, the districts dissolved into it, the second province into
 * the first, under a nation. Every figure is counted here by hand.
 *
 * <pre>
 * nation N
 * province P: district P.D (communes P.D.X1, P.D.X2), party committee P.QS; province Q: Q.D, Q.D.X1
 * 2025-07-01: P.X (commune under P) absorbs P.D.X1, P.D.X2, Q.D.X1, P.D and Q.D; Q into P; P under N
 * models:
 *   m1 P.D.X1 collective  NEW 2024, CONTINUED 2025 (March), CONTINUED 2026
 *   m2 Q.D.X1 individual  NEW 2024, CONTINUED 2025 (March)
 *   m3 P.X    collective  NEW 2026
 * 2024: P.D recognizes m1 at district level
 * 2025: P.X recognizes m1 at commune level and proposes it; P recognizes it
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformSummaryTests {

  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired ModelBulkLoader models;
  @Autowired RecognitionBulkLoader rounds;
  @Autowired Restructures restructures;
  @Autowired TransactionTemplate transaction;
  @Autowired YearlySummaries summaries;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired SummaryNarrative narrative;

  ReformedProvinces provinces;
  String n;
  String p;
  String q;
  String admin;
  String leader;
  YearlySummary p2024BeforeTheReform;
  YearlySummary q2024BeforeTheReform;

  @BeforeAll
  void twoProvincesMergeUnderTheNation() {
    provinces =
        new ReformedProvinces(units, accounts, models, rounds, restructures, transaction, jdbc);
    n = provinces.n;
    p = provinces.p;
    q = provinces.q;
    admin = provinces.admin;
    leader = provinces.leader;
    provinces.history();
    p2024BeforeTheReform = acting.as(leader, () -> summaries.of(2024, p));
    q2024BeforeTheReform = acting.as(admin, () -> summaries.of(2024, q));
    provinces.reform(acting);
  }

  @Test
  void theYearsBeforeTheReformReadAsTheyDidBeforeIt() {
    assertThat(acting.as(leader, () -> summaries.of(2024, p))).isEqualTo(p2024BeforeTheReform);
    assertThat(acting.as(admin, () -> summaries.of(2024, q))).isEqualTo(q2024BeforeTheReform);
    assertThat(p2024BeforeTheReform.registered()).isEqualTo(new Registered(1, 1, 0, 1, 0));
    assertThat(p2024BeforeTheReform.byUnit())
        .containsExactly(
            new ByUnit(new UnitRef(p + ".D", "Huyện Đông"), 1, 1, 0),
            new ByUnit(new UnitRef(p + ".QS", "Đảng bộ Quân sự tỉnh"), 0, 0, 0));
    assertThat(p2024BeforeTheReform.unitsUnderProvince().structure())
        .isEqualTo(Structure.DISTRICT_LEVEL);
  }

  @Test
  void aProvinceMergedInJulyAnswersForItsPartOf2025WithItsOldTree() {
    var s = acting.as(admin, () -> summaries.of(2025, q));

    assertThat(s.unit()).isEqualTo(new UnitRef(q, "Tỉnh Quê"));
    assertThat(s.registered()).as("m2, March 2025").isEqualTo(new Registered(1, 0, 1, 0, 1));
    assertThat(s.districtLevel().units()).isEqualTo(1);
    assertThat(s.unitsUnderProvince().structure()).isEqualTo(Structure.DISTRICT_LEVEL);
  }

  @Test
  void theMergedProvinceCountsItsUnitsDirectlyUnderItAndTheWorkOfThoseItAbsorbed() {
    var s = acting.as(leader, () -> summaries.of(2025, p));

    assertThat(s.registered())
        .as("m1 and m2, by communes since merged")
        .isEqualTo(new Registered(2, 0, 2, 1, 1));
    var under = s.unitsUnderProvince();
    assertThat(under.structure()).isEqualTo(Structure.COMMUNE_LEVEL);
    assertThat(under.kinds())
        .containsExactly(UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE, UnitKind.COMMUNE);
    assertThat(under.units()).isEqualTo(3);
    assertThat(under.unitsThatConsidered()).isEqualTo(1);
    assertThat(under.unitsThatProposed()).isEqualTo(1);
    assertThat(s.byUnit())
        .containsExactly(
            new ByUnit(new UnitRef(p + ".QS", "Đảng bộ Quân sự tỉnh"), 0, 0, 0),
            new ByUnit(new UnitRef(p + ".Y", "Xã Ba Làng"), 0, 0, 0),
            new ByUnit(new UnitRef(p + ".X", "Xã Hợp Nhất"), 2, 1, 1));
    assertThat(s.provinceLevel().recognized().total()).isEqualTo(1);
  }

  @Test
  void theNationsYearCountsByProvinceWhatEachUnitProposedToItsOwnAndWhatTheProvincesRecognized() {
    var s = acting.as(admin, () -> summaries.of(2025, n));

    assertThat(s.proposalsToProvince().proposed().total()).as("m1, by P.X to P").isEqualTo(1);
    assertThat(s.proposalsToProvince().unitsThatProposed()).isEqualTo(1);
    assertThat(s.provinceLevel().recognized().total()).as("m1, by P").isEqualTo(1);
    assertThat(s.byUnit())
        .as("one line a province, the level below the nation")
        .extracting(b -> b.unit().code(), ByUnit::registered, ByUnit::proposed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(p, 2, 1));
  }

  @Test
  void theNarrativeNamesTheUnitsDirectlyUnderTheProvinceAfterTheReformInEveryLanguage() {
    var after = acting.as(leader, () -> summaries.of(2025, p));
    var before = acting.as(leader, () -> summaries.of(2024, p));

    assertThat(narrative.write(after, Locale.forLanguageTag("vi")))
        .contains("ở cấp xã và các đơn vị trực thuộc", "1/3 đơn vị trực thuộc tỉnh");
    assertThat(narrative.write(after, Locale.ENGLISH))
        .contains("1 of the 3 units directly under the province");
    assertThat(narrative.write(after, Locale.forLanguageTag("he")))
        .contains("היחידות הכפופות ישירות למחוז");
    assertThat(narrative.write(before, Locale.ENGLISH))
        .contains("district-level units")
        .doesNotContain("directly under the province");
  }

  @Test
  void theCoverageOfTheYearAfterTheReformFollowsTheUnitsDirectlyUnderTheProvince() {
    var plan =
        new vn.dvk.programs.YearPlan(
            "DVK",
            "Dân vận khéo",
            2025,
            0,
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 10, 31),
            LocalDate.of(2025, 11, 15),
            80,
            1);
    var coverage = acting.as(leader, () -> summaries.coverage(2025, p, plan));

    assertThat(coverage.structure()).isEqualTo(Structure.COMMUNE_LEVEL);
    assertThat(coverage.lines()).extracting(l -> l.unit().code()).contains(p + ".X", p + ".QS");
    assertThat(coverage.targets().get(0).achieved()).as("P.X met on 15 October").isEqualTo(1);
    assertThat(coverage.targets().get(0).of()).isEqualTo(3);
  }

  @Test
  void the2026TreeCountsTheModelsOfCommunesThatNoLongerExist() {
    var s = acting.as(leader, () -> summaries.of(2026, p));

    assertThat(s.registered()).as("m1 continued, m3 new").isEqualTo(new Registered(2, 1, 1, 2, 0));
    assertThat(s.byUnit()).extracting(ByUnit::registered).containsExactly(0, 0, 2);
  }

  @Test
  void theSuccessorsReadersReadThePredecessorsYearsAndNoOneElseDoes() {
    assertThat(acting.as(leader, () -> summaries.of(2023, q)).unit().code()).isEqualTo(q);
    assertThat(acting.as(leader, () -> summaries.of(2025, q + ".D.X1")).registered().total())
        .isEqualTo(1);
    var other = TestUnits.code("RO");
    units.createAll(
        List.of(ReformedProvinces.unit(other, "Tỉnh Khác", UnitKind.PROVINCE, null)), "test");
    var outsider = "leader." + other.toLowerCase();
    accounts.createAll(
        List.of(new NewUserAccount(outsider, "Người ngoài", null, Role.LEADER, other, "demo")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> acting.as(outsider, () -> summaries.of(2025, q)))
        .isInstanceOf(NotFoundException.class);
  }
}

package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.ModelBulkLoader.BulkRegistration;
import vn.dvk.models.Models;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.recognition.RecognitionBulkLoader.HeldRound;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.YearlySummary.Registered;
import vn.dvk.reporting.YearlySummary.Structure;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.RestructureChange.Action;
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

  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

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

  String n;
  String p;
  String q;
  String admin;
  String leader;
  YearlySummary p2024BeforeTheReform;
  YearlySummary q2024BeforeTheReform;
  final Map<String, Long> m = new HashMap<>();

  @BeforeAll
  void twoProvincesMergeUnderTheNation() {
    n = TestUnits.code("RN");
    p = TestUnits.code("RP");
    q = TestUnits.code("RQ");
    units.createAll(
        List.of(
            unit(n, "Nước Thử", UnitKind.NATION, null),
            unit(p, "Tỉnh Phía", UnitKind.PROVINCE, null),
            unit(p + ".D", "Huyện Đông", UnitKind.DISTRICT, p),
            unit(p + ".D.X1", "Xã Đông Một", UnitKind.COMMUNE, p + ".D"),
            unit(p + ".D.X2", "Xã Đông Hai", UnitKind.COMMUNE, p + ".D"),
            unit(p + ".QS", "Đảng bộ Quân sự tỉnh", UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE, p),
            unit(q, "Tỉnh Quê", UnitKind.PROVINCE, null),
            unit(q + ".D", "Huyện Quê", UnitKind.DISTRICT, q),
            unit(q + ".D.X1", "Xã Quê Một", UnitKind.COMMUNE, q + ".D")),
        "test");
    admin = "national." + n.toLowerCase();
    leader = "leader." + p.toLowerCase();
    accounts.createAll(
        List.of(
            new NewUserAccount(admin, "Quản trị", null, Role.ADMINISTRATOR, n, "demo"),
            new NewUserAccount(leader, "Lãnh đạo", null, Role.LEADER, p, "demo")));
    registerModels();
    transaction.executeWithoutResult(
        status ->
            rounds.load(
                round(p + ".D", Level.DISTRICT, 2024, proposal("m1", p + ".D", null)), "test"));
    p2024BeforeTheReform = acting.as(leader, () -> summaries.of(2024, p));
    q2024BeforeTheReform = acting.as(admin, () -> summaries.of(2024, q));
    acting.run(admin, this::applyTheReform);
    transaction.executeWithoutResult(status -> holdRoundsOf2025());
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
    assertThat(under.units()).isEqualTo(2);
    assertThat(under.unitsThatConsidered()).isEqualTo(1);
    assertThat(under.unitsThatProposed()).isEqualTo(1);
    assertThat(s.byUnit())
        .containsExactly(
            new ByUnit(new UnitRef(p + ".QS", "Đảng bộ Quân sự tỉnh"), 0, 0, 0),
            new ByUnit(new UnitRef(p + ".X", "Xã Hợp Nhất"), 2, 1, 1));
    assertThat(s.provinceLevel().recognized().total()).isEqualTo(1);
  }

  @Test
  void theNarrativeNamesTheUnitsDirectlyUnderTheProvinceAfterTheReformInEveryLanguage() {
    var after = acting.as(leader, () -> summaries.of(2025, p));
    var before = acting.as(leader, () -> summaries.of(2024, p));

    assertThat(narrative.write(after, Locale.forLanguageTag("vi")))
        .contains("ở cấp xã và các đơn vị trực thuộc", "1/2 đơn vị trực thuộc tỉnh");
    assertThat(narrative.write(after, Locale.ENGLISH))
        .contains("1 of the 2 units directly under the province");
    assertThat(narrative.write(after, Locale.forLanguageTag("he")))
        .contains("היחידות הכפופות ישירות למחוז");
    assertThat(narrative.write(before, Locale.ENGLISH))
        .contains("district-level units")
        .doesNotContain("directly under the province");
  }

  @Test
  void the2026TreeCountsTheModelsOfCommunesThatNoLongerExist() {
    var s = acting.as(leader, () -> summaries.of(2026, p));

    assertThat(s.registered()).as("m1 continued, m3 new").isEqualTo(new Registered(2, 1, 1, 2, 0));
    assertThat(s.byUnit()).extracting(ByUnit::registered).containsExactly(0, 2);
  }

  @Test
  void theSuccessorsReadersReadThePredecessorsYearsAndNoOneElseDoes() {
    assertThat(acting.as(leader, () -> summaries.of(2023, q)).unit().code()).isEqualTo(q);
    assertThat(acting.as(leader, () -> summaries.of(2025, q + ".D.X1")).registered().total())
        .isEqualTo(1);
    var other = TestUnits.code("RO");
    units.createAll(List.of(unit(other, "Tỉnh Khác", UnitKind.PROVINCE, null)), "test");
    var outsider = "leader." + other.toLowerCase();
    accounts.createAll(
        List.of(new NewUserAccount(outsider, "Người ngoài", null, Role.LEADER, other, "demo")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> acting.as(outsider, () -> summaries.of(2025, q)))
        .isInstanceOf(NotFoundException.class);
  }

  private void applyTheReform() {
    var x = p + ".X";
    var changes =
        List.of(
            change(Action.CREATE, x, "Xã Hợp Nhất", UnitKind.COMMUNE, p, null),
            change(Action.MERGE, p + ".D.X1", null, null, null, x),
            change(Action.MERGE, p + ".D.X2", null, null, null, x),
            change(Action.MERGE, q + ".D.X1", null, null, null, x),
            change(Action.DISSOLVE, p + ".D", null, null, null, x),
            change(Action.DISSOLVE, q + ".D", null, null, null, x),
            change(Action.MERGE, q, null, null, null, p),
            change(Action.MOVE, p, null, null, n, null));
    var plan = restructures.submit(REFORM, "Sắp xếp đơn vị hành chính", changes);
    try {
      restructures.apply(plan.id());
    } catch (vn.dvk.shared.InvalidInputException e) {
      throw new AssertionError(e.violations().toString(), e);
    }
  }

  private void holdRoundsOf2025() {
    var byCommune =
        rounds.load(
            round(p + ".X", Level.GRASSROOTS, 2025, proposal("m1", p + ".X", null)), "test");
    rounds.load(
        round(p, Level.PROVINCE, 2025, proposal("m1", p + ".X", byCommune.get(m.get("m1")))),
        "test");
  }

  private void registerModels() {
    var batch =
        List.of(
            new BulkModel(
                Models.collective("m1", p + ".D.X1"),
                "test",
                Instant.parse("2024-02-01T00:00:00Z"),
                List.of(
                    registration(2024, RegistrationKind.NEW),
                    registration(2025, RegistrationKind.CONTINUED),
                    registration(2026, RegistrationKind.CONTINUED)),
                List.of()),
            new BulkModel(
                Models.individual("m2", q + ".D.X1"),
                "test",
                Instant.parse("2024-02-01T00:00:00Z"),
                List.of(
                    registration(2024, RegistrationKind.NEW),
                    registration(2025, RegistrationKind.CONTINUED)),
                List.of()),
            new BulkModel(
                Models.collective("m3", p + ".X"),
                "test",
                Instant.parse("2026-02-01T00:00:00Z"),
                List.of(registration(2026, RegistrationKind.NEW)),
                List.of()));
    transaction.executeWithoutResult(status -> models.load(batch.iterator(), loaded -> {}));
    jdbc.sql("select id, title from models_model where unit_code like :p or unit_code like :q")
        .param("p", p + ".%")
        .param("q", q + ".%")
        .query(
            rs -> {
              m.put(rs.getString("title"), rs.getLong("id"));
            });
  }

  private HeldProposal proposal(String model, String proposer, Long basis) {
    var owner = "m2".equals(model) ? OwnerKind.INDIVIDUAL : OwnerKind.COLLECTIVE;
    return new HeldProposal(m.get(model), owner, proposer, basis, true, null, false);
  }

  private static HeldRound round(String unit, Level level, int year, HeldProposal proposal) {
    return YearlySummaryRecountTests.round(unit, level, year, List.of(proposal));
  }

  private static BulkRegistration registration(int year, RegistrationKind kind) {
    return new BulkRegistration(
        year,
        kind,
        RegistrationState.REGISTERED,
        "test",
        "test",
        Instant.parse(year + "-03-01T00:00:00Z"));
  }

  private static RestructureChange change(
      Action action, String code, String name, UnitKind kind, String parent, String successor) {
    return new RestructureChange(0, action, code, name, null, kind, null, parent, successor, null);
  }

  private static NewUnit unit(String code, String name, UnitKind kind, String parent) {
    return new NewUnit(code, name, null, kind, kind.defaultLevel(), parent, START);
  }
}

package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.dvk.models.ModelDetails;
import vn.dvk.models.Models;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.replication.ReplicationBulkLoader;
import vn.dvk.replication.ReplicationBulkLoader.Learned;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.YearlySummary.Registered;
import vn.dvk.reporting.YearlySummary.ReplicatedModel;
import vn.dvk.reporting.YearlySummary.Split;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.YearlySummary.UnitReplications;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * A small province of its own, with a handful of registrations, rounds and copies whose every
 * figure is counted here by hand: the summary must give exactly those.
 *
 * <pre>
 * province P, its Front P.MT (province level, never counted)
 *   Thị xã Cát (town)     C, commune C.X
 *   Huyện An (district)   A, commune A.X
 *   Huyện Bình (district) B
 * models, 2023 registration:
 *   m1 A.X  collective NEW       REGISTERED   A recognizes, proposes; P recognizes, outstanding
 *   m2 A.X  individual CONTINUED IN_PROGRESS  A recognizes, proposes; P does not
 *   m3 A    collective NEW       SUBMITTED    copy of m1, not approved: no copy counted
 *   m4 C.X  collective NEW       IN_PROGRESS  C's council does not recognize it
 *   m5 C    individual NEW       WITHDRAWN
 *   m6 P.MT collective NEW       REGISTERED   (province level)
 *   m7 P    collective NEW       REGISTERED   (province level)
 *   m8 C.X  collective NEW       REGISTERED   copy of m1, learned 2023
 *   m9 B    collective CONTINUED REGISTERED   copy of m1, learned 2022 (its first year)
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearlySummaryByHandTests {

  static final int YEAR = 2023;
  static final LocalDate START = LocalDate.of(2020, 1, 1);

  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired ModelBulkLoader models;
  @Autowired RecognitionBulkLoader rounds;
  @Autowired ReplicationBulkLoader replications;
  @Autowired TransactionTemplate transaction;
  @Autowired YearlySummaries summaries;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;

  String p;
  String reader;
  final List<Long> m = new ArrayList<>();

  /** Built once: the tests only read it. */
  @BeforeAll
  void aSmallProvince() {
    p = TestUnits.code("HP");
    units.createAll(
        List.of(
            unit(p, "Tỉnh Tay", UnitKind.PROVINCE, null, null),
            unit(p + ".MT", "Mặt trận Tay", UnitKind.FRONT_OR_ORGANIZATION, Level.PROVINCE, p),
            unit(p + ".C", "Thị xã Cát", UnitKind.TOWN, null, p),
            unit(p + ".C.X", "Xã Cát Một", UnitKind.COMMUNE, null, p + ".C"),
            unit(p + ".A", "Huyện An", UnitKind.DISTRICT, null, p),
            unit(p + ".A.X", "Xã An Một", UnitKind.COMMUNE, null, p + ".A"),
            unit(p + ".B", "Huyện Bình", UnitKind.DISTRICT, null, p)),
        "test");
    reader = "leader." + p.toLowerCase();
    accounts.createAll(
        List.of(new NewUserAccount(reader, "Lãnh đạo", null, Role.LEADER, p, "demo")));
    registerModels();
    holdRounds();
    replications.load(
        List.of(new Learned(m(3), m(1)), new Learned(m(8), m(1)), new Learned(m(9), m(1))), "test");
  }

  @Test
  void everyFigureOfTheProvincesSummaryIsTheOneCountedByHand() {
    var s = acting.as(reader, () -> summaries.of(YEAR, p));

    assertThat(s.registered()).as("m1 m2 m4 m8 m9").isEqualTo(new Registered(5, 3, 2, 4, 1));
    assertThat(s.districtLevel().units()).isEqualTo(3);
    assertThat(s.districtLevel().unitsThatConsidered()).as("A and C").isEqualTo(2);
    assertThat(s.districtLevel().unitsNotConsidered()).containsExactly(ref(".B", "Huyện Bình"));
    assertThat(s.districtLevel().recognized()).as("m1 m2 by A").isEqualTo(new Split(2, 1, 1));
    assertThat(s.proposalsToProvince().unitsThatProposed()).isEqualTo(1);
    assertThat(s.proposalsToProvince().unitsThatDidNotPropose())
        .containsExactly(ref(".C", "Thị xã Cát"), ref(".B", "Huyện Bình"));
    assertThat(s.proposalsToProvince().proposed()).isEqualTo(new Split(2, 1, 1));
    assertThat(s.provinceLevel().recognized()).isEqualTo(new Split(1, 1, 0));
    assertThat(s.byUnit())
        .as("the town first, then the districts by name")
        .containsExactly(
            new ByUnit(ref(".C", "Thị xã Cát"), 2, 0, 0),
            new ByUnit(ref(".A", "Huyện An"), 2, 2, 2),
            new ByUnit(ref(".B", "Huyện Bình"), 1, 0, 0));
    assertThat(s.outstandingModels())
        .extracting(YearlySummary.OutstandingModel::id, o -> o.unit().name())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(m(1), "Xã An Một"));
  }

  @Test
  void eachLoadedModelHasItsLineInTheAuditLog() {
    var logged =
        jdbc.sql(
                "select count(*) from audit_event where action = 'MODEL_IMPORTED'"
                    + " and (unit_code = :p or unit_code like :below)")
            .param("p", p)
            .param("below", p + ".%")
            .query(Long.class)
            .single();

    assertThat(logged).isEqualTo(9);
  }

  @Test
  void onlyTheCopyApprovedInTheYearItWasLearnedCounts() {
    var copies = acting.as(reader, () -> summaries.of(YEAR, p)).replications();

    assertThat(copies.total()).as("m8; not m3 (submitted), not m9 (learned 2022)").isEqualTo(1);
    assertThat(copies.sources()).isEqualTo(1);
    assertThat(copies.learningUnits()).isEqualTo(1);
    assertThat(copies.byModel())
        .containsExactly(new ReplicatedModel(m(1), "Mô hình 1", ref(".A.X", "Xã An Một"), 1));
    assertThat(copies.byUnit()).containsExactly(new UnitReplications(ref(".C", "Thị xã Cát"), 1));
    assertThat(acting.as(reader, () -> summaries.of(2022, p)).replications().total())
        .as("m9, approved in 2022")
        .isEqualTo(1);
  }

  @Test
  void aDistrictsSummaryCountsItsOwnSubtreeAgainstTheProvince() {
    var s = acting.as(reader, () -> summaries.of(YEAR, p + ".A"));

    assertThat(s.registered()).isEqualTo(new Registered(2, 1, 1, 1, 1));
    assertThat(s.districtLevel().units()).isEqualTo(1);
    assertThat(s.byUnit()).containsExactly(new ByUnit(ref(".A", "Huyện An"), 2, 2, 2));
    assertThat(s.provinceLevel().recognized()).isEqualTo(new Split(1, 1, 0));
    assertThat(s.replications().total()).as("the copy lies in Cát").isZero();
  }

  private void registerModels() {
    var batch =
        List.of(
            model(Models.collective("Mô hình 1", p + ".A.X"), state(RegistrationState.REGISTERED)),
            model(
                Models.individual("Mô hình 2", p + ".A.X"),
                approvedIn2022(),
                continued(RegistrationState.IN_PROGRESS)),
            model(Models.collective("Mô hình 3", p + ".A"), state(RegistrationState.SUBMITTED)),
            model(Models.collective("Mô hình 4", p + ".C.X"), state(RegistrationState.IN_PROGRESS)),
            model(Models.individual("Mô hình 5", p + ".C"), state(RegistrationState.WITHDRAWN)),
            model(Models.collective("Mô hình 6", p + ".MT"), state(RegistrationState.REGISTERED)),
            model(Models.collective("Mô hình 7", p), state(RegistrationState.REGISTERED)),
            model(Models.collective("Mô hình 8", p + ".C.X"), state(RegistrationState.REGISTERED)),
            model(
                Models.collective("Mô hình 9", p + ".B"),
                approvedIn2022(),
                continued(RegistrationState.REGISTERED)));
    transaction.executeWithoutResult(status -> models.load(batch.iterator(), n -> {}));
    var ids = new java.util.HashMap<String, Long>();
    jdbc.sql("select id, title from models_model where unit_code = :p or unit_code like :below")
        .param("p", p)
        .param("below", p + ".%")
        .query(
            rs -> {
              ids.put(rs.getString("title"), rs.getLong("id"));
            });
    for (int i = 1; i <= 9; i++) {
      m.add(ids.get("Mô hình " + i));
    }
  }

  private void holdRounds() {
    transaction.executeWithoutResult(
        status -> {
          var byA =
              rounds.load(
                  YearlySummaryRecountTests.round(
                      p + ".A",
                      Level.DISTRICT,
                      List.of(
                          proposal(1, OwnerKind.COLLECTIVE, p + ".A", null, true, false),
                          proposal(2, OwnerKind.INDIVIDUAL, p + ".A", null, true, false))),
                  "test");
          rounds.load(
              YearlySummaryRecountTests.round(
                  p + ".C",
                  Level.DISTRICT,
                  List.of(proposal(4, OwnerKind.COLLECTIVE, p + ".C", null, false, false))),
              "test");
          rounds.load(
              YearlySummaryRecountTests.round(
                  p,
                  Level.PROVINCE,
                  List.of(
                      proposal(1, OwnerKind.COLLECTIVE, p + ".A", byA.get(m(1)), true, true),
                      proposal(2, OwnerKind.INDIVIDUAL, p + ".A", byA.get(m(2)), false, false))),
              "test");
        });
  }

  private long m(int number) {
    return m.get(number - 1);
  }

  private UnitRef ref(String suffix, String name) {
    return new UnitRef(p + suffix, name);
  }

  private static NewUnit unit(String code, String name, UnitKind kind, Level level, String parent) {
    return new NewUnit(code, name, null, kind, level, parent, START);
  }

  private static BulkModel model(ModelDetails details, BulkRegistration... registrations) {
    return new BulkModel(
        details, "test", Instant.parse("2022-02-01T00:00:00Z"), List.of(registrations), List.of());
  }

  private static BulkRegistration state(RegistrationState state) {
    return new BulkRegistration(
        YEAR, RegistrationKind.NEW, state, "test", "test", Instant.parse("2023-03-01T00:00:00Z"));
  }

  private static BulkRegistration continued(RegistrationState state) {
    return new BulkRegistration(
        YEAR,
        RegistrationKind.CONTINUED,
        state,
        "test",
        "test",
        Instant.parse("2023-03-01T00:00:00Z"));
  }

  private static BulkRegistration approvedIn2022() {
    return new BulkRegistration(
        2022,
        RegistrationKind.NEW,
        RegistrationState.REGISTERED,
        "test",
        "test",
        Instant.parse("2022-03-01T00:00:00Z"));
  }

  private HeldProposal proposal(
      int model,
      OwnerKind owner,
      String proposer,
      Long basis,
      boolean recognized,
      boolean outstanding) {
    return new HeldProposal(
        m(model), owner, proposer, basis, recognized, recognized ? null : "Chưa đạt", outstanding);
  }
}

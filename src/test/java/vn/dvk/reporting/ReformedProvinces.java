package vn.dvk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.dvk.support.Acting;
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
 * the first, under a nation. The reports and lists read it; every figure is counted by hand in
 * their tests.
 *
 * <pre>
 * nation N
 * province P: district P.D (communes P.D.X1, P.D.X2, P.D.X3), party committee P.QS;
 * province Q: Q.D, Q.D.X1
 * 2025-07-01: P.X (commune under P) absorbs P.D.X1, P.D.X2, Q.D.X1, P.D and Q.D; P.Y absorbs
 *   P.D.X3; Q into P; P under N
 * models:
 *   m1 P.D.X1 collective  NEW 2024, CONTINUED 2025 (March), CONTINUED 2026
 *   m2 Q.D.X1 individual  NEW 2024, CONTINUED 2025 (March)
 *   m3 P.X    collective  NEW 2026
 *   m4 P.D.X3 collective  NEW 2023
 * 2024: P.D recognizes m1 at district level
 * 2025: P.X recognizes m1 at commune level and proposes it; P recognizes it
 * </pre>
 */
final class ReformedProvinces {

  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private final Units units;
  private final UserAccounts accounts;
  private final ModelBulkLoader models;
  private final RecognitionBulkLoader rounds;
  private final Restructures restructures;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;

  final String n = TestUnits.code("RN");
  final String p = TestUnits.code("RP");
  final String q = TestUnits.code("RQ");
  final String admin = "national." + n.toLowerCase();
  final String leader = "leader." + p.toLowerCase();
  final Map<String, Long> m = new HashMap<>();

  ReformedProvinces(
      Units units,
      UserAccounts accounts,
      ModelBulkLoader models,
      RecognitionBulkLoader rounds,
      Restructures restructures,
      TransactionTemplate transaction,
      JdbcClient jdbc) {
    this.units = units;
    this.accounts = accounts;
    this.models = models;
    this.rounds = rounds;
    this.restructures = restructures;
    this.transaction = transaction;
    this.jdbc = jdbc;
  }

  /** The two provinces, their users and their years up to the reform. */
  void history() {
    units.createAll(
        List.of(
            unit(n, "Nước Thử", UnitKind.NATION, null),
            unit(p, "Tỉnh Phía", UnitKind.PROVINCE, null),
            unit(p + ".D", "Huyện Đông", UnitKind.DISTRICT, p),
            unit(p + ".D.X1", "Xã Đông Một", UnitKind.COMMUNE, p + ".D"),
            unit(p + ".D.X2", "Xã Đông Hai", UnitKind.COMMUNE, p + ".D"),
            unit(p + ".D.X3", "Xã Đông Ba", UnitKind.COMMUNE, p + ".D"),
            unit(p + ".QS", "Đảng bộ Quân sự tỉnh", UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE, p),
            unit(q, "Tỉnh Quê", UnitKind.PROVINCE, null),
            unit(q + ".D", "Huyện Quê", UnitKind.DISTRICT, q),
            unit(q + ".D.X1", "Xã Quê Một", UnitKind.COMMUNE, q + ".D")),
        "test");
    accounts.createAll(
        List.of(
            new NewUserAccount(admin, "Quản trị", null, Role.ADMINISTRATOR, n, "demo"),
            new NewUserAccount(leader, "Lãnh đạo", null, Role.LEADER, p, "demo")));
    registerModels();
    transaction.executeWithoutResult(
        status ->
            rounds.load(
                round(p + ".D", Level.DISTRICT, 2024, proposal("m1", p + ".D", null)), "test"));
  }

  /**
   * The reform, applied by the national administrator ({@code acting} signs them in), then an
   * officer at each of the two new communes.
   */
  void reform(Acting acting) {
    acting.run(admin, this::applyTheReform);
    transaction.executeWithoutResult(status -> holdRoundsOf2025());
    accounts.createAll(
        List.of(
            new NewUserAccount(officer("X"), "Cán bộ", null, Role.OFFICER, p + ".X", "demo"),
            new NewUserAccount(officer("Y"), "Cán bộ", null, Role.OFFICER, p + ".Y", "demo")));
  }

  /** The username of the officer at the new commune {@code P.<commune>}. */
  String officer(String commune) {
    return "officer." + commune.toLowerCase() + "." + p.toLowerCase();
  }

  private void applyTheReform() {
    var x = p + ".X";
    var changes =
        List.of(
            change(Action.CREATE, x, "Xã Hợp Nhất", UnitKind.COMMUNE, p, null),
            change(Action.MERGE, p + ".D.X1", null, null, null, x),
            change(Action.MERGE, p + ".D.X2", null, null, null, x),
            change(Action.MERGE, q + ".D.X1", null, null, null, x),
            change(Action.CREATE, p + ".Y", "Xã Ba Làng", UnitKind.COMMUNE, p, null),
            change(Action.MERGE, p + ".D.X3", null, null, null, p + ".Y"),
            change(Action.DISSOLVE, p + ".D", null, null, null, x),
            change(Action.DISSOLVE, q + ".D", null, null, null, x),
            change(Action.MERGE, q, null, null, null, p),
            change(Action.MOVE, p, null, null, n, null));
    var plan = restructures.submit(REFORM, "Sắp xếp đơn vị hành chính", changes);
    restructures.apply(plan.id());
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
                List.of()),
            new BulkModel(
                Models.collective("m4", p + ".D.X3"),
                "test",
                Instant.parse("2023-02-01T00:00:00Z"),
                List.of(registration(2023, RegistrationKind.NEW)),
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

  static NewUnit unit(String code, String name, UnitKind kind, String parent) {
    return new NewUnit(code, name, null, kind, kind.defaultLevel(), parent, START);
  }
}

package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.ModelBulkLoader.BulkRegistration;
import vn.dvk.models.ModelSummary;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.recognition.RecognitionBulkLoader.HeldRound;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * The report never disagrees with its own data: for random provinces, every figure of the yearly
 * summary is recounted with a separate, deliberately simple query over the raw tables, the tree
 * taken from what the generator built rather than from the units module.
 */
@IntegrationTest
class YearlySummaryRecountTests {

  static final int YEAR = 2023;
  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final RegistrationState[] STATES = RegistrationState.values();

  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired ModelBulkLoader models;
  @Autowired RecognitionBulkLoader rounds;
  @Autowired TransactionTemplate transaction;
  @Autowired YearlySummaries summaries;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;

  /** What the generator built: the province, its district-level units and who is under each. */
  record Province(
      String code, List<String> districts, Map<String, List<String>> below, String front) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21})
  void everyFigureOfTheSummaryEqualsARecountOverTheRawTables(long seed) {
    var province = randomProvince(seed);
    var reader = reader(province);

    var summary = acting.as(reader, () -> summaries.of(YEAR, province.code()));

    var registering = new ArrayList<String>();
    province
        .districts()
        .forEach(
            d -> {
              registering.add(d);
              registering.addAll(province.below().get(d));
            });
    assertThat(summary.registered().total()).isEqualTo(count(registrations(registering, "")));
    assertThat(summary.registered().fresh())
        .isEqualTo(count(registrations(registering, "and r.kind = 'NEW'")));
    assertThat(summary.registered().continued())
        .isEqualTo(count(registrations(registering, "and r.kind = 'CONTINUED'")));
    assertThat(summary.registered().individual())
        .isEqualTo(count(registrations(registering, "and m.owner_kind = 'INDIVIDUAL'")));
    assertThat(summary.registered().collective())
        .isEqualTo(count(registrations(registering, "and m.owner_kind = 'COLLECTIVE'")));
    assertThat(summary.districtLevel().units()).isEqualTo(province.districts().size());
    var considered = 0;
    var recognized = 0;
    var proposingUnits = 0;
    for (var district : province.districts()) {
      var held =
          count(
              "select count(*) from recognition_round where round_year = "
                  + YEAR
                  + " and level = 'DISTRICT' and state <> 'OPEN' and unit_code = '"
                  + district
                  + "'");
      considered += held > 0 ? 1 : 0;
      var own =
          count(
              "select count(distinct model_id) from recognition_recognition where recognition_year = "
                  + YEAR
                  + " and level = 'DISTRICT' and unit_code = '"
                  + district
                  + "'");
      recognized += own;
      var proposed =
          count(
              "select count(distinct p.model_id) from recognition_proposal p, recognition_round r"
                  + " where p.round_id = r.id and r.unit_code = '"
                  + province.code()
                  + "' and r.round_year = "
                  + YEAR
                  + " and p.state not in ('WITHDRAWN', 'RETURNED') and p.proposing_unit_code = '"
                  + district
                  + "'");
      proposingUnits += proposed > 0 ? 1 : 0;
      var unitsOfDistrict = new ArrayList<String>(province.below().get(district));
      unitsOfDistrict.add(district);
      var line =
          summary.byUnit().stream()
              .filter(b -> b.unit().code().equals(district))
              .findFirst()
              .orElseThrow();
      assertThat(line.registered())
          .as(district)
          .isEqualTo(count(registrations(unitsOfDistrict, "")));
      assertThat(line.recognized()).as(district).isEqualTo(own);
      assertThat(line.proposed()).as(district).isEqualTo(proposed);
    }
    assertThat(summary.registered().total()).as("the data set is not empty").isPositive();
    assertThat(considered).as("some district considered").isPositive();
    assertThat(summary.districtLevel().unitsThatConsidered()).isEqualTo(considered);
    assertThat(summary.districtLevel().unitsNotConsidered())
        .hasSize(province.districts().size() - considered);
    assertThat(summary.districtLevel().recognized().total()).isEqualTo(recognized);
    assertThat(summary.proposalsToProvince().unitsThatProposed()).isEqualTo(proposingUnits);
    assertThat(summary.proposalsToProvince().proposed().total())
        .isEqualTo(
            count(
                "select count(*) from recognition_proposal p, recognition_round r where p.round_id = r.id"
                    + " and r.unit_code = '"
                    + province.code()
                    + "' and r.round_year = "
                    + YEAR
                    + " and p.state not in ('WITHDRAWN', 'RETURNED')"));
    assertThat(summary.provinceLevel().recognized().total())
        .isEqualTo(
            count(
                "select count(distinct model_id) from recognition_recognition where recognition_year = "
                    + YEAR
                    + " and level = 'PROVINCE' and unit_code = '"
                    + province.code()
                    + "'"));
    assertThat(summary.outstandingModels())
        .hasSize(
            count(
                "select count(distinct model_id) from recognition_recognition where recognition_year = "
                    + YEAR
                    + " and unit_code = '"
                    + province.code()
                    + "' and outstanding = true"));
  }

  @org.junit.jupiter.api.Test
  void mergingAndRenamingUnitsIn2025ChangesNothingIn2023sSummary() {
    var province = randomProvince(34);
    var reader = reader(province);
    var before = acting.as(reader, () -> summaries.of(YEAR, province.code()));
    var districts = province.districts();

    units.rename(districts.get(0), "Thị xã Đổi Tên", null, LocalDate.of(2025, 7, 1), "test");
    units.merge(List.of(districts.get(1)), districts.get(2), LocalDate.of(2025, 7, 1), "test");
    units.rename(province.code(), "Tỉnh Sau Sáp Nhập", null, LocalDate.of(2025, 7, 1), "test");

    var after = acting.as(reader, () -> summaries.of(YEAR, province.code()));
    assertThat(after).isEqualTo(before);
    assertThat(acting.as(reader, () -> summaries.of(2025, province.code())).byUnit())
        .as("the 2025 tree has one district-level unit fewer")
        .hasSize(districts.size() - 1);
  }

  /** A province built, registered and recognized at random from the seed. */
  private Province randomProvince(long seed) {
    var random = new Random(seed);
    var province = buildProvince(random);
    holdRounds(random, province, registerModels(random, province));
    return province;
  }

  /** A leader of the province, who reads its reports. */
  private String reader(Province province) {
    var reader = "leader." + province.code().toLowerCase();
    accounts
        .createAll(
            List.of(
                new NewUserAccount(
                    reader, "Lãnh đạo thử", null, Role.LEADER, province.code(), "demo")))
        .get(0);
    return reader;
  }

  private Province buildProvince(Random random) {
    var code = TestUnits.code("RP");
    var batch = new ArrayList<NewUnit>();
    batch.add(
        new NewUnit(code, "Tỉnh Ngẫu Nhiên " + code, null, UnitKind.PROVINCE, null, null, START));
    var districts = new ArrayList<String>();
    var below = new HashMap<String, List<String>>();
    var kinds =
        new UnitKind[] {UnitKind.DISTRICT, UnitKind.TOWN, UnitKind.PARTY_COMMITTEE_UNDER_PROVINCE};
    var count = 3 + random.nextInt(4);
    for (int d = 1; d <= count; d++) {
      var district = code + ".D" + d;
      batch.add(
          new NewUnit(
              district,
              "Huyện " + d + " " + code,
              null,
              kinds[random.nextInt(kinds.length)],
              null,
              code,
              START));
      districts.add(district);
      var communes = new ArrayList<String>();
      for (int c = 1; c <= 1 + random.nextInt(4); c++) {
        var commune = district + ".C" + c;
        batch.add(
            new NewUnit(
                commune,
                "Xã " + c + " " + district,
                null,
                UnitKind.COMMUNE,
                null,
                district,
                START));
        communes.add(commune);
      }
      below.put(district, communes);
    }
    var front = code + ".MT";
    batch.add(
        new NewUnit(
            front,
            "Mặt trận " + code,
            null,
            UnitKind.FRONT_OR_ORGANIZATION,
            Level.PROVINCE,
            code,
            START));
    units.createAll(batch, "test");
    return new Province(code, districts, below, front);
  }

  /**
   * Models of every unit, the province's own and its Front's too, with 2022 and 2023 registrations
   * in every state.
   */
  private Map<String, List<ModelSummary>> registerModels(Random random, Province province) {
    var owners = new ArrayList<String>();
    owners.add(province.code());
    owners.add(province.front());
    province
        .districts()
        .forEach(
            d -> {
              owners.add(d);
              owners.addAll(province.below().get(d));
            });
    var batch = new ArrayList<BulkModel>();
    for (int i = 0; i < 40 + random.nextInt(40); i++) {
      var owner = owners.get(random.nextInt(owners.size()));
      var title = "Mô hình ngẫu nhiên " + province.code() + " số " + i;
      var details =
          random.nextInt(5) == 0
              ? Models.individual(title, owner)
              : Models.collective(title, owner);
      var registrations = new ArrayList<BulkRegistration>();
      var continued = random.nextBoolean();
      if (continued) {
        registrations.add(registration(2022, RegistrationKind.NEW, RegistrationState.IN_PROGRESS));
      }
      if (random.nextInt(6) > 0) {
        registrations.add(
            registration(
                YEAR,
                continued ? RegistrationKind.CONTINUED : RegistrationKind.NEW,
                STATES[random.nextInt(STATES.length)]));
      }
      if (registrations.isEmpty()) {
        registrations.add(registration(2022, RegistrationKind.NEW, RegistrationState.WITHDRAWN));
      }
      batch.add(
          new BulkModel(
              details, "test", Instant.parse("2023-02-01T00:00:00Z"), registrations, List.of()));
    }
    transaction.executeWithoutResult(status -> models.load(batch.iterator(), n -> {}));
    var byDistrict = new HashMap<String, List<ModelSummary>>();
    for (var model : models.registeredIn(YEAR)) {
      for (var district : province.districts()) {
        if (model.unitCode().equals(district)
            || province.below().get(district).contains(model.unitCode())) {
          byDistrict.computeIfAbsent(district, k -> new ArrayList<>()).add(model);
        }
      }
    }
    return byDistrict;
  }

  /**
   * Some districts consider (some recognizing none), some propose to the province, which decides.
   */
  private void holdRounds(
      Random random, Province province, Map<String, List<ModelSummary>> registered) {
    transaction.executeWithoutResult(
        status -> {
          var toProvince = new ArrayList<HeldProposal>();
          for (var district : province.districts()) {
            if (random.nextInt(4) == 0) {
              continue;
            }
            var proposals = new ArrayList<HeldProposal>();
            for (var model : registered.getOrDefault(district, List.of())) {
              if (random.nextBoolean()) {
                proposals.add(
                    new HeldProposal(
                        model.id(),
                        model.ownerKind(),
                        district,
                        null,
                        random.nextInt(3) > 0,
                        "Chưa đạt"));
              }
            }
            var made = rounds.load(round(district, Level.DISTRICT, proposals), "test");
            made.forEach(
                (modelId, recognitionId) -> {
                  if (random.nextBoolean()) {
                    var owner =
                        proposals.stream()
                            .filter(p -> p.modelId() == modelId)
                            .findFirst()
                            .orElseThrow();
                    var recognizedThere = random.nextBoolean();
                    toProvince.add(
                        new HeldProposal(
                            modelId,
                            owner.ownerKind(),
                            district,
                            recognitionId,
                            recognizedThere,
                            recognizedThere ? null : "Chưa lan tỏa",
                            recognizedThere && random.nextBoolean()));
                  }
                });
          }
          if (!toProvince.isEmpty()) {
            rounds.load(round(province.code(), Level.PROVINCE, toProvince), "test");
          }
        });
  }

  /** A round of the year held and decided at once, with its proposals as they ended. */
  static HeldRound round(String unit, Level level, List<HeldProposal> proposals) {
    return round(unit, level, YEAR, proposals);
  }

  /** A round of the year held from paper: its council met on 15 October, decided on the 20th. */
  static HeldRound round(String unit, Level level, int year, List<HeldProposal> proposals) {
    return new HeldRound(
        unit,
        level,
        year,
        "Xét " + unit,
        LocalDate.of(year, 9, 30),
        LocalDate.of(year, 10, 15),
        null,
        List.of(),
        LocalDate.of(year, 10, 20),
        "Người ký",
        "Trưởng ban",
        proposals);
  }

  private static BulkRegistration registration(
      int year, RegistrationKind kind, RegistrationState state) {
    return new BulkRegistration(
        year, kind, state, "test", "test", Instant.parse(year + "-03-01T00:00:00Z"));
  }

  private static String registrations(List<String> units, String and) {
    return "select count(*) from models_registration r, models_model m where r.model_id = m.id"
        + " and r.registration_year = "
        + YEAR
        + " and r.state in ('REGISTERED', 'IN_PROGRESS')"
        + " and m.unit_code in ('"
        + String.join("', '", units)
        + "') "
        + and;
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }
}

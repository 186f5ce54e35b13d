package vn.dvk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.ModelBulkLoader.BulkRegistration;
import vn.dvk.models.ModelBulkLoader.BulkReport;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;

/**
 * The demo's models, 2021–2024, registered by the communes, agencies and district-level units of an
 * old province ({@link DemoProvince}), Bình Thuận first: new each year and continued from the year
 * before, approved by their superior unit, with progress reports. In 2023 exactly 746 are
 * registered, the five outstanding models of the brief among them; in 2024 some still wait for a
 * decision, were returned or withdrawn.
 */
final class DemoModels {

  /** The five models the brief names as outstanding in 2023, with their owners. */
  static final List<Outstanding> OUTSTANDING =
      List.of(
          new Outstanding("“Dân vận khéo” trong vùng đồng bào dân tộc thiểu số", "BT.CA.CAT", 26),
          new Outstanding(
              "Lực lượng vũ trang tỉnh Bình Thuận tăng cường đoàn kết với đồng bào các dân tộc, tôn giáo",
              "BT.QS.BCHQS",
              25),
          new Outstanding("Nâng bước em đến trường – Con nuôi đồn Biên phòng", "BT.BP.BCHBP", 16),
          new Outstanding(
              "Số hóa di tích lịch sử, danh lam thắng cảnh tỉnh Bình Thuận", "BT.KCQ.TD", 22),
          new Outstanding(
              "Vận động người nộp thuế kê khai đúng giá chuyển nhượng bất động sản, chống thất thu"
                  + " ngân sách nhà nước",
              "BT.KCQ.CT",
              18));

  /** Registrations approved each year, new and continued from the year before. */
  static final Map<Integer, int[]> PLAN =
      Map.of(
          2021,
          new int[] {480, 0},
          2022,
          new int[] {330, 250},
          2023,
          new int[] {410, 336},
          2024,
          new int[] {380, 400});

  /** 2024 registrations still in the process, by state. */
  static final Map<RegistrationState, Integer> PENDING_2024 =
      Map.of(
          RegistrationState.SUBMITTED, 24,
          RegistrationState.RETURNED, 8,
          RegistrationState.DRAFT, 12,
          RegistrationState.WITHDRAWN, 6);

  record Outstanding(String title, String unitCode, int kind) {}

  private DemoModels() {}

  /** A model being built: its details, its registrations so far and its reports. */
  private record Draft(
      ModelDetails details, List<BulkRegistration> registrations, List<BulkReport> reports) {}

  static List<BulkModel> binhThuan(List<NewUnit> units) {
    return of(DemoProvince.BINH_THUAN, units);
  }

  /** The province's models of 2021–2024, owned by its communes, agencies and districts. */
  static List<BulkModel> of(DemoProvince province, List<NewUnit> units) {
    var factory = new ModelFactory(province.modelSeed());
    var owners =
        units.stream()
            .filter(u -> u.level() == Level.GRASSROOTS || u.kind().isDistrictLevelPartyCommittee())
            .toList();
    var all = new ArrayList<Draft>();
    var previous = new ArrayList<Draft>();
    for (int year = 2021; year <= 2024; year++) {
      var plan = province.plan().get(year);
      var current = continued(factory, previous, plan[1], year);
      var outstanding = year == 2023 ? province.outstanding() : List.<Outstanding>of();
      current.addAll(fresh(factory, owners, plan[0], year, outstanding, all));
      if (year == 2024) {
        pending(factory, owners, year, province.pending(), all);
      }
      previous = current;
    }
    return all.stream()
        .map(
            d ->
                new BulkModel(
                    d.details(),
                    "demo",
                    ModelFactory.at(d.registrations().get(0).year(), 2, 10),
                    d.registrations(),
                    d.reports()))
        .toList();
  }

  /** {@code count} of last year's models, drawn at random, continued into the year. */
  private static ArrayList<Draft> continued(
      ModelFactory factory, List<Draft> previous, int count, int year) {
    Collections.shuffle(previous, factory.random());
    var continued = new ArrayList<Draft>();
    for (var model : previous.subList(0, count)) {
      model.registrations().add(approved(year, RegistrationKind.CONTINUED));
      model.reports().addAll(factory.reports(model.details(), year, year < 2024));
      continued.add(model);
    }
    return continued;
  }

  /** {@code count} new models of the year, the outstanding ones first, each owned at random. */
  private static List<Draft> fresh(
      ModelFactory factory,
      List<NewUnit> owners,
      int count,
      int year,
      List<Outstanding> outstandingModels,
      List<Draft> all) {
    var random = factory.random();
    var fresh = new ArrayList<Draft>();
    for (var outstanding : outstandingModels) {
      var details =
          factory.named(outstanding.title(), outstanding.kind(), outstanding.unitCode(), year);
      fresh.add(start(factory, details, year, all));
    }
    while (fresh.size() < count) {
      var unit = owners.get(random.nextInt(owners.size()));
      var details = factory.model(unit.code(), shortName(unit), year, random.nextInt(100) < 12);
      fresh.add(start(factory, details, year, all));
    }
    return fresh;
  }

  /** The year's registrations still in the process: waiting, returned, drafted or withdrawn. */
  private static void pending(
      ModelFactory factory,
      List<NewUnit> owners,
      int year,
      Map<RegistrationState, Integer> states,
      List<Draft> all) {
    var random = factory.random();
    for (var pending : states.entrySet()) {
      for (int i = 0; i < pending.getValue(); i++) {
        var unit = owners.get(random.nextInt(owners.size()));
        var details = factory.model(unit.code(), shortName(unit), year, false);
        var registration = registration(year, RegistrationKind.NEW, pending.getKey());
        all.add(new Draft(details, new ArrayList<>(List.of(registration)), new ArrayList<>()));
      }
    }
  }

  private static Draft start(
      ModelFactory factory, ModelDetails details, int year, List<Draft> all) {
    var draft =
        new Draft(
            details,
            new ArrayList<>(List.of(approved(year, RegistrationKind.NEW))),
            new ArrayList<>(factory.reports(details, year, year < 2024)));
    all.add(draft);
    return draft;
  }

  static BulkRegistration approved(int year, RegistrationKind kind) {
    return registration(year, kind, RegistrationState.IN_PROGRESS);
  }

  private static BulkRegistration registration(
      int year, RegistrationKind kind, RegistrationState state) {
    var decided =
        state == RegistrationState.IN_PROGRESS
            || state == RegistrationState.RETURNED
            || state == RegistrationState.WITHDRAWN;
    return new BulkRegistration(
        year,
        kind,
        state,
        state == RegistrationState.DRAFT ? null : "demo",
        decided ? "demo" : null,
        state == RegistrationState.DRAFT ? null : ModelFactory.at(year, 3, 20));
  }

  static String shortName(NewUnit unit) {
    if (unit.kind() == UnitKind.COMMUNE && unit.shortName() == null) {
      return unit.name();
    }
    return unit.shortName() == null ? unit.name() : unit.shortName();
  }
}

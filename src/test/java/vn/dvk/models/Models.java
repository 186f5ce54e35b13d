package vn.dvk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dvk.support.Acting;

/** Small builders of model details for tests. */
public final class Models {

  private Models() {}

  public static ModelDetails collective(String title, String unitCode) {
    return new ModelDetails(
        title,
        OwnerKind.COLLECTIVE,
        unitCode,
        null,
        null,
        "ECONOMY",
        List.of("NONG_THON_MOI"),
        "Đường giao thông nông thôn xuống cấp",
        "Bê tông hóa đường liên thôn",
        "Số km đường hoàn thành",
        "Vận động nhân dân hiến đất, góp ngày công",
        "Thôn 1",
        "Hộ dân trong thôn",
        Set.of(TargetGroup.ETHNIC_MINORITIES),
        "Mặt trận, đoàn thể",
        "Ngân sách và nhân dân đóng góp",
        500_000_000L,
        200_000_000L,
        1200,
        LocalDate.of(2023, 1, 15),
        LocalDate.of(2023, 11, 30),
        "Quý II hoàn thành 50%",
        "Duy trì tổ tự quản",
        List.of(
            new IndicatorTarget("ROAD_BUILT", BigDecimal.ZERO, new BigDecimal("3.5")),
            new IndicatorTarget("LAND_DONATED", BigDecimal.ZERO, new BigDecimal("2000"))));
  }

  /** A collective model of the unit, registered (approved by its superior) for the year. */
  static long registered(
      Acting acting,
      MobilizationModels models,
      Registrations registrations,
      String title,
      int year) {
    var id = acting.as("duclinh", () -> models.create(collective(title, "BT.DL.X10"), year)).id();
    acting.run("duclinh", () -> registrations.act(id, year, RegistrationAction.SUBMIT, null));
    acting.run(
        "duclinh.reviewer", () -> registrations.act(id, year, RegistrationAction.APPROVE, null));
    return id;
  }

  /** An individual's model: a person of the unit, with a position. */
  public static ModelDetails individual(String title, String unitCode) {
    return copy(
        collective(title, unitCode),
        title,
        OwnerKind.INDIVIDUAL,
        "Nguyễn Thị Ánh Tuyết",
        "Chi hội trưởng Hội Phụ nữ");
  }

  public static ModelDetails withTitle(ModelDetails d, String title) {
    return copy(d, title, d.ownerKind(), d.personName(), d.personPosition());
  }

  /** The same model, of another unit. */
  public static ModelDetails withUnit(ModelDetails d, String unitCode) {
    return copy(d, d.title(), d.ownerKind(), d.personName(), d.personPosition(), unitCode);
  }

  private static ModelDetails copy(
      ModelDetails d, String title, OwnerKind ownerKind, String personName, String position) {
    return copy(d, title, ownerKind, personName, position, d.unitCode());
  }

  private static ModelDetails copy(
      ModelDetails d,
      String title,
      OwnerKind ownerKind,
      String personName,
      String position,
      String unitCode) {
    return new ModelDetails(
        title,
        ownerKind,
        unitCode,
        personName,
        position,
        d.fieldCode(),
        d.movementCodes(),
        d.situation(),
        d.objectives(),
        d.evaluationCriteria(),
        d.contentMethod(),
        d.area(),
        d.beneficiaries(),
        d.targetGroups(),
        d.forces(),
        d.resources(),
        d.fundsVnd(),
        d.contributionVnd(),
        d.workingDays(),
        d.startDate(),
        d.evaluationDate(),
        d.milestones(),
        d.sustainability(),
        d.targets());
  }
}

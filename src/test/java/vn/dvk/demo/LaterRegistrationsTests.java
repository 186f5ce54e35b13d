package vn.dvk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;

/** The old provinces' models and their years after 2024, generated without a database. */
class LaterRegistrationsTests {

  @Test
  void theSmallerProvincesRegisterTheirPlannedModelsEachYear() {
    for (var province : List.of(DemoProvince.LAM_DONG, DemoProvince.DAK_NONG)) {
      var tree = province == DemoProvince.LAM_DONG ? DemoUnits.lamDong() : DemoUnits.dakNong();
      var models = DemoModels.of(province, tree);
      for (int year = 2021; year <= 2024; year++) {
        var plan = province.plan().get(year);
        assertThat(approved(models, year, RegistrationKind.NEW)).isEqualTo(plan[0]);
        assertThat(approved(models, year, RegistrationKind.CONTINUED)).isEqualTo(plan[1]);
      }
      assertThat(models).allMatch(m -> m.details().unitCode().startsWith(province.code() + "."));
    }
  }

  @Test
  void modelsOf2024ContinueInto2025AndNewOnesAreApprovedInTheSpring() {
    var tree = DemoUnits.dakNong();
    var models = DemoModels.of(DemoProvince.DAK_NONG, tree);
    var later = new LaterRegistrations(7);

    later.continueInto(models, 2025, 90);
    var fresh = later.fresh(tree, 2025, 110);

    assertThat(approved(models, 2025, RegistrationKind.CONTINUED)).isEqualTo(90);
    assertThat(approved(fresh, 2025, RegistrationKind.NEW)).isEqualTo(110);
    assertThat(fresh)
        .flatExtracting(BulkModel::registrations)
        .allSatisfy(r -> assertThat(r.decidedAt()).isEqualTo(ModelFactory.at(2025, 3, 20)));
    assertThat(fresh)
        .flatExtracting(BulkModel::reports)
        .allSatisfy(r -> assertThat(r.date().getYear()).isEqualTo(2025));
  }

  @Test
  void twoModelsOfOneUnitWithOneTitleAreNeverBothContinued() {
    var models = DemoModels.of(DemoProvince.LAM_DONG, DemoUnits.lamDong());

    new LaterRegistrations(11).continueInto(models, 2025, 10_000);

    var claims =
        models.stream()
            .filter(m -> m.registrations().stream().anyMatch(r -> r.year() == 2025))
            .map(m -> m.details().unitCode() + "|" + m.details().title())
            .toList();
    assertThat(claims).isNotEmpty().doesNotHaveDuplicates();
  }

  private static long approved(List<BulkModel> models, int year, RegistrationKind kind) {
    return models.stream()
        .flatMap(m -> m.registrations().stream())
        .filter(r -> r.year() == year && r.kind() == kind)
        .filter(r -> r.state() == RegistrationState.IN_PROGRESS)
        .count();
  }
}

package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.Role;
import vn.dvk.recognition.RoundProposals;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.MovementTime;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.TestUnits;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * The province's own models: nothing stands above the root unit, so a reviewer of the province
 * approves them — never the person who sent them — and the province then proposes them like any
 * other.
 */
@IntegrationTest
class RootUnitModelsTests {

  private static final int YEAR = RoundFixtures.YEAR;

  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired RoundProposals proposing;
  @Autowired RoundFixtures fixtures;
  @Autowired Acting acting;
  @Autowired AuditLog audit;
  @Autowired Units units;

  @Test
  void aProvinceReviewerApprovesTheProvincesOwnModelWhichItThenProposes() {
    fixtures.user("bt.officer.root", Role.OFFICER, "BT");
    var title = "Mô hình của cơ quan tỉnh " + TestUnits.code("R");
    var model =
        acting.as("bt.officer.root", () -> models.create(Models.collective(title, "BT"), YEAR));
    acting.run(
        "bt.officer.root",
        () -> registrations.act(model.id(), YEAR, RegistrationAction.SUBMIT, null));

    assertThatThrownBy(
            () ->
                acting.run(
                    "bt.officer.root",
                    () -> registrations.act(model.id(), YEAR, RegistrationAction.APPROVE, null)))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.maker-checker");
    var approved =
        acting.as(
            "reviewer",
            () -> registrations.act(model.id(), YEAR, RegistrationAction.APPROVE, null));

    var registration = approved.registration(YEAR).orElseThrow();
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(registration.decidedBy()).isEqualTo("reviewer");
    assertThat(audit.history("MODEL", String.valueOf(model.id())))
        .extracting("action")
        .containsExactly("MODEL_CREATED", "REGISTRATION_SUBMIT", "REGISTRATION_APPROVE");

    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh, mô hình của tỉnh " + model.id(),
            LocalDate.now(MovementTime.ZONE).plusDays(30));
    var proposal = acting.as("reviewer", () -> proposing.propose(round.id(), model.id(), null));
    assertThat(proposal.modelId()).isEqualTo(model.id());
    assertThat(proposal.basisRecognitionId()).isNull();
  }

  @Test
  void aProvinceUnderTheNationStillApprovesItsOwnModels() {
    var nation = TestUnits.code("VN");
    var province = TestUnits.code("P");
    var since = LocalDate.of(2020, 1, 1);
    units.create(new NewUnit(nation, "Quốc gia", null, UnitKind.NATION, null, null, since), "t");
    units.create(
        new NewUnit(province, "Tỉnh dưới quốc gia", null, UnitKind.PROVINCE, null, nation, since),
        "t");
    fixtures.user("officer." + province.toLowerCase(), Role.OFFICER, province);
    fixtures.user("reviewer." + province.toLowerCase(), Role.REVIEWER, province);
    var model =
        acting.as(
            "officer." + province.toLowerCase(),
            () -> models.create(Models.collective("Mô hình của tỉnh " + province, province), YEAR));
    acting.run(
        "officer." + province.toLowerCase(),
        () -> registrations.act(model.id(), YEAR, RegistrationAction.SUBMIT, null));

    var approved =
        acting.as(
            "reviewer." + province.toLowerCase(),
            () -> registrations.act(model.id(), YEAR, RegistrationAction.APPROVE, null));

    assertThat(approved.registration(YEAR).orElseThrow().state())
        .isEqualTo(RegistrationState.REGISTERED);
  }
}

package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.Scope;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.MovementTime;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/** A year's registration goes from the unit's draft to the superior unit's decision. */
@IntegrationTest
class ModelRegistrationTests {

  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired ModelLists lists;
  @Autowired Acting acting;
  @Autowired Scope scope;
  @Autowired AuditLog audit;
  @Autowired Forwardings forwardings;

  @Test
  void aCommuneRegistersAModelAndItsDistrictApprovesIt() {
    var model =
        acting.as(
            "tanhlinh.xa",
            () -> models.create(Models.collective("Đường xanh Gia An", "BT.TL.GIAAN"), 2026));
    assertThat(model.registration(2026).orElseThrow().state()).isEqualTo(RegistrationState.DRAFT);

    acting.run(
        "tanhlinh.xa", () -> registrations.act(model.id(), 2026, RegistrationAction.SUBMIT, null));
    var approved =
        acting.as(
            "tanhlinh",
            () -> registrations.act(model.id(), 2026, RegistrationAction.APPROVE, null));

    var registration = approved.registration(2026).orElseThrow();
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(registration.submittedBy()).isEqualTo("tanhlinh.xa");
    assertThat(registration.decidedBy()).isEqualTo("tanhlinh");
    assertThat(audit.history("MODEL", String.valueOf(model.id())))
        .extracting("action")
        .containsExactly("MODEL_CREATED", "REGISTRATION_SUBMIT", "REGISTRATION_APPROVE");
  }

  @Test
  void aReturnedRegistrationIsFixedAndSentAgain() {
    var model =
        acting.as(
            "tanhlinh.xa",
            () -> models.create(Models.collective("Mô hình trả lại", "BT.TL.GIAAN"), 2027));
    acting.run(
        "tanhlinh.xa", () -> registrations.act(model.id(), 2027, RegistrationAction.SUBMIT, null));

    assertThatThrownBy(
            () ->
                acting.run(
                    "tanhlinh",
                    () -> registrations.act(model.id(), 2027, RegistrationAction.RETURN, " ")))
        .hasFieldOrPropertyWithValue("messageKey", "models.error.reason-required");
    var returned =
        acting.as(
            "tanhlinh",
            () -> registrations.act(model.id(), 2027, RegistrationAction.RETURN, "Thiếu chỉ tiêu"));
    assertThat(returned.registration(2027).orElseThrow().reason()).isEqualTo("Thiếu chỉ tiêu");

    var fixed =
        acting.as(
            "tanhlinh.xa",
            () ->
                models.update(
                    model.id(),
                    returned.version(),
                    Models.withTitle(returned.details(), "Mô hình đã sửa")));
    acting.run(
        "tanhlinh.xa", () -> registrations.act(fixed.id(), 2027, RegistrationAction.SUBMIT, null));

    assertThat(
            acting
                .as("tanhlinh", () -> models.get(model.id()))
                .registration(2027)
                .orElseThrow()
                .state())
        .isEqualTo(RegistrationState.SUBMITTED);
  }

  @Test
  void theUnitItselfCannotApproveItsOwnRegistration() {
    var model =
        acting.as(
            "duclinh", () -> models.create(Models.collective("Mô hình của huyện", "BT.DL"), 2026));
    acting.run(
        "duclinh", () -> registrations.act(model.id(), 2026, RegistrationAction.SUBMIT, null));

    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () -> registrations.act(model.id(), 2026, RegistrationAction.APPROVE, null)))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.superior-only");
    acting.run(
        "reviewer", () -> registrations.act(model.id(), 2026, RegistrationAction.APPROVE, null));
  }

  @Test
  void whoeverSubmittedCannotApprove() {
    var model =
        acting.as(
            "duclinh", () -> models.create(Models.collective("Mô hình xã", "BT.DL.VOXU"), 2026));
    acting.run(
        "duclinh", () -> registrations.act(model.id(), 2026, RegistrationAction.SUBMIT, null));

    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh",
                    () -> registrations.act(model.id(), 2026, RegistrationAction.APPROVE, null)))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.maker-checker");
  }

  @Test
  void aDraftCannotBeApprovedBeforeItIsSubmitted() {
    var model =
        acting.as(
            "tanhlinh.xa", () -> models.create(Models.collective("Chưa gửi", "BT.TL.GIAAN"), 2026));

    assertThatThrownBy(
            () ->
                acting.run(
                    "tanhlinh",
                    () -> registrations.act(model.id(), 2026, RegistrationAction.APPROVE, null)))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.transition");
  }

  @Test
  void anOfficerOfDucLinhCanNeitherSeeNorChangeATanhLinhModel() {
    var model =
        acting.as(
            "tanhlinh.xa",
            () -> models.create(Models.collective("Của Tánh Linh", "BT.TL.GIAAN"), 2026));

    assertThatThrownBy(() -> acting.run("duclinh", () -> models.get(model.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh",
                    () -> registrations.act(model.id(), 2026, RegistrationAction.WITHDRAW, "x")))
        .isInstanceOf(NotFoundException.class);
    assertThat(acting.as("duclinh", () -> lists.find(ModelFilter.all())).rows())
        .extracting(ModelRow::unitCode)
        .isNotEmpty()
        .allMatch(code -> scope.covers("BT.DL", code, LocalDate.now(MovementTime.ZONE)));
  }

  @Test
  void aModelCannotBeRegisteredForAUnitOutsideTheScope() {
    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh", () -> models.create(Models.collective("Lấn sân", "BT.TL"), 2026)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(InvalidInputException.Violation::field)
                    .containsExactly("unitCode"));
  }

  @Test
  void theSecondOfTwoConcurrentEditsGetsAConflictAndNothingIsLost() {
    var model =
        acting.as("duclinh", () -> models.create(Models.collective("Bản gốc", "BT.DL.X02"), 2026));

    acting.run(
        "duclinh",
        () ->
            models.update(
                model.id(), model.version(), Models.withTitle(model.details(), "Sửa lần một")));

    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh",
                    () ->
                        models.update(
                            model.id(),
                            model.version(),
                            Models.withTitle(model.details(), "Sửa lần hai"))))
        .isInstanceOf(ModelChangedException.class);
    assertThat(acting.as("duclinh", () -> models.get(model.id())).title()).isEqualTo("Sửa lần một");
  }

  @Test
  void aRegisteredModelIsContinuedTheNextYear() {
    var model =
        acting.as("duclinh", () -> models.create(Models.collective("Tiếp tục", "BT.DL.X03"), 2026));
    acting.run(
        "duclinh", () -> registrations.act(model.id(), 2026, RegistrationAction.SUBMIT, null));
    acting.run(
        "duclinh.reviewer",
        () -> registrations.act(model.id(), 2026, RegistrationAction.APPROVE, null));

    var continued = acting.as("duclinh", () -> registrations.continueIn(model.id(), 2027));

    var next = continued.registration(2027).orElseThrow();
    assertThat(next.kind()).isEqualTo(RegistrationKind.CONTINUED);
    assertThat(next.state()).isEqualTo(RegistrationState.DRAFT);
    assertThat(continued.registration(2026).orElseThrow().state())
        .isEqualTo(RegistrationState.REGISTERED);
  }

  @Test
  void aDistrictSendsUpTheConsolidatedListOfWhatItApprovedOnce() {
    var model =
        acting.as(
            "tanhlinh.xa",
            () ->
                models.create(
                    Models.collective("Gửi lên: Bếp ăn tình thương", "BT.TL.GIAAN"), 2025));
    acting.run(
        "tanhlinh.xa", () -> registrations.act(model.id(), 2025, RegistrationAction.SUBMIT, null));
    acting.run(
        "tanhlinh", () -> registrations.act(model.id(), 2025, RegistrationAction.APPROVE, null));

    var pending = acting.as("tanhlinh", () -> forwardings.pending(2025));
    var sent = acting.as("tanhlinh", () -> forwardings.forward(2025, "Danh sách năm 2025"));

    assertThat(sent.registrations()).isEqualTo(pending).isGreaterThanOrEqualTo(1);
    assertThat(acting.as("tanhlinh", () -> forwardings.pending(2025))).isZero();
    assertThatThrownBy(() -> acting.run("tanhlinh", () -> forwardings.forward(2025, null)))
        .hasFieldOrPropertyWithValue("messageKey", "forwarding.error.nothing");
    assertThat(acting.as("reviewer", () -> forwardings.sentAndReceived()))
        .extracting(Forwarding::id)
        .contains(sent.id());
    assertThat(acting.as("duclinh", () -> forwardings.sentAndReceived()))
        .extracting(Forwarding::id)
        .doesNotContain(sent.id());
  }

  @Test
  void searchIgnoresCaseAndVietnameseDiacritics() {
    var model =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Dân vận khéo ở Võ Xu", "BT.DL.VOXU"), 2022));

    var byTitle = acting.as("leader", () -> lists.find(filter("dan van KHEO vo xu")));
    var byUnit = acting.as("leader", () -> lists.find(filter("duc linh kheo")));
    var byDd = acting.as("leader", () -> lists.find(filter("ĐỨC LINH KHÉO")));

    assertThat(byTitle.rows()).extracting(ModelRow::modelId).contains(model.id());
    assertThat(byUnit.rows()).extracting(ModelRow::modelId).contains(model.id());
    assertThat(byDd.rows()).extracting(ModelRow::modelId).contains(model.id());
    assertThat(acting.as("leader", () -> lists.find(filter("dan van kheo tanh linh"))).rows())
        .extracting(ModelRow::modelId)
        .doesNotContain(model.id());
  }

  private static ModelFilter filter(String q) {
    return new ModelFilter(q, null, null, null, null, null, null, null, null, 0, 50);
  }

  /**
   * A list without a year spans every year on record: the first registration of a year no one has
   * registered for yet is listed at once, though the span of years is kept in memory.
   */
  @Test
  void aModelOfAYearNotYetOnRecordIsListedAtOnceWithoutAYear() {
    var next = java.time.LocalDate.now(MovementTime.ZONE).getYear() + 1;
    var title = "Mô hình năm sau " + System.nanoTime();
    var everyYear =
        new ModelFilter(null, null, "BT.DL", null, null, null, null, null, null, 0, 200);
    acting.as("duclinh", () -> lists.find(everyYear)); // the span is read and kept

    var model = acting.as("duclinh", () -> models.create(Models.collective(title, "BT.DL"), next));

    var titled = new ModelFilter(title, null, "BT.DL", null, null, null, null, null, null, 0, 20);
    assertThat(acting.as("duclinh", () -> lists.find(titled)).rows())
        .extracting(ModelRow::modelId)
        .containsExactly(model.id());
  }
}

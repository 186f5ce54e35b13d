package vn.dvk.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelAttachments;
import vn.dvk.models.ModelView;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.Registrations;
import vn.dvk.recognition.Recognitions;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.TestImages;

/**
 * Nothing reaches the public showcase unless a reviewer approved its public version and its
 * recognition stands — whatever state the model is in.
 */
@IntegrationTest
class ShowcaseVisibilityTests {

  private static final int YEAR = RoundFixtures.YEAR;

  @Autowired Publications publications;
  @Autowired Showcase showcase;
  @Autowired PublicationBulkLoader bulk;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired ModelAttachments attachments;
  @Autowired Recognitions recognitions;
  @Autowired Acting acting;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.springframework.cache.CacheManager caches;
  @Autowired RoundFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.councilMembersAndASecondReviewer();
  }

  @Test
  void aModelThatIsNotRecognizedNeverAppearsInAnyRegistrationStateEvenWithAPublicRow() {
    for (var state : RegistrationState.values()) {
      var model = inState(state);
      bulk.load(List.of(model.id()), "duclinh", "reviewer");

      assertThat(publicIds()).as("%s", state).doesNotContain(model.id());
      assertThat(catchThrowable(() -> showcase.model(model.id())))
          .as("%s", state)
          .isInstanceOf(NotFoundException.class);
      assertThat(
              catchThrowable(
                  () ->
                      acting.as(
                          "duclinh",
                          () -> publications.prepare(model.id(), version("Công khai"), null))))
          .as("%s", state)
          .isInstanceOf(BusinessRuleException.class)
          .hasMessageContaining("showcase.error.not-recognized");
    }
  }

  @Test
  void aRecognizedModelAppearsOnlyOnceAnotherReviewerApprovesItsPublicVersion() {
    var model = recognized("Công bố sau khi duyệt");
    assertThat(publicIds()).doesNotContain(model.id());

    var draft =
        acting.as(
            "duclinh.reviewer",
            () -> publications.prepare(model.id(), version("Tên công bố"), null));
    assertThat(publicIds()).doesNotContain(model.id());
    assertThat(
            catchThrowable(
                () ->
                    acting.as(
                        "duclinh.reviewer",
                        () -> publications.approve(model.id(), draft.version()))))
        .isInstanceOf(ForbiddenException.class);

    acting.run("reviewer", () -> publications.approve(model.id(), draft.version()));

    var shown = showcase.model(model.id());
    assertThat(shown.title()).isEqualTo("Tên công bố");
    assertThat(shown.summary()).isEqualTo("Tóm tắt cho người đọc");
    assertThat(shown.slug()).isEqualTo("ten-cong-bo");
    assertThat(shown.level()).isEqualTo(vn.dvk.units.Level.DISTRICT);
    assertThat(shown.districtName()).isEqualTo("Đức Linh");
  }

  @Test
  void aChangedDraftStaysPrivateUntilApprovedAgain() {
    var model = published("Bản đã duyệt");
    var current = acting.as("duclinh", () -> publications.of(model.id())).orElseThrow();

    var changed =
        acting.as(
            "duclinh",
            () ->
                publications.prepare(model.id(), version("Bản sửa chưa duyệt"), current.version()));

    assertThat(changed.isPending()).isTrue();
    assertThat(showcase.model(model.id()).title()).isEqualTo("Bản đã duyệt");
    var stale =
        catchThrowable(
            () ->
                acting.as(
                    "duclinh",
                    () -> publications.prepare(model.id(), version("Cũ"), current.version())));
    assertThat(stale).isInstanceOf(ConflictException.class);
    acting.run("reviewer", () -> publications.approve(model.id(), changed.version()));
    assertThat(showcase.model(model.id()).title()).isEqualTo("Bản sửa chưa duyệt");
  }

  @Test
  void withdrawingThePublicVersionOrTheModelOrRevokingItsRecognitionTakesItDownAtOnce() {
    var withdrawnVersion = published("Gỡ bản công bố");
    var withdrawnModel = published("Mô hình dừng thực hiện");
    var revoked = published("Công nhận bị thu hồi");
    assertThat(publicIds()).contains(withdrawnVersion.id(), withdrawnModel.id(), revoked.id());

    var row = acting.as("reviewer", () -> publications.of(withdrawnVersion.id())).orElseThrow();
    acting.run(
        "reviewer",
        () -> publications.withdraw(withdrawnVersion.id(), row.version(), "Sai số liệu"));
    acting.run(
        "duclinh",
        () -> registrations.act(withdrawnModel.id(), YEAR, RegistrationAction.WITHDRAW, "Dừng"));
    var recognition = acting.as("leader", () -> recognitions.ofModel(revoked.id())).get(0);
    acting.run(
        "duclinh.reviewer",
        () ->
            recognitions.revoke(
                recognition.id(),
                new Recognitions.Revocation(
                    LocalDate.now(vn.dvk.shared.MovementTime.ZONE),
                    "Nguyễn Văn B",
                    "Trưởng ban",
                    "Không còn duy trì")));

    assertThat(publicIds())
        .doesNotContain(withdrawnVersion.id(), withdrawnModel.id(), revoked.id());
  }

  @Test
  void anIndividualsNameIsShownOnlyWithRecordedConsent() {
    var model = recognizedIndividual("Cá nhân tiêu biểu");
    var noConsent =
        catchThrowable(
            () ->
                acting.as(
                    "duclinh",
                    () ->
                        publications.prepare(
                            model.id(),
                            new PublicVersion("Gương sáng", "Tóm tắt", List.of(), true, " "),
                            null)));
    assertThat(noConsent).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) noConsent).violations())
        .anySatisfy(v -> assertThat(v.field()).isEqualTo("consentNote"));

    approve(model, new PublicVersion("Gương sáng", "Tóm tắt", List.of(), false, null));
    assertThat(showcase.model(model.id()).personName()).isNull();

    var current = acting.as("duclinh", () -> publications.of(model.id())).orElseThrow();
    var withConsent =
        acting.as(
            "duclinh",
            () ->
                publications.prepare(
                    model.id(),
                    new PublicVersion(
                        "Gương sáng",
                        "Tóm tắt",
                        List.of(),
                        true,
                        "Bà Tuyết đồng ý bằng văn bản ngày 05/3/2024"),
                    current.version()));
    assertThat(withConsent.consentRecordedBy()).isEqualTo("duclinh");
    acting.run("reviewer", () -> publications.approve(model.id(), withConsent.version()));
    assertThat(showcase.model(model.id()).personName()).isEqualTo("Nguyễn Thị Ánh Tuyết");

    jdbc.sql("update models_model set person_name = 'Người khác' where id = :id")
        .param("id", model.id())
        .update();
    caches.getCache("showcase").clear();
    assertThat(showcase.model(model.id()).personName())
        .as("the name the consent was given for, not whoever the record names later")
        .isEqualTo("Nguyễn Thị Ánh Tuyết");
  }

  @Test
  void onlyTheChosenPhotosAreServedToThePublic() {
    var model = recognized("Mô hình có ảnh");
    var chosen =
        acting.as(
            "duclinh",
            () ->
                attachments.attach(
                    model.id(),
                    "chon.jpg",
                    TestImages.withExif(TestImages.jpeg(640, 480), "GPS of the family's house"),
                    null));
    var other =
        acting.as(
            "duclinh",
            () -> attachments.attach(model.id(), "khac.png", TestImages.png(640, 480), null));
    var notAPhoto =
        catchThrowable(
            () ->
                acting.as(
                    "duclinh",
                    () ->
                        publications.prepare(
                            model.id(),
                            new PublicVersion("Ảnh", "Tóm tắt", List.of(999_999L), false, null),
                            null)));
    assertThat(notAPhoto).isInstanceOf(InvalidInputException.class);

    approve(model, new PublicVersion("Ảnh", "Tóm tắt", List.of(chosen.id()), false, null));

    assertThat(showcase.model(model.id()).photoIds()).containsExactly(chosen.id());
    var published =
        new String(
            showcase.photo(model.id(), chosen.id(), false).bytes(),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(published).as("no EXIF, no GPS").startsWith("\u00ff\u00d8").doesNotContain("GPS");
    assertThat(showcase.photo(model.id(), chosen.id(), true).bytes()).isNotEmpty();
    assertThat(catchThrowable(() -> showcase.photo(model.id(), other.id(), false)))
        .isInstanceOf(NotFoundException.class);
  }

  private List<Long> publicIds() {
    return showcase.all().stream().map(PublicModel::id).toList();
  }

  private static PublicVersion version(String title) {
    return new PublicVersion(title, "Tóm tắt cho người đọc", List.of(), false, null);
  }

  private ModelView published(String title) {
    var model = recognized(title);
    approve(model, version(title));
    return model;
  }

  private void approve(ModelView model, PublicVersion version) {
    var draft = acting.as("duclinh", () -> publications.prepare(model.id(), version, null));
    acting.run("reviewer", () -> publications.approve(model.id(), draft.version()));
  }

  private ModelView recognized(String title) {
    var model = fixtures.registeredModelOfDucLinh(title);
    fixtures.districtRecognition(model);
    return model;
  }

  private ModelView recognizedIndividual(String title) {
    var model = acting.as("duclinh", () -> models.create(Models.individual(title, "BT.DL"), YEAR));
    acting.run(
        "duclinh", () -> registrations.act(model.id(), YEAR, RegistrationAction.SUBMIT, null));
    acting.run(
        "reviewer", () -> registrations.act(model.id(), YEAR, RegistrationAction.APPROVE, null));
    fixtures.districtRecognition(model);
    return model;
  }

  /** A model of Đức Linh whose registration of the year has reached the state. */
  private ModelView inState(RegistrationState state) {
    var model =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Trạng thái " + state, "BT.DL"), YEAR));
    Consumer<RegistrationAction> by =
        action ->
            acting.run(
                action.isSuperiorsDecision() ? "reviewer" : "duclinh",
                () ->
                    registrations.act(
                        model.id(), YEAR, action, action.needsReason() ? "Lý do" : null));
    switch (state) {
      case DRAFT -> {}
      case SUBMITTED -> by.accept(RegistrationAction.SUBMIT);
      case RETURNED -> {
        by.accept(RegistrationAction.SUBMIT);
        by.accept(RegistrationAction.RETURN);
      }
      case REGISTERED -> {
        by.accept(RegistrationAction.SUBMIT);
        by.accept(RegistrationAction.APPROVE);
      }
      case IN_PROGRESS -> {
        by.accept(RegistrationAction.SUBMIT);
        by.accept(RegistrationAction.APPROVE);
        by.accept(RegistrationAction.START);
      }
      case WITHDRAWN -> by.accept(RegistrationAction.WITHDRAW);
    }
    assertThat(acting.as("duclinh", () -> models.get(model.id())).registration(YEAR))
        .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(state));
    return model;
  }
}

package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.Role;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/** What follows recognition: its revocation, commendation, and the follow-up of low results. */
@IntegrationTest
class AftercareTests {

  @Autowired Recognitions recognitions;
  @Autowired Commendations commendations;
  @Autowired vn.dvk.recognition.domain.CommendationRepository commendationRepository;
  @Autowired LowResults lowResults;
  @Autowired ReviewRounds rounds;
  @Autowired RoundProposals proposing;
  @Autowired AuditLog audit;
  @Autowired Acting acting;
  @Autowired RoundFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.councilMembersAndASecondReviewer();
    fixtures.user("duclinh.reviewer2", Role.REVIEWER, "BT.DL");
  }

  @Test
  void revocationIsANewDecisionAndTheRecognitionStaysInTheHistory() {
    var model = fixtures.registeredModelOfDucLinh("Thu hồi công nhận");
    var recognition = fixtures.districtRecognition(model);

    var revocation =
        acting.as(
            "duclinh.reviewer",
            () -> recognitions.revoke(recognition.id(), revocation("Mô hình đã ngừng hoạt động")));

    assertThat(revocation.kind()).isEqualTo(DecisionKind.REVOCATION);
    assertThat(revocation.number())
        .matches("\\d+-QĐ/BDVHU")
        .isNotEqualTo(recognition.decisionNumber());
    assertThat(revocation.reason()).isEqualTo("Mô hình đã ngừng hoạt động");
    assertThat(revocation.recognitions())
        .extracting(RecognitionView::id)
        .containsExactly(recognition.id());
    var history = acting.as("leader", () -> recognitions.ofModel(model.id()));
    assertThat(history).hasSize(1);
    assertThat(history.get(0).isStanding()).isFalse();
    assertThat(history.get(0).decisionNumber()).isEqualTo(recognition.decisionNumber());
    assertThat(history.get(0).revokedByDecisionId()).isEqualTo(revocation.id());
    assertThat(audit.history(Recognitions.RECOGNITION, String.valueOf(recognition.id())))
        .extracting("action")
        .containsExactly("RECOGNITION_REVOKED");
  }

  @Test
  void aRevokedRecognitionCanNeitherBeRevokedAgainNorCarryAProposalUpward() {
    var model = fixtures.registeredModelOfDucLinh("Thu hồi rồi đề nghị");
    var recognition = fixtures.districtRecognition(model);
    acting.run(
        "duclinh.reviewer",
        () -> recognitions.revoke(recognition.id(), revocation("Báo cáo sai sự thật")));
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh sau thu hồi", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(5));

    var again =
        catchThrowable(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () -> recognitions.revoke(recognition.id(), revocation("Lần nữa"))));
    var proposal =
        catchThrowable(
            () -> acting.run("duclinh", () -> proposing.propose(round.id(), model.id(), null)));
    var commendation =
        catchThrowable(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () -> commendations.propose(recognition.id(), "Bằng khen")));

    assertThat(again).isInstanceOf(ConflictException.class);
    assertThat(proposal)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.not-recognized-below");
    assertThat(commendation)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.not-standing");
  }

  @Test
  void aCommendationIsProposedThenItsDecisionRecordedBySomeoneElse() {
    var model = fixtures.registeredModelOfDucLinh("Khen thưởng sau công nhận");
    var recognition = fixtures.districtRecognition(model);
    var proposed =
        acting.as(
            "duclinh.reviewer",
            () -> commendations.propose(recognition.id(), "Giấy khen của Ủy ban nhân dân huyện"));
    var award =
        new Commendation.Answer(
            CommendationView.State.AWARDED,
            "1234/QĐ-UBND",
            LocalDate.now(vn.dvk.shared.MovementTime.ZONE),
            "Ủy ban nhân dân huyện Đức Linh",
            "Chủ tịch UBND huyện",
            null);

    var byProposer =
        catchThrowable(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () -> commendations.record(proposed.id(), award, proposed.version())));
    var awarded =
        acting.as(
            "duclinh.reviewer2",
            () -> commendations.record(proposed.id(), award, proposed.version()));

    assertThat(byProposer)
        .isInstanceOf(ForbiddenException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.maker-checker");
    assertThat(awarded.state()).isEqualTo(CommendationView.State.AWARDED);
    assertThat(awarded.decisionNumber()).isEqualTo("1234/QĐ-UBND");
    assertThat(acting.as("leader", () -> recognitions.ofModel(model.id())))
        .as("commendation is a step apart: the recognition is unchanged")
        .singleElement()
        .matches(RecognitionView::isStanding);
    assertThat(acting.as("leader", () -> commendations.ofModel(model.id())))
        .extracting(CommendationView::state)
        .containsExactly(CommendationView.State.AWARDED);
  }

  @Test
  void ofTwoAnswersOnTheSameVersionOfACommendationOnlyTheFirstIsSaved() {
    var model = fixtures.registeredModelOfDucLinh("Hai người ghi khen thưởng");
    var recognition = fixtures.districtRecognition(model);
    var proposed =
        acting.as("duclinh.reviewer", () -> commendations.propose(recognition.id(), "Giấy khen"));
    var first = commendationRepository.findById(proposed.id()).orElseThrow();
    var second = commendationRepository.findById(proposed.id()).orElseThrow();
    var now = java.time.Instant.now();
    first.answer(
        new Commendation.Answer(CommendationView.State.DECLINED, null, null, null, null, "Chưa đủ"),
        proposed.version(),
        "a",
        now);
    second.answer(
        new Commendation.Answer(CommendationView.State.DECLINED, null, null, null, null, "Khác"),
        proposed.version(),
        "b",
        now);

    commendationRepository.save(first);

    assertThat(catchThrowable(() -> commendationRepository.save(second)))
        .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    assertThat(commendationRepository.findById(proposed.id()).orElseThrow().view().reason())
        .isEqualTo("Chưa đủ");
  }

  @Test
  void aLowResultFlagIsFollowedUpReportedOnAndClearedByALaterReview() {
    var model = fixtures.registeredModelOfDucLinh("Kết quả thấp chưa lan tỏa");
    var flag =
        acting.as(
            "duclinh.reviewer",
            () ->
                lowResults.flag(
                    model.id(),
                    RoundFixtures.YEAR,
                    "Ít hộ tham gia, chưa lan tỏa trong Nhân dân",
                    List.of(
                        new LowResults.Action(
                            "Họp dân, vận động thêm hộ tham gia",
                            LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30)),
                        new LowResults.Action(
                            "Báo cáo kết quả quý",
                            LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(90)))));
    var first = flag.followUps().get(0);

    var reported = acting.as("duclinh", () -> lowResults.report(first.id(), "Đã họp dân 3 thôn"));
    var twice =
        catchThrowable(() -> acting.run("duclinh", () -> lowResults.report(first.id(), "Lần hai")));
    var foreign =
        catchThrowable(
            () -> acting.run("tanhlinh", () -> lowResults.report(first.id(), "Không phải")));
    var kept =
        acting.as(
            "duclinh.reviewer",
            () ->
                lowResults.review(
                    flag.id(), LowResultView.Outcome.KEPT, "Chưa đủ", reported.version()));
    var cleared =
        acting.as(
            "duclinh.reviewer",
            () ->
                lowResults.review(
                    flag.id(), LowResultView.Outcome.CLEARED, "Đã cải thiện", kept.version()));

    assertThat(reported.followUps().get(0).report()).isEqualTo("Đã họp dân 3 thôn");
    assertThat(twice).isInstanceOf(ConflictException.class);
    assertThat(foreign).isInstanceOf(NotFoundException.class);
    assertThat(kept.state()).isEqualTo(LowResultView.State.OPEN);
    assertThat(cleared.state()).isEqualTo(LowResultView.State.CLEARED);
    assertThat(cleared.reviews())
        .extracting(LowResultView.Review::outcome)
        .containsExactly(LowResultView.Outcome.KEPT, LowResultView.Outcome.CLEARED);
    assertThat(acting.as("leader", () -> lowResults.flagged(RoundFixtures.YEAR, "BT.DL")))
        .extracting(LowResultView::id)
        .contains(flag.id());
    assertThat(
            catchThrowable(
                () ->
                    acting.run("tanhlinh", () -> lowResults.flagged(RoundFixtures.YEAR, "BT.DL"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(audit.history(LowResults.SUBJECT, String.valueOf(flag.id())))
        .extracting("action")
        .containsExactly(
            "LOW_RESULT_FLAGGED", "FOLLOW_UP_REPORTED", "LOW_RESULT_KEPT", "LOW_RESULT_CLEARED");
  }

  @Test
  void onlyAReviewerFlagsAndAFlagNeedsAReasonAndActions() {
    var model = fixtures.registeredModelOfDucLinh("Cờ không hợp lệ");

    var byOfficer =
        catchThrowable(
            () ->
                acting.run(
                    "duclinh",
                    () -> lowResults.flag(model.id(), RoundFixtures.YEAR, "x", List.of())));
    var empty =
        catchThrowable(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () -> lowResults.flag(model.id(), RoundFixtures.YEAR, " ", List.of())));

    assertThat(byOfficer).isInstanceOf(ForbiddenException.class);
    assertThat(empty)
        .isInstanceOf(vn.dvk.shared.InvalidInputException.class)
        .extracting("violations")
        .asList()
        .extracting("field")
        .containsExactly("reason", "actions");
  }

  private static Recognitions.Revocation revocation(String reason) {
    return new Recognitions.Revocation(
        LocalDate.now(vn.dvk.shared.MovementTime.ZONE),
        "Trần Văn Minh",
        "Trưởng Ban Dân vận",
        reason);
  }
}

package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.i18n.Message;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.units.Level;

@IntegrationTest
class ReviewRoundTests {

  static final int YEAR = RoundFixtures.YEAR;

  @Autowired ReviewRounds rounds;
  @Autowired MockMvc mvc;
  @Autowired RoundProposals proposing;
  @Autowired CouncilBallots ballots;
  @Autowired RoundAdministration administration;
  @Autowired CouncilFormation councilFormation;
  @Autowired RoundDecisions roundDecisions;
  @Autowired Recognitions recognitions;
  @Autowired MobilizationModels models;
  @Autowired UserAccounts accounts;
  @Autowired AuditLog audit;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired RoundFixtures fixtures;

  @BeforeEach
  void councilMembersAndASecondReviewer() {
    fixtures.councilMembersAndASecondReviewer();
  }

  @Test
  void aModelGoesFromItsDistrictsRecognitionToTheProvincesThroughTwoRounds() {
    var model = fixtures.registeredModelOfDucLinh("Hai vòng xét công nhận");
    var district = fixtures.districtRecognition(model);

    assertThat(district.level()).isEqualTo(Level.DISTRICT);
    assertThat(district.decisionNumber()).matches("\\d+-QĐ/BDVHU");

    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh " + model.id(),
            LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var proposal =
        acting.as(
            "duclinh",
            () ->
                proposing.propose(
                    round.id(),
                    model.id(),
                    new RoundProposals.Dossier("Biên bản họp xét cấp huyện", 7, 0)));
    assertThat(proposal.basisRecognitionId()).isEqualTo(district.id());
    var dossier = acting.as("reviewer", () -> rounds.board(round.id())).get(0);
    assertThat(dossier.basis().decisionNumber()).isEqualTo(district.decisionNumber());
    assertThat(dossier.proposal().considerationNote()).isEqualTo("Biên bản họp xét cấp huyện");
    var council = fixtures.council("reviewer", round, "council", "council.dl", "council.tl");

    fixtures.scoreAndVote("council", proposal.id(), "8", true);
    fixtures.scoreAndVote("council.tl", proposal.id(), "7", true);
    var meeting =
        acting.as(
            "reviewer",
            () ->
                administration.recordMeeting(
                    round.id(),
                    new RoundAdministration.Meeting(
                        LocalDate.now(vn.dvk.shared.MovementTime.ZONE),
                        "Hội trường Tỉnh ủy",
                        null,
                        Set.of("council", "council.dl", "council.tl")),
                    council.version()));
    var decided =
        acting.as(
            "reviewer",
            () -> roundDecisions.decide(round.id(), RoundFixtures.issue(), meeting.version()));

    assertThat(decided.state()).isEqualTo(RoundState.DECIDED);
    assertThat(acting.as("leader", () -> recognitions.ofModel(model.id())))
        .extracting(RecognitionView::level)
        .containsExactly(Level.DISTRICT, Level.PROVINCE);
    var decision = acting.as("reviewer", () -> recognitions.decision(decided.decisionId()));
    assertThat(decision.number()).matches("\\d+-QĐ/BDVTU");
    assertThat(decision.recognitions())
        .extracting(RecognitionView::modelId)
        .containsExactly(model.id());
    assertThat(audit.history(RoundAdministration.ROUND, String.valueOf(round.id())))
        .extracting("action")
        .containsExactly("ROUND_OPENED", "COUNCIL_FORMED", "MEETING_RECORDED", "ROUND_DECIDED");
  }

  @Test
  void aProposalWithoutRecognitionAtTheLevelBelowIsRefused() {
    var model = fixtures.registeredModelOfDucLinh("Chưa được huyện công nhận");
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh chưa công nhận",
            LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));

    var refused =
        catchThrowable(
            () -> acting.run("duclinh", () -> proposing.propose(round.id(), model.id(), null)));

    assertThat(refused)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.not-recognized-below");
  }

  @Test
  void aUnitOutsideTheModelsChainMayNotProposeIt() {
    var model = fixtures.registeredModelOfDucLinh("Không thuộc chuỗi Tánh Linh");
    fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh ngoài chuỗi",
            LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));

    var refused =
        catchThrowable(
            () -> acting.run("tanhlinh", () -> proposing.propose(round.id(), model.id(), null)));

    assertThat(refused).isInstanceOf(vn.dvk.shared.NotFoundException.class);
  }

  @Test
  void aLateProposalIsRefusedShowingTheDeadline() {
    var model = fixtures.registeredModelOfDucLinh("Đề nghị quá hạn");
    fixtures.districtRecognition(model);
    var deadline = LocalDate.now(vn.dvk.shared.MovementTime.ZONE).minusDays(1);
    var round = fixtures.provinceRound("Xét cấp tỉnh đã hết hạn", deadline);

    var refused =
        catchThrowable(
            () -> acting.run("duclinh", () -> proposing.propose(round.id(), model.id(), null)));

    assertThat(refused)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey", "arguments")
        .containsExactly("recognition.error.deadline-passed", new Object[] {deadline});
  }

  @Test
  void aMemberMayNotScoreAProposalFromTheirOwnUnitsSubtree() {
    var model = fixtures.registeredModelOfDucLinh("Xung đột lợi ích");
    fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh xung đột", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    fixtures.council("reviewer", round, "council", "council.dl");

    var refused =
        catchThrowable(
            () ->
                acting.run(
                    "council.dl",
                    () -> ballots.score(proposal.id(), fixtures.scores(round.id(), "9"))));
    var assigning =
        catchThrowable(
            () ->
                acting.run(
                    "reviewer",
                    () -> councilFormation.assign(proposal.id(), List.of("council.dl"))));

    assertThat(refused).isInstanceOf(ForbiddenException.class);
    assertThat(assigning)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.conflict-of-interest");
    assertThat(acting.as("council.dl", () -> ballots.sheets(round.id()))).isEmpty();
  }

  @Test
  void aMemberSeesTheOthersScoresOnlyAfterSubmittingTheirOwn() {
    var model = fixtures.registeredModelOfDucLinh("Điểm ẩn");
    fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh điểm ẩn", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    fixtures.council("reviewer", round, "council", "council.tl");
    fixtures.scoreAndVote("council", proposal.id(), "9", true);

    var before =
        acting.as(
            "council.tl", () -> ballots.score(proposal.id(), fixtures.scores(round.id(), "6")));
    var after = acting.as("council.tl", () -> ballots.submit(proposal.id(), false, "Chưa lan tỏa"));

    assertThat(before.othersScores()).isEmpty();
    assertThat(before.othersBallots()).isEmpty();
    assertThat(after.othersScores()).containsOnlyKeys("council");
    assertThat(after.othersBallots().get("council").agree()).isTrue();
    assertThat(after.myScore()).isEqualByComparingTo("6");
  }

  @Test
  void aMemberWhoRecusedIsNotCountedAndTheVoteNeedsMoreThanHalfOfThosePresent() {
    var model = fixtures.registeredModelOfDucLinh("Biểu quyết và rút lui");
    fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh biểu quyết", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    var council = fixtures.council("reviewer", round, "council", "council.tl", "council.dl");
    fixtures.scoreAndVote("council", proposal.id(), "8", true);
    acting.run("council.tl", () -> ballots.recuse(proposal.id(), "Người thân tham gia mô hình"));
    var meeting = fixtures.meeting("reviewer", council, "council", "council.tl");

    var entry = acting.as("reviewer", () -> rounds.board(round.id())).get(0);

    // council.dl may not judge Đức Linh's model, council.tl recused: one eligible member, agreeing.
    assertThat(entry.outcome().present()).isEqualTo(1);
    assertThat(entry.outcome().agree()).isEqualTo(1);
    assertThat(entry.outcome().quorum()).isTrue();
    assertThat(entry.outcome().recognized()).isTrue();
    assertThat(entry.recusals()).containsKey("council.tl");
    assertThat(meeting.members()).filteredOn(m -> Boolean.TRUE.equals(m.present())).hasSize(2);
  }

  @Test
  void whoProposedAModelMayNotDecideOnIt() {
    fixtures.user("duclinh.reviewer2", Role.REVIEWER, "BT.DL");
    var model = fixtures.registeredModelOfDucLinh("Người đề nghị không quyết định");
    var round =
        acting.as(
            "duclinh.reviewer",
            () ->
                administration.open(
                    new RoundAdministration.OpenRound(
                        YEAR,
                        "Xét cấp huyện người đề nghị",
                        LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(9),
                        null,
                        null,
                        null)));
    acting.run("duclinh.reviewer", () -> proposing.propose(round.id(), model.id(), null));
    var council = fixtures.council("duclinh.reviewer", round, "council.dl");
    var meeting = fixtures.meeting("duclinh.reviewer", council, "council.dl");

    var refused =
        catchThrowable(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () ->
                        roundDecisions.decide(
                            round.id(), RoundFixtures.issue(), meeting.version())));
    var byAnother =
        acting.as(
            "duclinh.reviewer2",
            () -> roundDecisions.decide(round.id(), RoundFixtures.issue(), meeting.version()));

    assertThat(refused)
        .isInstanceOf(ForbiddenException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.maker-checker");
    assertThat(byAnother.state()).isEqualTo(RoundState.DECIDED);
  }

  @Test
  void aProposalReturnedForRevisionOrWithdrawnLeavesTheRoundAndMayBeProposedAgain() {
    var model = fixtures.registeredModelOfDucLinh("Trả lại rồi đề nghị lại");
    fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh trả lại", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var first = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));

    var noReason =
        catchThrowable(
            () ->
                acting.run(
                    "reviewer",
                    () -> administration.returnForRevision(first.id(), " ", first.version())));
    var returned =
        acting.as(
            "reviewer",
            () ->
                administration.returnForRevision(
                    first.id(), "Bổ sung số liệu kết quả", first.version()));
    var second = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    var byOtherUnit =
        catchThrowable(
            () -> acting.run("tanhlinh", () -> proposing.withdraw(second.id(), second.version())));
    var withdrawn = acting.as("duclinh", () -> proposing.withdraw(second.id(), second.version()));

    assertThat(noReason).isInstanceOf(vn.dvk.shared.InvalidInputException.class);
    assertThat(returned.state()).isEqualTo(ProposalState.RETURNED);
    assertThat(returned.reason()).isEqualTo("Bổ sung số liệu kết quả");
    assertThat(byOtherUnit).isInstanceOf(ForbiddenException.class);
    assertThat(withdrawn.state()).isEqualTo(ProposalState.WITHDRAWN);
    assertThat(acting.as("reviewer", () -> rounds.board(round.id())))
        .extracting(e -> e.proposal().state())
        .containsExactlyInAnyOrder(ProposalState.RETURNED, ProposalState.WITHDRAWN);
  }

  @Test
  void aReviewerWhoseScopeDoesNotCoverTheRoundCannotActOnIt() {
    var model = fixtures.registeredModelOfDucLinh("Ngoài phạm vi người thẩm định");
    var round =
        acting.as(
            "duclinh.reviewer",
            () ->
                administration.open(
                    new RoundAdministration.OpenRound(
                        YEAR,
                        "Xét cấp huyện phạm vi",
                        LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(9),
                        null,
                        null,
                        null)));
    acting.run("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    fixtures.user("tanhlinh.reviewer", vn.dvk.identity.Role.REVIEWER, "BT.TL");

    var meeting =
        catchThrowable(
            () ->
                acting.run(
                    "tanhlinh.reviewer",
                    () ->
                        administration.recordMeeting(
                            round.id(),
                            new RoundAdministration.Meeting(
                                LocalDate.now(vn.dvk.shared.MovementTime.ZONE),
                                null,
                                null,
                                Set.of()),
                            round.version())));
    var board =
        catchThrowable(() -> acting.run("tanhlinh.reviewer", () -> rounds.board(round.id())));

    assertThat(meeting).isInstanceOf(vn.dvk.shared.NotFoundException.class);
    assertThat(board).isInstanceOf(vn.dvk.shared.NotFoundException.class);
  }

  @Test
  void aRoundThatRecognizesNoneIsDecidedWithoutADecisionAndEachProposalHasItsReason()
      throws Exception {
    var model = fixtures.registeredModelOfDucLinh("Xét mà không công nhận");
    var round =
        acting.as(
            "duclinh.reviewer",
            () ->
                administration.open(
                    new RoundAdministration.OpenRound(
                        YEAR,
                        "Xét cấp huyện không công nhận",
                        LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(9),
                        null,
                        null,
                        null)));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    var council = fixtures.council("duclinh.reviewer", round, "council.dl");
    fixtures.scoreAndVote("council.dl", proposal.id(), "3", false);
    var meeting = fixtures.meeting("duclinh.reviewer", council, "council.dl");

    var decided =
        acting.as(
            "duclinh.reviewer",
            () -> roundDecisions.decide(round.id(), RoundFixtures.issue(), meeting.version()));

    assertThat(decided.state()).isEqualTo(RoundState.DECIDED);
    assertThat(decided.decisionId()).isNull();
    var after = acting.as("duclinh", () -> rounds.proposal(proposal.id()));
    assertThat(after.state()).isEqualTo(ProposalState.NOT_RECOGNIZED);
    assertThat(after.reason()).isNull();
    assertThat(after.reasonMessage()).isEqualTo(Message.of("recognition.reason.vote", 0, 1));
    for (var language : List.of("en", "vi")) {
      mvc.perform(
              as(get("/api/v1/rounds/{id}/proposals", round.id()), "duclinh.reviewer")
                  .header("Accept-Language", language))
          .andExpect(status().isOk())
          .andExpect(
              jsonPath("$.items[0].reason")
                  .value(
                      language.equals("en")
                          ? "Vote: 0 of 1 members present agreed"
                          : "Biểu quyết: 0/1 thành viên có mặt đồng ý"));
    }
    mvc.perform(as(get("/rounds/{id}", round.id()), "duclinh.reviewer").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Vote: 0 of 1 members present agreed")));
    assertThat(acting.as("leader", () -> recognitions.ofModel(model.id()))).isEmpty();
  }

  @Test
  void aUnitBelowTheRoundSeesOnlyTheProposalsOfItsOwnSubtree() {
    var model = fixtures.registeredModelOfDucLinh("Chỉ thấy hồ sơ của mình");
    fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh phạm vi hồ sơ",
            LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));

    assertThat(acting.as("duclinh", () -> rounds.proposals(round.id())))
        .extracting(ProposalView::id)
        .containsExactly(proposal.id());
    assertThat(acting.as("tanhlinh", () -> rounds.proposals(round.id()))).isEmpty();
    assertThat(catchThrowable(() -> acting.run("tanhlinh", () -> rounds.proposal(proposal.id()))))
        .isInstanceOf(vn.dvk.shared.NotFoundException.class);
    assertThat(acting.as("reviewer", () -> rounds.proposals(round.id()))).hasSize(1);
  }

  @Test
  void aProposalWhoseRecognitionBelowWasRevokedMeanwhileIsNotRecognized() {
    var model = fixtures.registeredModelOfDucLinh("Thu hồi giữa chừng");
    var district = fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh thu hồi giữa chừng",
            LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    var council = fixtures.council("reviewer", round, "council");
    fixtures.scoreAndVote("council", proposal.id(), "9", true);
    var meeting = fixtures.meeting("reviewer", council, "council");
    acting.run(
        "duclinh.reviewer",
        () ->
            recognitions.revoke(
                district.id(),
                new Recognitions.Revocation(
                    LocalDate.now(vn.dvk.shared.MovementTime.ZONE),
                    "Trần Văn Minh",
                    "Trưởng ban",
                    "Báo cáo không đúng")));

    acting.run(
        "reviewer",
        () -> roundDecisions.decide(round.id(), RoundFixtures.issue(), meeting.version()));

    var after = acting.as("reviewer", () -> rounds.proposal(proposal.id()));
    assertThat(after.state()).isEqualTo(ProposalState.NOT_RECOGNIZED);
    assertThat(after.reasonMessage()).isEqualTo(Message.of("recognition.reason.basis-gone"));
    assertThat(acting.as("leader", () -> recognitions.ofModel(model.id())))
        .noneMatch(r -> r.level() == Level.PROVINCE);
  }

  @Test
  void ofTwoReviewersDecidingAtOnceOneWinsAndTheOtherGetsAConflict() throws Exception {
    var model = fixtures.registeredModelOfDucLinh("Hai người cùng quyết định");
    fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh đồng thời", LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(30));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    var council = fixtures.council("reviewer", round, "council");
    fixtures.scoreAndVote("council", proposal.id(), "8", true);
    var meeting = fixtures.meeting("reviewer", council, "council");

    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2);
    var results = new ArrayList<Future<RoundView>>();
    for (var reviewer : List.of("reviewer", "reviewer.two")) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return acting.as(
                    reviewer,
                    () ->
                        roundDecisions.decide(
                            round.id(), RoundFixtures.issue(), meeting.version()));
              }));
    }
    start.countDown();
    var outcomes = new ArrayList<Object>();
    for (var result : results) {
      try {
        outcomes.add(result.get());
      } catch (java.util.concurrent.ExecutionException failed) {
        outcomes.add(failed.getCause());
      }
    }
    pool.shutdown();

    assertThat(outcomes).filteredOn(RoundView.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from recognition_decision where round_id = :id")
                .param("id", round.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(acting.as("leader", () -> recognitions.ofModel(model.id())))
        .filteredOn(r -> r.level() == Level.PROVINCE)
        .hasSize(1);
  }
}

package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationAction;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.units.Level;

@IntegrationTest
class ReviewRoundTests {

  static final int YEAR = 2026;

  @Autowired ReviewRounds rounds;
  @Autowired Recognitions recognitions;
  @Autowired MobilizationModels models;
  @Autowired UserAccounts accounts;
  @Autowired AuditLog audit;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void councilMembersAndASecondReviewer() {
    user("council.dl", Role.COUNCIL_MEMBER, "BT.DL");
    user("council.tl", Role.COUNCIL_MEMBER, "BT.TL");
    user("reviewer.two", Role.REVIEWER, "BT");
  }

  @Test
  void aModelGoesFromItsDistrictsRecognitionToTheProvincesThroughTwoRounds() {
    var model = registeredModelOfDucLinh("Hai vòng xét công nhận");
    var district = districtRecognition(model);

    assertThat(district.level()).isEqualTo(Level.DISTRICT);
    assertThat(district.decisionNumber()).matches("\\d+-QĐ/BDVHU");

    var round = provinceRound("Xét cấp tỉnh " + model.id(), LocalDate.now().plusDays(30));
    var proposal =
        acting.as(
            "duclinh",
            () ->
                rounds.propose(
                    round.id(),
                    model.id(),
                    new ReviewRounds.Dossier("Biên bản họp xét cấp huyện", 7, 0)));
    assertThat(proposal.basisRecognitionId()).isEqualTo(district.id());
    var council = council("reviewer", round, "council", "council.dl", "council.tl");

    scoreAndVote("council", proposal.id(), "8", true);
    scoreAndVote("council.tl", proposal.id(), "7", true);
    var meeting =
        acting.as(
            "reviewer",
            () ->
                rounds.recordMeeting(
                    round.id(),
                    new ReviewRounds.Meeting(
                        LocalDate.now(),
                        "Hội trường Tỉnh ủy",
                        null,
                        Set.of("council", "council.dl", "council.tl")),
                    council.version()));
    var decided =
        acting.as("reviewer", () -> rounds.decide(round.id(), issue(), meeting.version()));

    assertThat(decided.state()).isEqualTo(RoundState.DECIDED);
    assertThat(acting.as("leader", () -> recognitions.ofModel(model.id())))
        .extracting(RecognitionView::level)
        .containsExactly(Level.DISTRICT, Level.PROVINCE);
    var decision = acting.as("reviewer", () -> recognitions.decision(decided.decisionId()));
    assertThat(decision.number()).matches("\\d+-QĐ/BDVTU");
    assertThat(decision.recognitions())
        .extracting(RecognitionView::modelId)
        .containsExactly(model.id());
    assertThat(audit.history(ReviewRounds.ROUND, String.valueOf(round.id())))
        .extracting("action")
        .containsExactly("ROUND_OPENED", "COUNCIL_FORMED", "MEETING_RECORDED", "ROUND_DECIDED");
  }

  @Test
  void aProposalWithoutRecognitionAtTheLevelBelowIsRefused() {
    var model = registeredModelOfDucLinh("Chưa được huyện công nhận");
    var round = provinceRound("Xét cấp tỉnh chưa công nhận", LocalDate.now().plusDays(30));

    var refused =
        catchThrowable(
            () -> acting.run("duclinh", () -> rounds.propose(round.id(), model.id(), null)));

    assertThat(refused)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.not-recognized-below");
  }

  @Test
  void aUnitOutsideTheModelsChainMayNotProposeIt() {
    var model = registeredModelOfDucLinh("Không thuộc chuỗi Tánh Linh");
    districtRecognition(model);
    var round = provinceRound("Xét cấp tỉnh ngoài chuỗi", LocalDate.now().plusDays(30));

    var refused =
        catchThrowable(
            () -> acting.run("tanhlinh", () -> rounds.propose(round.id(), model.id(), null)));

    assertThat(refused).isInstanceOf(vn.dvk.shared.NotFoundException.class);
  }

  @Test
  void aLateProposalIsRefusedShowingTheDeadline() {
    var model = registeredModelOfDucLinh("Đề nghị quá hạn");
    districtRecognition(model);
    var deadline = LocalDate.now().minusDays(1);
    var round = provinceRound("Xét cấp tỉnh đã hết hạn", deadline);

    var refused =
        catchThrowable(
            () -> acting.run("duclinh", () -> rounds.propose(round.id(), model.id(), null)));

    assertThat(refused)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey", "arguments")
        .containsExactly("recognition.error.deadline-passed", new Object[] {deadline});
  }

  @Test
  void aMemberMayNotScoreAProposalFromTheirOwnUnitsSubtree() {
    var model = registeredModelOfDucLinh("Xung đột lợi ích");
    districtRecognition(model);
    var round = provinceRound("Xét cấp tỉnh xung đột", LocalDate.now().plusDays(30));
    var proposal = acting.as("duclinh", () -> rounds.propose(round.id(), model.id(), null));
    council("reviewer", round, "council", "council.dl");

    var refused =
        catchThrowable(
            () ->
                acting.run(
                    "council.dl", () -> rounds.score(proposal.id(), scores(round.id(), "9"))));
    var assigning =
        catchThrowable(
            () ->
                acting.run("reviewer", () -> rounds.assign(proposal.id(), List.of("council.dl"))));

    assertThat(refused).isInstanceOf(ForbiddenException.class);
    assertThat(assigning)
        .isInstanceOf(BusinessRuleException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.conflict-of-interest");
    assertThat(acting.as("council.dl", () -> rounds.sheets(round.id()))).isEmpty();
  }

  @Test
  void aMemberSeesTheOthersScoresOnlyAfterSubmittingTheirOwn() {
    var model = registeredModelOfDucLinh("Điểm ẩn");
    districtRecognition(model);
    var round = provinceRound("Xét cấp tỉnh điểm ẩn", LocalDate.now().plusDays(30));
    var proposal = acting.as("duclinh", () -> rounds.propose(round.id(), model.id(), null));
    council("reviewer", round, "council", "council.tl");
    scoreAndVote("council", proposal.id(), "9", true);

    var before =
        acting.as("council.tl", () -> rounds.score(proposal.id(), scores(round.id(), "6")));
    var after = acting.as("council.tl", () -> rounds.submit(proposal.id(), false, "Chưa lan tỏa"));

    assertThat(before.othersScores()).isEmpty();
    assertThat(before.othersBallots()).isEmpty();
    assertThat(after.othersScores()).containsOnlyKeys("council");
    assertThat(after.othersBallots().get("council").agree()).isTrue();
    assertThat(after.myScore()).isEqualByComparingTo("6");
  }

  @Test
  void aMemberWhoRecusedIsNotCountedAndTheVoteNeedsMoreThanHalfOfThosePresent() {
    var model = registeredModelOfDucLinh("Biểu quyết và rút lui");
    districtRecognition(model);
    var round = provinceRound("Xét cấp tỉnh biểu quyết", LocalDate.now().plusDays(30));
    var proposal = acting.as("duclinh", () -> rounds.propose(round.id(), model.id(), null));
    var council = council("reviewer", round, "council", "council.tl", "council.dl");
    scoreAndVote("council", proposal.id(), "8", true);
    acting.run("council.tl", () -> rounds.recuse(proposal.id(), "Người thân tham gia mô hình"));
    var meeting = meeting("reviewer", council, "council", "council.tl");

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
    user("duclinh.reviewer2", Role.REVIEWER, "BT.DL");
    var model = registeredModelOfDucLinh("Người đề nghị không quyết định");
    var round =
        acting.as(
            "duclinh.reviewer",
            () ->
                rounds.open(
                    new ReviewRounds.OpenRound(
                        YEAR,
                        "Xét cấp huyện người đề nghị",
                        LocalDate.now().plusDays(9),
                        null,
                        null,
                        null)));
    acting.run("duclinh.reviewer", () -> rounds.propose(round.id(), model.id(), null));
    var council = council("duclinh.reviewer", round, "council.dl");
    var meeting = meeting("duclinh.reviewer", council, "council.dl");

    var refused =
        catchThrowable(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () -> rounds.decide(round.id(), issue(), meeting.version())));
    var byAnother =
        acting.as("duclinh.reviewer2", () -> rounds.decide(round.id(), issue(), meeting.version()));

    assertThat(refused)
        .isInstanceOf(ForbiddenException.class)
        .extracting("messageKey")
        .isEqualTo("recognition.error.maker-checker");
    assertThat(byAnother.state()).isEqualTo(RoundState.DECIDED);
  }

  @Test
  void ofTwoReviewersDecidingAtOnceOneWinsAndTheOtherGetsAConflict() throws Exception {
    var model = registeredModelOfDucLinh("Hai người cùng quyết định");
    districtRecognition(model);
    var round = provinceRound("Xét cấp tỉnh đồng thời", LocalDate.now().plusDays(30));
    var proposal = acting.as("duclinh", () -> rounds.propose(round.id(), model.id(), null));
    var council = council("reviewer", round, "council");
    scoreAndVote("council", proposal.id(), "8", true);
    var meeting = meeting("reviewer", council, "council");

    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2);
    var results = new ArrayList<Future<RoundView>>();
    for (var reviewer : List.of("reviewer", "reviewer.two")) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return acting.as(
                    reviewer, () -> rounds.decide(round.id(), issue(), meeting.version()));
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

  // ------------------------------------------------------------------------------------ helpers

  private RecognitionView districtRecognition(ModelView model) {
    var round =
        acting.as(
            "duclinh.reviewer",
            () ->
                rounds.open(
                    new ReviewRounds.OpenRound(
                        YEAR,
                        "Xét cấp huyện " + model.id(),
                        LocalDate.now().plusDays(10),
                        null,
                        null,
                        null)));
    var proposal = acting.as("duclinh", () -> rounds.propose(round.id(), model.id(), null));
    var council = council("duclinh.reviewer", round, "council.dl");
    scoreAndVote("council.dl", proposal.id(), "8", true);
    var meeting = meeting("duclinh.reviewer", council, "council.dl");
    acting.run("duclinh.reviewer", () -> rounds.decide(round.id(), issue(), meeting.version()));
    return acting.as("leader", () -> recognitions.ofModel(model.id())).stream()
        .filter(r -> r.level() == Level.DISTRICT)
        .findFirst()
        .orElseThrow();
  }

  private RoundView council(String reviewer, RoundView round, String... members) {
    return acting.as(
        reviewer, () -> rounds.setMembers(round.id(), List.of(members), round.version()));
  }

  private RoundView meeting(String reviewer, RoundView round, String... present) {
    return acting.as(
        reviewer,
        () ->
            rounds.recordMeeting(
                round.id(),
                new ReviewRounds.Meeting(LocalDate.now(), null, null, Set.of(present)),
                round.version()));
  }

  private RoundView provinceRound(String title, LocalDate deadline) {
    return acting.as(
        "reviewer",
        () -> rounds.open(new ReviewRounds.OpenRound(YEAR, title, deadline, null, null, null)));
  }

  private void scoreAndVote(String member, long proposalId, String score, boolean agree) {
    acting.run(
        member,
        () -> {
          var roundId = rounds.proposal(proposalId).roundId();
          rounds.score(proposalId, scores(roundId, score));
          rounds.submit(proposalId, agree, null);
        });
  }

  private Map<String, BigDecimal> scores(long roundId, String score) {
    var result = new java.util.LinkedHashMap<String, BigDecimal>();
    jdbc.sql("select code from recognition_round_criterion where round_id = :id")
        .param("id", roundId)
        .query(String.class)
        .list()
        .forEach(code -> result.put(code, new BigDecimal(score)));
    return result;
  }

  private static ReviewRounds.Issue issue() {
    return new ReviewRounds.Issue(LocalDate.now(), "Nguyễn Văn A", "Trưởng ban", Map.of());
  }

  private ModelView registeredModelOfDucLinh(String title) {
    var model = acting.as("duclinh", () -> models.create(Models.collective(title, "BT.DL"), YEAR));
    acting.run("duclinh", () -> models.act(model.id(), YEAR, RegistrationAction.SUBMIT, null));
    acting.run("reviewer", () -> models.act(model.id(), YEAR, RegistrationAction.APPROVE, null));
    return model;
  }

  private void user(String username, Role role, String unit) {
    if (accounts.findByUsername(username).isEmpty()) {
      accounts.create(new NewUserAccount(username, username, null, role, unit, "demo"));
    }
  }
}

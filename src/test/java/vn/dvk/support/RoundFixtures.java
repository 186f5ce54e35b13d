package vn.dvk.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.Registrations;
import vn.dvk.recognition.CouncilBallots;
import vn.dvk.recognition.CouncilFormation;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.recognition.ReviewRounds;
import vn.dvk.recognition.RoundAdministration;
import vn.dvk.recognition.RoundDecisions;
import vn.dvk.recognition.RoundProposals;
import vn.dvk.recognition.RoundView;
import vn.dvk.units.Level;

/**
 * Rounds for tests, run through the services as their users would: a model of Đức Linh registered
 * this year, its recognition by Đức Linh, a provincial round, councils, ballots and meetings.
 */
@Component
public class RoundFixtures {

  public static final int YEAR = LocalDate.now(vn.dvk.shared.MovementTime.ZONE).getYear();

  private final ReviewRounds rounds;
  private final CouncilBallots ballots;
  private final RoundProposals proposing;
  private final RoundDecisions roundDecisions;
  private final RoundAdministration administration;
  private final CouncilFormation councilFormation;
  private final Recognitions recognitions;
  private final MobilizationModels models;
  private final Registrations registrations;
  private final UserAccounts accounts;
  private final Acting acting;
  private final JdbcClient jdbc;

  RoundFixtures(
      ReviewRounds rounds,
      CouncilBallots ballots,
      RoundProposals proposing,
      RoundDecisions roundDecisions,
      RoundAdministration administration,
      CouncilFormation councilFormation,
      Recognitions recognitions,
      MobilizationModels models,
      Registrations registrations,
      UserAccounts accounts,
      Acting acting,
      JdbcClient jdbc) {
    this.rounds = rounds;
    this.ballots = ballots;
    this.proposing = proposing;
    this.roundDecisions = roundDecisions;
    this.administration = administration;
    this.councilFormation = councilFormation;
    this.recognitions = recognitions;
    this.models = models;
    this.registrations = registrations;
    this.accounts = accounts;
    this.acting = acting;
    this.jdbc = jdbc;
  }

  /** Council members of Đức Linh and Tánh Linh, and a second provincial reviewer. */
  public void councilMembersAndASecondReviewer() {
    user("council.dl", Role.COUNCIL_MEMBER, "BT.DL");
    user("council.tl", Role.COUNCIL_MEMBER, "BT.TL");
    user("reviewer.two", Role.REVIEWER, "BT");
  }

  public RecognitionView districtRecognition(ModelView model) {
    var round =
        acting.as(
            "duclinh.reviewer",
            () ->
                administration.open(
                    new RoundAdministration.OpenRound(
                        YEAR,
                        "Xét cấp huyện " + model.id(),
                        LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(10),
                        null,
                        null,
                        null)));
    var proposal = acting.as("duclinh", () -> proposing.propose(round.id(), model.id(), null));
    var council = council("duclinh.reviewer", round, "council.dl");
    scoreAndVote("council.dl", proposal.id(), "8", true);
    var meeting = meeting("duclinh.reviewer", council, "council.dl");
    acting.run(
        "duclinh.reviewer", () -> roundDecisions.decide(round.id(), issue(), meeting.version()));
    return acting.as("leader", () -> recognitions.ofModel(model.id())).stream()
        .filter(r -> r.level() == Level.DISTRICT)
        .findFirst()
        .orElseThrow();
  }

  public RoundView council(String reviewer, RoundView round, String... members) {
    return acting.as(
        reviewer, () -> councilFormation.setMembers(round.id(), List.of(members), round.version()));
  }

  public RoundView meeting(String reviewer, RoundView round, String... present) {
    return acting.as(
        reviewer,
        () ->
            administration.recordMeeting(
                round.id(),
                new RoundAdministration.Meeting(
                    LocalDate.now(vn.dvk.shared.MovementTime.ZONE), null, null, Set.of(present)),
                round.version()));
  }

  public RoundView provinceRound(String title, LocalDate deadline) {
    return acting.as(
        "reviewer",
        () ->
            administration.open(
                new RoundAdministration.OpenRound(YEAR, title, deadline, null, null, null)));
  }

  public void scoreAndVote(String member, long proposalId, String score, boolean agree) {
    acting.run(
        member,
        () -> {
          var roundId = rounds.proposal(proposalId).roundId();
          ballots.score(proposalId, scores(roundId, score));
          ballots.submit(proposalId, agree, null);
        });
  }

  public Map<String, BigDecimal> scores(long roundId, String score) {
    var result = new java.util.LinkedHashMap<String, BigDecimal>();
    jdbc.sql("select code from recognition_round_criterion where round_id = :id")
        .param("id", roundId)
        .query(String.class)
        .list()
        .forEach(code -> result.put(code, new BigDecimal(score)));
    return result;
  }

  public static RoundDecisions.Issue issue() {
    return new RoundDecisions.Issue(
        LocalDate.now(vn.dvk.shared.MovementTime.ZONE), "Nguyễn Văn A", "Trưởng ban", Map.of());
  }

  public ModelView registeredModelOfDucLinh(String title) {
    var model = acting.as("duclinh", () -> models.create(Models.collective(title, "BT.DL"), YEAR));
    acting.run(
        "duclinh", () -> registrations.act(model.id(), YEAR, RegistrationAction.SUBMIT, null));
    acting.run(
        "reviewer", () -> registrations.act(model.id(), YEAR, RegistrationAction.APPROVE, null));
    return model;
  }

  public void user(String username, Role role, String unit) {
    if (accounts.findByUsername(username).isEmpty()) {
      accounts
          .createAll(List.of(new NewUserAccount(username, username, null, role, unit, "demo")))
          .get(0);
    }
  }

  /** The first demo round the member sits on with more proposals than a page holds (20). */
  public static long roundOfMoreThanAPage(JdbcClient jdbc, String member) {
    return jdbc.sql(
            """
            select r.id from recognition_round r
              join recognition_member m on m.round_id = r.id and m.username = :member
             where (select count(*) from recognition_proposal p where p.round_id = r.id) > 20
             order by r.id
            """)
        .param("member", member)
        .query(Long.class)
        .list()
        .get(0);
  }
}

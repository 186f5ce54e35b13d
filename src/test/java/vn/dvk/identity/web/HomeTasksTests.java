package vn.dvk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.Registrations;
import vn.dvk.recognition.RoundProposals;
import vn.dvk.shared.MovementTime;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/**
 * Each role's home page lists what it has to do, each task counting what its link leads to: an
 * officer's drafts and the rounds above it that take proposals, a reviewer's registrations to
 * decide and its round's proposals, a council member's proposals to score, a leader's year.
 */
@IntegrationTest
class HomeTasksTests {

  static final int YEAR = RoundFixtures.YEAR;
  static final LocalDate TODAY = LocalDate.now(MovementTime.ZONE);

  @Autowired HomeTasks home;
  @Autowired Acting acting;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired RoundProposals proposing;
  @Autowired RoundFixtures fixtures;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired vn.dvk.reporting.YearlySummaries summaries;

  @Test
  void anOfficersNewDraftAddsToTheDraftsToFinishAndSendingItUpAddsToTheReviewersDecisions() {
    var drafts = "/models?year=" + YEAR + "&under=BT.DL&state=DRAFT";
    var decisions = "/models/decisions?year=" + YEAR;
    var draftsBefore = count(tasksOf("duclinh"), drafts);
    var decisionsBefore = count(tasksOf("reviewer"), decisions);

    var model =
        acting.as(
            "duclinh", () -> models.create(Models.collective("Việc trang chủ", "BT.DL"), YEAR));

    var lines = tasksOf("duclinh");
    var line = line(lines, drafts).orElseThrow();
    assertThat(line.count()).isEqualTo(draftsBefore + 1);
    assertThat(line.text()).isEqualTo("draft registrations to finish and send up");
    assertThat(line(lines, "/models?year=" + YEAR + "&under=BT.DL").orElseThrow().text())
        .isEqualTo("registrations of your unit in " + YEAR);

    acting.run(
        "duclinh", () -> registrations.act(model.id(), YEAR, RegistrationAction.SUBMIT, null));

    assertThat(count(tasksOf("duclinh"), drafts)).isEqualTo(draftsBefore);
    assertThat(count(tasksOf("reviewer"), decisions)).isEqualTo(decisionsBefore + 1);
  }

  @Test
  void aProvinceRoundIsTheOfficersToProposeToTheReviewersToCollectAndTheCouncilsToScore() {
    fixtures.councilMembersAndASecondReviewer();
    var model = fixtures.registeredModelOfDucLinh("Mô hình việc cần làm " + System.nanoTime());
    fixtures.districtRecognition(model);
    var deadline = TODAY.plusDays(12);
    var round = fixtures.provinceRound("Vòng tỉnh việc cần làm " + model.id(), deadline);
    var link = "/rounds/" + round.id();

    var propose = line(tasksOf("duclinh"), link).orElseThrow();
    assertThat(propose.count()).isZero();
    assertThat(propose.due()).isEqualTo(deadline);
    assertThat(propose.text()).contains("still takes proposals").contains(round.title());

    var proposal =
        acting.as(
            "duclinh",
            () ->
                proposing.propose(
                    round.id(), model.id(), new RoundProposals.Dossier("Biên bản", 5, 0)));
    fixtures.council("reviewer", round, "council");

    assertThat(count(tasksOf("duclinh"), link)).isEqualTo(1);
    var collecting = line(tasksOf("reviewer"), link).orElseThrow();
    assertThat(collecting.count()).isEqualTo(1);
    assertThat(collecting.text()).contains("received so far");
    var scoring = line(tasksOf("council"), link + "/scoring").orElseThrow();
    assertThat(scoring.count()).isEqualTo(1);
    assertThat(scoring.text())
        .isEqualTo("proposal of “" + round.title() + "” to score and vote on");

    fixtures.scoreAndVote("council", proposal.id(), "8", true);

    assertThat(line(tasksOf("council"), link + "/scoring")).isEmpty();
  }

  @Test
  void aLeaderSeesTheFiguresOfTheLatestYearWithDataEachLeadingToTheSummary() {
    var shown =
        acting.as("leader", () -> summaries.latestWithData("BT", YEAR).orElseThrow().year());
    var summary = "/reports/yearly-summary?year=" + shown;

    var lines = tasksOf("leader");

    assertThat(lines)
        .filteredOn(line -> line.link().equals(summary))
        .extracting(HomeTasks.Line::text)
        .contains("registrations approved in " + shown)
        .anyMatch(text -> text.contains("proposed to the province in " + shown));
    assertThat(line(lines, summary).orElseThrow().count()).isPositive();
    assertThat(lines).noneMatch(line -> line.link().startsWith("/models?"));
  }

  @Test
  void theHomePageListsTheTasksAsLinksWithTheirCounts() throws Exception {
    var drafts = "/models?year=" + YEAR + "&amp;under=BT.DL&amp;state=DRAFT";
    acting.as("duclinh", () -> models.create(Models.collective("Nháp trên trang", "BT.DL"), YEAR));

    var page =
        mvc.perform(get("/").with(user(users.loadUserByUsername("duclinh"))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"tasks\"").contains("href=\"" + drafts + "\"");
    var count = lines(page, drafts);
    assertThat(count)
        .as("the drafts' count on the page")
        .isEqualTo(count(tasksOf("duclinh"), drafts.replace("&amp;", "&")));
    assertThat(page).contains("Bản nháp đăng ký cần hoàn thiện và gửi lên");
  }

  /** The count the page shows on the task that links to {@code href}. */
  private static long lines(String page, String href) {
    var at = page.indexOf("href=\"" + href + "\"");
    var badge =
        java.util.regex.Pattern.compile("dvk-task-count[^>]*>([\\d.,]+)<")
            .matcher(page.substring(at));
    assertThat(badge.find()).isTrue();
    return Long.parseLong(badge.group(1).replaceAll("[.,]", ""));
  }

  private List<HomeTasks.Line> tasksOf(String username) {
    return acting.as(username, () -> home.of(TODAY, Locale.ENGLISH));
  }

  private static Optional<HomeTasks.Line> line(List<HomeTasks.Line> lines, String link) {
    return lines.stream().filter(line -> line.link().equals(link)).findFirst();
  }

  private static long count(List<HomeTasks.Line> lines, String link) {
    return line(lines, link).map(HomeTasks.Line::count).orElse(0L);
  }
}

package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/**
 * The long lists of recognition — rounds, decisions, a member's scoring sheet — come a page at a
 * time, keep their filters from page to page, and show no two rows alike.
 */
@IntegrationTest
class RecognitionListPagesTests {

  private static final Pattern ROW_TEXT = Pattern.compile("(?s)<tr id=\"round-\\d+\">(.*?)</tr>");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired Acting acting;
  @Autowired ReviewRounds rounds;
  @Autowired Recognitions recognitions;
  @Autowired CouncilBallots ballots;
  @Autowired MessageSource messages;

  @Test
  void theRoundsComeTwentyToAPageAndTheSecondPageGoesOn() throws Exception {
    var all = acting.as("reviewer", () -> rounds.visible(null)).stream().map(r -> r.id()).toList();
    assertThat(all).hasSizeGreaterThan(40);

    var first = page(get("/rounds"), "reviewer");
    var second = page(get("/rounds").param("page", "1"), "reviewer");

    assertThat(ids(first, "round")).isEqualTo(all.subList(0, 20));
    assertThat(ids(second, "round")).isEqualTo(all.subList(20, 40));
    assertThat(first).contains(rows(1, 20, all.size())).contains("href=\"/rounds?page=1\"");
    assertThat(second).contains(rows(21, 40, all.size())).contains("href=\"/rounds\"");
  }

  @Test
  void anOfficersRoundsAreEachShownOnceAndNoTwoRowsReadTheSame() throws Exception {
    // The demo's years; other tests open more rounds of this year as they please.
    for (var year : List.of(2022, 2024)) {
      for (var officer : List.of("duclinh", "tanhlinh")) {
        var all = acting.as(officer, () -> rounds.visible(year));
        var held = new HashSet<String>();
        all.forEach(r -> held.add(r.unitCode() + " " + r.level() + " " + r.year()));
        assertThat(held)
            .as(officer + "'s rounds of " + year + ", by unit and level")
            .hasSameSizeAs(all);

        var texts = new ArrayList<String>();
        for (int p = 0; p * 20 < all.size(); p++) {
          var html =
              page(
                  get("/rounds")
                      .param("year", String.valueOf(year))
                      .param("page", String.valueOf(p)),
                  officer);
          var row = ROW_TEXT.matcher(html);
          while (row.find()) {
            texts.add(row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
          }
        }
        assertThat(texts)
            .as(officer + "'s rows of " + year)
            .hasSameSizeAs(all)
            .doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void aDecidedRoundNamesItsDecisionInTheList() throws Exception {
    var decided =
        acting.as("duclinh", () -> rounds.visible(null)).stream()
            .filter(r -> r.decisionId() != null)
            .findFirst()
            .orElseThrow();
    var number =
        jdbc.sql("select number from recognition_decision where id = :id")
            .param("id", decided.decisionId())
            .query(String.class)
            .single();

    assertThat(page(get("/rounds").param("year", String.valueOf(decided.year())), "duclinh"))
        .contains(
            "href=\"/recognition/decisions/" + decided.decisionId() + "\" dir=\"ltr\">" + number);
  }

  @Test
  void theYearFilterIsKeptInThePagingLinksAndHtmxGetsTheResultsAlone() throws Exception {
    var year = busiestYear();
    var all = acting.as("reviewer", () -> rounds.visible(year));

    var html =
        page(get("/rounds").param("year", String.valueOf(year)).param("size", "5"), "reviewer");
    var fragment =
        page(
            get("/rounds")
                .param("year", String.valueOf(year))
                .param("page", "1")
                .header("HX-Request", "true"),
            "reviewer");

    assertThat(ids(html, "round")).hasSize(5);
    assertThat(html).contains("href=\"/rounds?year=" + year + "&amp;size=5&amp;page=1\"");
    assertThat(html).contains("hx-get=\"/rounds?year=" + year + "&amp;size=5&amp;page=1\"");
    assertThat(fragment).doesNotContain("<html").doesNotContain("id=\"open-round\"");
    assertThat(ids(fragment, "round"))
        .isEqualTo(all.subList(20, Math.min(40, all.size())).stream().map(r -> r.id()).toList());
  }

  @Test
  void aPageBeyondTheEndSaysWhichIsTheLastAndTooDeepAPageIsRefused() throws Exception {
    var count = acting.as("duclinh", () -> rounds.visible(null)).size();
    var last = (count + 19) / 20;

    var beyond = page(get("/rounds").param("page", String.valueOf(last + 3)), "duclinh");

    assertThat(beyond)
        .contains("id=\"beyond-end\"")
        .contains(
            messages.getMessage(
                "pager.beyond-end", new Object[] {last + 4, last}, Locale.forLanguageTag("vi")))
        .contains(last == 1 ? "href=\"/rounds\"" : "href=\"/rounds?page=" + (last - 1) + "\"");
    mvc.perform(
            get("/rounds").param("page", "100000").with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(get("/api/v1/rounds").param("page", "100000").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("validation.page.too-deep"));
  }

  @Test
  void theDecisionsComeAPageAtATimeKeepingTheirYearAndUnit() throws Exception {
    var year = busiestYear();
    var all = acting.as("reviewer", () -> recognitions.decisions(year, "BT"));
    assertThat(all).hasSizeGreaterThan(20);
    var ids = all.stream().map(d -> d.id()).toList();

    var first =
        page(
            get("/recognition/decisions").param("year", String.valueOf(year)).param("unit", "BT"),
            "reviewer");
    var second =
        page(
            get("/recognition/decisions")
                .param("year", String.valueOf(year))
                .param("unit", "BT")
                .param("page", "1"),
            "reviewer");

    assertThat(ids(first, "decision")).isEqualTo(ids.subList(0, 20));
    assertThat(ids(second, "decision")).isEqualTo(ids.subList(20, Math.min(40, ids.size())));
    assertThat(first)
        .contains(rows(1, 20, all.size()))
        .contains("href=\"/recognition/decisions?year=" + year + "&amp;unit=BT&amp;page=1\"");
  }

  @Test
  void aMembersScoringSheetComesTwentyProposalsToAPage() throws Exception {
    var round = vn.dvk.support.RoundFixtures.roundOfMoreThanAPage(jdbc, "council");
    var sheets =
        acting.as("council", () -> ballots.sheets(round)).stream()
            .map(s -> s.proposal().id())
            .toList();
    assertThat(sheets).hasSizeGreaterThan(20);

    var first = page(get("/rounds/" + round + "/scoring"), "council");
    var second = page(get("/rounds/" + round + "/scoring").param("page", "1"), "council");

    assertThat(ids(first, "sheet")).isEqualTo(sheets.subList(0, 20));
    assertThat(ids(second, "sheet")).isEqualTo(sheets.subList(20, Math.min(40, sheets.size())));
    assertThat(first)
        .contains(rows(1, 20, sheets.size()))
        .contains("href=\"/rounds/" + round + "/scoring?page=1\"");
  }

  /** The year with the most rounds the reviewer sees. */
  private int busiestYear() {
    return jdbc.sql(
            "select round_year from recognition_round where unit_code like 'BT%'"
                + " group by round_year order by count(*) desc, round_year desc")
        .query(Integer.class)
        .list()
        .get(0);
  }

  private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
    return mvc.perform(request.with(user(users.loadUserByUsername(username))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String rows(long from, long to, long of) {
    return messages.getMessage(
        "pager.rows", new Object[] {from, to, of}, Locale.forLanguageTag("vi"));
  }

  /** The ids of the rows of one kind on a page, in order: {@code <tr id="round-12">}. */
  static List<Long> ids(String html, String kind) {
    var ids = new ArrayList<Long>();
    var matcher = Pattern.compile(" id=\"" + kind + "-(\\d+)\"").matcher(html);
    while (matcher.find()) {
      ids.add(Long.parseLong(matcher.group(1)));
    }
    return ids;
  }
}

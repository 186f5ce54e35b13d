package vn.dvk.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/** The models a province may learn from come a page at a time, keeping the search and year. */
@IntegrationTest
class ReplicationListPageTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Acting acting;
  @Autowired ReplicationCandidates candidates;
  @Autowired MessageSource messages;

  @Test
  void theModelsToLearnFromComeTwentyToAPage() throws Exception {
    var all = ids(acting.as("duclinh", () -> candidates.candidates(null, null)));
    assertThat(all).hasSizeGreaterThan(40);

    var first = page(get("/replication"));
    var second = page(get("/replication").param("page", "1"));

    assertThat(rowIds(first)).isEqualTo(all.subList(0, 20));
    assertThat(rowIds(second)).isEqualTo(all.subList(20, 40));
    assertThat(first)
        .contains(
            messages.getMessage(
                "pager.rows",
                new Object[] {1L, 20L, (long) all.size()},
                Locale.forLanguageTag("vi")))
        .contains("href=\"/replication?page=1\"");
    assertThat(second).contains("href=\"/replication\"").contains("href=\"/replication?page=2\"");
  }

  @Test
  void theYearAndTheWordsAreKeptFromPageToPageAndHtmxGetsTheResultsAlone() throws Exception {
    var all = acting.as("duclinh", () -> candidates.candidates(null, null));
    var year =
        all.stream()
            .collect(Collectors.groupingBy(c -> c.year(), Collectors.counting()))
            .entrySet()
            .stream()
            .max(Comparator.comparing(e -> e.getValue()))
            .orElseThrow()
            .getKey();
    var ofYear = ids(acting.as("duclinh", () -> candidates.candidates(year, "a")));
    assertThat(ofYear).hasSizeGreaterThan(5);

    var html =
        page(get("/replication").param("year", year.toString()).param("q", "a").param("size", "5"));
    var next =
        page(
            get("/replication")
                .param("year", year.toString())
                .param("q", "a")
                .param("size", "5")
                .param("page", "1")
                .header("HX-Request", "true"));

    assertThat(rowIds(html)).isEqualTo(ofYear.subList(0, 5));
    assertThat(html)
        .contains("href=\"/replication?q=a&amp;year=" + year + "&amp;size=5&amp;page=1\"");
    assertThat(next).doesNotContain("<html").doesNotContain("id=\"candidate-filters\"");
    assertThat(rowIds(next)).isEqualTo(ofYear.subList(5, Math.min(10, ofYear.size())));
  }

  @Test
  void aPageBeyondTheEndSaysSoAndLinksTheLastPage() throws Exception {
    var count = acting.as("duclinh", () -> candidates.candidates(null, null)).size();
    var last = (count + 19) / 20;

    var html = page(get("/replication").param("page", String.valueOf(last)));

    assertThat(rowIds(html)).isEmpty();
    assertThat(html)
        .contains("id=\"beyond-end\"")
        .contains("href=\"/replication?page=" + (last - 1) + "\"")
        .doesNotContain("id=\"no-candidates\"");
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static List<Long> ids(List<ReplicationCandidates.Candidate> list) {
    return list.stream().map(ReplicationCandidates.Candidate::modelId).toList();
  }

  private static List<Long> rowIds(String html) {
    var ids = new ArrayList<Long>();
    var matcher = Pattern.compile(" id=\"candidate-(\\d+)\"").matcher(html);
    while (matcher.find()) {
      ids.add(Long.parseLong(matcher.group(1)));
    }
    return ids;
  }
}

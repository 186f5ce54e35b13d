package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.models.RegistrationFixtures.id;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;

/**
 * The list's bulk actions: rows ticked or every row of the filter, a confirmation with a reason
 * before a return, and a summary of what was done and what was refused.
 */
@IntegrationTest
class BulkActionPagesTests {

  private static final int YEAR = 2026;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired RegistrationFixtures fixtures;

  @Test
  void tickedRowsAreApprovedAndTheSummaryTellsWhatWasRefusedAndWhy() throws Exception {
    var sent =
        fixtures.model(
            "tanhlinh.xa", "BT.TL.GIAAN", "Duyệt theo lô " + TestUnits.code("P"), YEAR, true);
    var draft =
        fixtures.model(
            "tanhlinh.xa", "BT.TL.GIAAN", "Còn nháp " + TestUnits.code("P"), YEAR, false);

    mvc.perform(get("/models").param("year", String.valueOf(YEAR)).with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"bulk-actions\"")))
        .andExpect(content().string(containsString("id=\"select-" + id(sent, YEAR) + "\"")));
    mvc.perform(
            post("/models/actions")
                .param("action", "approve")
                .param("ids", String.valueOf(id(sent, YEAR)), String.valueOf(id(draft, YEAR)))
                .with(csrf())
                .with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã thực hiện: 1")))
        .andExpect(content().string(containsString("Bị từ chối: 1")))
        .andExpect(
            content()
                .string(containsString("Không thể “Duyệt” khi đăng ký đang ở trạng thái “Nháp”.")));

    assertThat(fixtures.state(sent, YEAR)).isEqualTo(RegistrationState.REGISTERED);
    assertThat(fixtures.state(draft, YEAR)).isEqualTo(RegistrationState.DRAFT);
  }

  @Test
  void everyRegistrationMatchingTheFilterIsReturnedOnceTheReasonIsConfirmed() throws Exception {
    var word = "Lôtrảlại" + TestUnits.code("Q").replace(".", "");
    var first = fixtures.model("tanhlinh.xa", "BT.TL.GIAAN", word + " một", YEAR, true);
    var second = fixtures.model("tanhlinh.xa", "BT.TL.GIAAN", word + " hai", YEAR, true);

    mvc.perform(bulk("return").param("all", "true").param("q", word).with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"confirm-reason\"")))
        .andExpect(content().string(containsString("2 đăng ký sẽ được trả lại")));
    var ids = List.of(String.valueOf(id(first, YEAR)), String.valueOf(id(second, YEAR)));
    mvc.perform(
            bulk("return")
                .param("confirmed", "true")
                .param("ids", ids.toArray(String[]::new))
                .param("reason", " ")
                .with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Vui lòng ghi lý do.")))
        .andExpect(content().string(containsString("value=\"" + id(second, YEAR) + "\"")));
    assertThat(fixtures.state(first, YEAR)).isEqualTo(RegistrationState.SUBMITTED);

    mvc.perform(
            bulk("return")
                .param("confirmed", "true")
                .param("ids", ids.toArray(String[]::new))
                .param("reason", "Thiếu số liệu")
                .with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã thực hiện: 2")));
    assertThat(fixtures.state(first, YEAR)).isEqualTo(RegistrationState.RETURNED);
    assertThat(fixtures.state(second, YEAR)).isEqualTo(RegistrationState.RETURNED);
  }

  @Test
  void returningEveryRegistrationOfAFilterThatMatchesNoneSaysSoAndOffersNoReturn()
      throws Exception {
    var nothing = "Khôngcógì" + TestUnits.code("Z").replace(".", "");

    mvc.perform(bulk("return").param("all", "true").param("q", nothing).with(as("tanhlinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"bulk-confirm-none\"")))
        .andExpect(content().string(not(containsString("id=\"bulk-confirm-submit\""))))
        .andExpect(content().string(not(containsString("0 đăng ký sẽ được trả lại"))));
  }

  @Test
  void allMatchingAFilterOfMoreThanTheCapIsRefusedWithTheFilterKept() throws Exception {
    mvc.perform(bulk("approve").param("all", "true").param("sort", "title").with(as("reviewer")))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "bulkErrors",
                    List.of(
                        "Mỗi lần chỉ thao tác được tối đa 1.000 đăng ký; hãy thu hẹp bộ lọc.")));
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder bulk(
      String action) {
    return post("/models/actions").param("action", action).with(csrf());
  }

  private RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }
}

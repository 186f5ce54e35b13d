package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/** A model's recognition page: its standing and the forms that follow recognition. */
@IntegrationTest
class ModelRecognitionPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired RoundFixtures fixtures;
  @Autowired LowResults lowResults;
  @Autowired Acting acting;

  @Test
  void aReviewerFlagsAModelFromItsPageAndTheFlagIsListedForItsUnit() throws Exception {
    fixtures.councilMembersAndASecondReviewer();
    var model = fixtures.registeredModelOfDucLinh("Trang công nhận và theo dõi");
    fixtures.districtRecognition(model);
    var page = "/models/" + model.id() + "/recognition";

    mvc.perform(get(page).with(user(users.loadUserByUsername("duclinh.reviewer"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("-QĐ/BDVHU")))
        .andExpect(content().string(containsString("id=\"flag\"")));
    mvc.perform(
            post("/models/" + model.id() + "/low-results")
                .param("reason", "Chưa lan tỏa")
                .param("action", "Họp dân", "")
                .param(
                    "due",
                    LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(10).toString(),
                    "")
                .with(csrf())
                .with(user(users.loadUserByUsername("duclinh.reviewer"))))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("notice", "recognitions.flagged"));
    mvc.perform(
            post("/models/" + model.id() + "/low-results")
                .param("reason", "")
                .with(csrf())
                .with(user(users.loadUserByUsername("duclinh.reviewer"))))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attributeExists("errors"));

    assertThat(acting.as("leader", () -> lowResults.ofModel(model.id()))).hasSize(1);
    mvc.perform(get("/recognition/low-results").with(user(users.loadUserByUsername("leader"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Trang công nhận và theo dõi")));
    mvc.perform(get(page).with(user(users.loadUserByUsername("tanhlinh"))))
        .andExpect(status().isNotFound());
  }
}

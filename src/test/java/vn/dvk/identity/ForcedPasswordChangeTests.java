package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class ForcedPasswordChangeTests {

  private static final String GIVEN = "mây trắng bay qua đồi chè";
  private static final String OWN = "gió chiều thổi qua cánh đồng lúa";

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired AccountAccess access;
  @Autowired Acting acting;
  @Autowired UserDetailsService userDetails;

  @Test
  void anAccountAnAdministratorCreatedSeesOnlyThePasswordChangeUntilItChangesThePassword()
      throws Exception {
    var created = createdByAdmin("forced.pages");
    assertThat(created.passwordChangeRequired()).isTrue();
    var signedIn = user(userDetails.loadUserByUsername("forced.pages"));

    mvc.perform(get("/models").with(signedIn))
        .andExpect(redirectedUrl("/account/password?required"));
    mvc.perform(get("/").with(signedIn)).andExpect(redirectedUrl("/account/password?required"));
    mvc.perform(get("/account/password").with(signedIn).cookie(new Cookie("dvk-lang", "en")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Your password was chosen by someone else")));
    mvc.perform(get("/css/dvk.css").with(signedIn))
        .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(302));

    acting.run("forced.pages", () -> access.changeOwnPassword("forced.pages", GIVEN, OWN));

    mvc.perform(get("/").with(signedIn)).andExpect(status().isOk());
    assertThat(accounts.findByUsername("forced.pages").orElseThrow().passwordChangeRequired())
        .isFalse();
  }

  @Test
  void theApiAnswersOnlyThePasswordChangeUntilItIsMade() throws Exception {
    createdByAdmin("forced.api");

    mvc.perform(get("/api/v1/me").with(httpBasic("forced.api", GIVEN)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("api.error.password-change-required"));
    mvc.perform(password("forced.api", GIVEN, "{\"currentPassword\": \"" + GIVEN + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
    mvc.perform(
            password(
                "forced.api",
                GIVEN,
                "{\"currentPassword\": \"" + GIVEN + "\", \"newPassword\": \"" + OWN + "\"}"))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/me").with(httpBasic("forced.api", OWN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("forced.api"));
  }

  @Test
  void aResetByAnAdministratorForcesTheChangeAndTheDemoUsersAreNotForced() {
    var user =
        accounts
            .createAll(
                List.of(
                    new NewUserAccount(
                        "forced.reset", null, null, Role.OFFICER, "BT.DL", "loaded pw")))
            .get(0);
    assertThat(user.passwordChangeRequired()).isFalse();
    assertThat(accounts.findByUsername("duclinh").orElseThrow().passwordChangeRequired()).isFalse();

    var temporary = acting.as("admin", () -> access.resetPassword("forced.reset"));

    assertThat(temporary).hasSize(16);
    assertThat(accounts.findByUsername("forced.reset").orElseThrow().passwordChangeRequired())
        .isTrue();
  }

  private UserAccount createdByAdmin(String username) {
    return acting.as(
        "admin",
        () ->
            accounts.create(
                new NewUserAccount(username, "Người Mới", null, Role.OFFICER, "BT.DL", GIVEN)));
  }

  private static org.springframework.test.web.servlet.RequestBuilder password(
      String username, String password, String body) {
    return put("/api/v1/me/password")
        .with(httpBasic(username, password))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}

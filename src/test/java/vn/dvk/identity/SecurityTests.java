package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class SecurityTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired UserDetailsService userDetails;

  @Test
  void aStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
    var admin = user(userDetails.loadUserByUsername("admin"));
    mvc.perform(
            post("/units/BT.DL/rename")
                .param("name", "Huyện Khác")
                .param("effectiveOn", "2031-01-01")
                .with(admin))
        .andExpect(status().isForbidden());
    mvc.perform(post("/login").param("username", "admin").param("password", "demo"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout").with(admin)).andExpect(status().isForbidden());
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    var hash =
        jdbc.sql("select password_hash from identity_user where username = 'duclinh'")
            .query(String.class)
            .single();

    assertThat(hash).startsWith("$2a$10$").doesNotContain("demo");
    assertThat(passwordEncoder.matches("demo", hash)).isTrue();
  }

  @Test
  void repeatedFailedLoginsLockTheAccountForAWhile() throws Exception {
    create("lock.me");

    for (int attempt = 0; attempt < 3; attempt++) {
      mvc.perform(formLogin().user("lock.me").password("wrong password"))
          .andExpect(redirectedUrl("/login?error=bad"))
          .andExpect(unauthenticated());
    }

    mvc.perform(formLogin().user("lock.me").password("good password"))
        .andExpect(redirectedUrl("/login?error=locked"))
        .andExpect(unauthenticated());
    assertThat(accounts.findByUsername("lock.me").orElseThrow().lockedUntil()).isNotNull();
  }

  @Test
  void failedHttpBasicLoginsCountTowardsTheLockout() throws Exception {
    create("lock.api");

    for (int attempt = 0; attempt < 3; attempt++) {
      mvc.perform(get("/api/v1/me").with(httpBasic("lock.api", "wrong")))
          .andExpect(status().isUnauthorized());
    }

    mvc.perform(get("/api/v1/me").with(httpBasic("lock.api", "good password")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anAdministratorUnlocksALockedAccount() throws Exception {
    var locked = create("lock.admin");
    for (int attempt = 0; attempt < 3; attempt++) {
      mvc.perform(formLogin().user("lock.admin").password("wrong"));
    }

    mvc.perform(
            post("/admin/users/" + locked.id() + "/unlock")
                .with(csrf())
                .with(user(userDetails.loadUserByUsername("admin"))))
        .andExpect(status().is3xxRedirection());

    mvc.perform(formLogin().user("lock.admin").password("good password"))
        .andExpect(redirectedUrl("/"))
        .andExpect(authenticated().withUsername("lock.admin"));
  }

  @Test
  void aSuccessfulLoginClearsTheCountOfFailures() throws Exception {
    create("lock.not");
    mvc.perform(formLogin().user("lock.not").password("wrong"));
    mvc.perform(formLogin().user("lock.not").password("wrong"));
    mvc.perform(formLogin().user("lock.not").password("good password")).andExpect(authenticated());

    assertThat(accounts.findByUsername("lock.not").orElseThrow().failedLogins()).isZero();
  }

  @Test
  void theApiAsksUnauthenticatedCallersForCredentialsInsteadOfRedirecting() throws Exception {
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Basic realm=\"DVK\""));
    mvc.perform(get("/units").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    var session =
        mvc.perform(formLogin().user("leader").password("demo"))
            .andExpect(authenticated())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    assertThat(session).isNotNull();
    mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());

    mvc.perform(post("/logout").with(csrf()).cookie(session).accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/login?logout"));

    mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
  }

  @Test
  void aUserChangesTheirOwnPassword() throws Exception {
    create("changer");
    var me = user(userDetails.loadUserByUsername("changer"));

    mvc.perform(
            post("/account/password")
                .param("currentPassword", "not it")
                .param("newPassword", "a new password")
                .param("confirmation", "a new password")
                .with(csrf())
                .with(me)
                .cookie(new Cookie("dvk-lang", "en")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("The current password is wrong.")));

    mvc.perform(
            post("/account/password")
                .param("currentPassword", "good password")
                .param("newPassword", "a new password")
                .param("confirmation", "a new password")
                .with(csrf())
                .with(me))
        .andExpect(redirectedUrl("/"));

    mvc.perform(formLogin().user("changer").password("a new password")).andExpect(authenticated());
    mvc.perform(formLogin().user("changer").password("good password")).andExpect(unauthenticated());
  }

  @Test
  void aNewPasswordShorterThanEightCharactersIsRefusedInTheUsersLanguage() throws Exception {
    create("short.pw");
    mvc.perform(
            post("/account/password")
                .param("currentPassword", "good password")
                .param("newPassword", "short")
                .param("confirmation", "short")
                .with(csrf())
                .with(user(userDetails.loadUserByUsername("short.pw"))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Mật khẩu phải có từ 8 đến 72 ký tự.")));
  }

  private UserAccount create(String username) {
    return accounts
        .findByUsername(username)
        .orElseGet(
            () ->
                accounts.create(
                    new NewUserAccount(
                        username, username, null, Role.OFFICER, "BT.DL", "good password")));
  }
}

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class SecurityTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens tokens;
  @Autowired Acting acting;

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
  void repeatedFailuresMakeOnlyTheirAddressWaitAndTheOwnerStillSignsIn() throws Exception {
    create("lock.me");

    for (int attempt = 0; attempt < 3; attempt++) {
      mvc.perform(signIn("lock.me", "wrong password", ATTACKER))
          .andExpect(redirectedUrl("/login?error=bad"))
          .andExpect(unauthenticated());
    }

    mvc.perform(signIn("lock.me", "good password", ATTACKER))
        .andExpect(redirectedUrl("/login?error=bad"))
        .andExpect(unauthenticated());
    mvc.perform(signIn("lock.me", "good password", "10.9.9.9"))
        .andExpect(redirectedUrl("/"))
        .andExpect(authenticated().withUsername("lock.me"));
    assertThat(accounts.findByUsername("lock.me").orElseThrow().lockedUntil()).isNotNull();
  }

  @Test
  void aWaitingAccountADisabledOneAndAnUnknownNameGetTheSameAnswer() throws Exception {
    create("lock.same");
    jdbc.sql("update identity_user set enabled = false where username = 'lock.same'").update();

    mvc.perform(signIn("lock.same", "good password", "10.3.3.3"))
        .andExpect(redirectedUrl("/login?error=bad"));
    mvc.perform(signIn("no.such.user", "good password", "10.3.3.3"))
        .andExpect(redirectedUrl("/login?error=bad"));
    mvc.perform(get("/api/v1/me").with(httpBasic("lock.same", "good password")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("api.error.bad-credentials"));
    mvc.perform(get("/api/v1/me").with(httpBasic("no.such.user", "good password")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("api.error.bad-credentials"));
  }

  @Test
  void failedHttpBasicLoginsNeverStopTheOwnersTokensOrOtherAddresses() throws Exception {
    create("lock.api");
    var token = acting.as("lock.api", () -> tokens.issue("script", null));

    for (int attempt = 0; attempt < 3; attempt++) {
      mvc.perform(get("/api/v1/me").with(httpBasic("lock.api", "wrong")).with(from(ATTACKER)))
          .andExpect(status().isUnauthorized());
    }

    mvc.perform(get("/api/v1/me").with(httpBasic("lock.api", "good password")).with(from(ATTACKER)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("api.error.bad-credentials"));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/me").with(httpBasic("lock.api", "good password")).with(from("10.8.8.8")))
        .andExpect(status().isOk());
  }

  @Test
  void anAdministratorUnlocksALockedAccount() throws Exception {
    var locked = create("lock.admin");
    for (int attempt = 0; attempt < 3; attempt++) {
      mvc.perform(signIn("lock.admin", "wrong", ATTACKER));
    }

    mvc.perform(
            post("/admin/users/" + locked.id() + "/unlock")
                .with(csrf())
                .with(user(userDetails.loadUserByUsername("admin"))))
        .andExpect(status().is3xxRedirection());

    mvc.perform(signIn("lock.admin", "good password", ATTACKER))
        .andExpect(redirectedUrl("/"))
        .andExpect(authenticated().withUsername("lock.admin"));
  }

  @Test
  void aSuccessfulLoginClearsTheCountOfFailures() throws Exception {
    create("lock.not");
    mvc.perform(signIn("lock.not", "wrong", "10.4.4.4"));
    mvc.perform(signIn("lock.not", "wrong", "10.4.4.4"));
    assertThat(accounts.findByUsername("lock.not").orElseThrow().failedLogins()).isEqualTo(2);
    mvc.perform(signIn("lock.not", "good password", "10.4.4.4")).andExpect(authenticated());

    assertThat(accounts.findByUsername("lock.not").orElseThrow().failedLogins()).isZero();
  }

  @Test
  void metricsAreForAdministratorsAndHealthForEveryone() throws Exception {
    mvc.perform(get("/actuator/prometheus").with(httpBasic("leader", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
        .andExpect(status().isOk());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
  }

  @Test
  void pagesTellOtherSitesNoMoreThanTheirOrigin() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
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
                .param("newPassword", "mây trắng bay qua đồi chè")
                .param("confirmation", "mây trắng bay qua đồi chè")
                .with(csrf())
                .with(me)
                .cookie(new Cookie("dvk-lang", "en")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("The current password is wrong.")));

    mvc.perform(
            post("/account/password")
                .param("currentPassword", "good password")
                .param("newPassword", "mây trắng bay qua đồi chè")
                .param("confirmation", "mây trắng bay qua đồi chè")
                .with(csrf())
                .with(me))
        .andExpect(redirectedUrl("/"));

    mvc.perform(formLogin().user("changer").password("mây trắng bay qua đồi chè"))
        .andExpect(authenticated());
    mvc.perform(formLogin().user("changer").password("good password")).andExpect(unauthenticated());
  }

  @Test
  void aNewPasswordEndsTheUsersOtherSessionsButNotTheOneThatChangedIt() throws Exception {
    create("two.sessions");
    var here = session("two.sessions", "good password");
    var elsewhere = session("two.sessions", "good password");

    mvc.perform(
            post("/account/password")
                .param("currentPassword", "good password")
                .param("newPassword", "mây trắng bay qua đồi chè")
                .param("confirmation", "mây trắng bay qua đồi chè")
                .with(csrf())
                .cookie(here))
        .andExpect(redirectedUrl("/"));

    mvc.perform(get("/api/v1/me").cookie(here)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/me").cookie(elsewhere)).andExpect(status().isUnauthorized());
  }

  @Test
  void aUserDisabledOrMovedByAnAdministratorLosesTheSessionsThatHeldTheOldRights()
      throws Exception {
    var account = create("moved.away");
    var open = session("moved.away", "good password");
    mvc.perform(get("/api/v1/me").cookie(open)).andExpect(status().isOk());

    acting.run(
        "admin",
        () ->
            accounts.update(
                account.id(),
                account.version(),
                account.displayName(),
                null,
                Role.OFFICER,
                "BT.TL",
                true));

    mvc.perform(get("/api/v1/me").cookie(open)).andExpect(status().isUnauthorized());
  }

  @Test
  void aCommonNewPasswordIsRefusedBesideItsField() throws Exception {
    create("common.pw");
    mvc.perform(
            post("/account/password")
                .param("currentPassword", "good password")
                .param("newPassword", "password1")
                .param("confirmation", "password1")
                .with(csrf())
                .with(user(userDetails.loadUserByUsername("common.pw"))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("danh sách mật khẩu phổ biến")));
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

  private static final String ATTACKER = "10.6.6.6";

  private Cookie session(String username, String password) throws Exception {
    return mvc.perform(signIn(username, password, "10.2.3.4"))
        .andExpect(authenticated())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  private static MockHttpServletRequestBuilder signIn(
      String username, String password, String address) {
    return post("/login")
        .param("username", username)
        .param("password", password)
        .with(csrf())
        .with(from(address));
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private UserAccount create(String username) {
    return accounts
        .findByUsername(username)
        .orElseGet(
            () ->
                accounts
                    .createAll(
                        List.of(
                            new NewUserAccount(
                                username, username, null, Role.OFFICER, "BT.DL", "good password")))
                    .get(0));
  }
}

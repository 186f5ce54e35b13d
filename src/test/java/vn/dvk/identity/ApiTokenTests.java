package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.audit.AuditLog;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/**
 * Personal API tokens: made by their owner, shown once, kept as a hash, acting as the owner on the
 * API only, until revoked or expired.
 */
@IntegrationTest
class ApiTokenTests {

  private static final String PASSWORD = "demo";
  private static final Pattern TOKEN = Pattern.compile("dvk_[A-Za-z0-9_-]{43}");

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired AccountAccess access;
  @Autowired vn.dvk.support.Acting acting;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired RoundFixtures fixtures;

  record Issued(long id, String secret) {}

  @Test
  void aTokenActsAsItsOwnerForReadsAndForChangesWithoutCsrf() throws Exception {
    create("token.owner");
    var token = issue("token.owner", "script");

    assertThat(token.secret()).matches(TOKEN);
    mvc.perform(get("/api/v1/me").with(bearer(token.secret())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("token.owner"))
        .andExpect(jsonPath("$.role").value("OFFICER"))
        .andExpect(jsonPath("$.unit.code").value("BT.DL"));
    mvc.perform(get("/api/v1/units/BT.TL").with(bearer(token.secret())))
        .andExpect(status().isNotFound());

    mvc.perform(
            post("/api/v1/me/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"made by a token\", \"expiresOn\": \"2099-12-31\"}")
                .with(bearer(token.secret())))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("tokens.error.not-by-token"));
    issue("token.owner", "second");
    var second = JsonPath.<Integer>read(list("token.owner"), "$[0].id");
    mvc.perform(delete("/api/v1/me/tokens/" + second).with(bearer(token.secret())))
        .andExpect(status().isNoContent());
  }

  @Test
  void aNewPasswordEndsEveryTokenTheOldOneHandedOut() throws Exception {
    create("token.password");
    var token = issue("token.password", "before the new password");
    mvc.perform(get("/api/v1/me").with(bearer(token.secret()))).andExpect(status().isOk());

    var id = accounts.findByUsername("token.password").orElseThrow().id();
    acting.run("admin", () -> access.resetPassword(id, "mây trắng bay qua đồi chè"));

    mvc.perform(get("/api/v1/me").with(bearer(token.secret())))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aRevokedTokenStopsWorkingAtOnce() throws Exception {
    create("token.revoker");
    var token = issue("token.revoker", "to revoke");
    mvc.perform(get("/api/v1/me").with(bearer(token.secret()))).andExpect(status().isOk());

    mvc.perform(
            delete("/api/v1/me/tokens/" + token.id()).with(httpBasic("token.revoker", PASSWORD)))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/me").with(bearer(token.secret())).header("Accept-Language", "en"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(
            header()
                .stringValues(
                    "WWW-Authenticate",
                    "Basic realm=\"DVK\"",
                    "Bearer realm=\"DVK\", error=\"invalid_token\""))
        .andExpect(jsonPath("$.code").value("api.error.bad-credentials"))
        .andExpect(jsonPath("$.title").value("Sign-in required"));
    assertThat(list("token.revoker")).doesNotContain("to revoke");
  }

  @Test
  void theListNeverShowsASecretOnlyItsFirstCharacters() throws Exception {
    create("token.lister");
    var token = issue("token.lister", "listed");

    var listed = list("token.lister");

    assertThat(listed).doesNotContain(token.secret()).doesNotContain("\"secret\"");
    assertThat(JsonPath.<String>read(listed, "$[0].prefix"))
        .isEqualTo(token.secret().substring(0, 12));
    assertThat(JsonPath.<String>read(listed, "$[0].name")).isEqualTo("listed");
  }

  @Test
  void onlyTheHashOfATokenIsStored() throws Exception {
    create("token.hashed");
    var token = issue("token.hashed", "hashed");

    var row =
        jdbc.sql("select name, token_prefix, token_hash from identity_api_token where id = :id")
            .param("id", token.id())
            .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
            .single();

    assertThat(row).doesNotContain(token.secret());
    assertThat(row).endsWith("|" + sha256(token.secret()));
    assertThat(
            jdbc.sql("select count(*) from identity_api_token where token_hash = :secret")
                .param("secret", token.secret())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void someoneElsesTokenCannotBeRevoked() throws Exception {
    create("token.mine");
    create("token.thief");
    var token = issue("token.mine", "not yours");

    mvc.perform(delete("/api/v1/me/tokens/" + token.id()).with(httpBasic("token.thief", PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("tokens.error.not-found"));
    mvc.perform(
            post("/account/tokens/" + token.id() + "/revoke")
                .with(csrf())
                .with(user(userDetails.loadUserByUsername("token.thief"))))
        .andExpect(status().isNotFound());

    mvc.perform(get("/api/v1/me").with(bearer(token.secret()))).andExpect(status().isOk());
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    create("token.expiring");
    var token = issue("token.expiring", "short-lived");
    expire(token, LocalDate.now(vn.dvk.shared.MovementTime.ZONE));
    mvc.perform(get("/api/v1/me").with(bearer(token.secret()))).andExpect(status().isOk());

    expire(token, LocalDate.now(vn.dvk.shared.MovementTime.ZONE).minusDays(1));

    mvc.perform(get("/api/v1/me").with(bearer(token.secret())))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("api.error.bad-credentials"));
  }

  @Test
  void aTokenCannotBeMadeWithoutANameOrAlreadyExpired() throws Exception {
    create("token.invalid");

    mvc.perform(
            post("/api/v1/me/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content("{\"name\": \" \", \"expiresOn\": \"2001-01-01\"}")
                .with(httpBasic("token.invalid", PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("validation.required"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'expiresOn')].message")
                .value("The expiry date cannot be before today."));
  }

  @Test
  void theTokensOfADisabledUserStopWorking() throws Exception {
    var owner = create("token.disabled");
    var token = issue("token.disabled", "for a leaver");

    jdbc.sql("update identity_user set enabled = false where id = :id")
        .param("id", owner.id())
        .update();

    mvc.perform(get("/api/v1/me").with(bearer(token.secret())))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("api.error.account-unavailable"));
  }

  @Test
  void aSignedInSessionStillNeedsItsCsrfTokenToMakeAToken() throws Exception {
    create("token.session");
    var session = user(userDetails.loadUserByUsername("token.session"));
    var request =
        post("/api/v1/me/tokens")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"from the browser\"}");

    mvc.perform(request.with(session))
        .andExpect(status().isForbidden())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.code").value("api.error.csrf"));
    mvc.perform(request.with(session).with(csrf())).andExpect(status().isCreated());
  }

  @Test
  void onlyRealBasicOrBearerCredentialsSkipTheCsrfCheck() throws Exception {
    create("token.forged");
    var session = user(userDetails.loadUserByUsername("token.forged"));
    var request =
        post("/api/v1/me/tokens")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"forged\"}");

    for (var header : List.of("Foo bar", "Basic !!!", "Basic Zm9v", "Bearer ", "Digest x=1")) {
      mvc.perform(request.with(session).header("Authorization", header))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("api.error.csrf"));
    }
  }

  @Test
  void aBearerTokenDoesNotOpenThePages() throws Exception {
    create("token.pages");
    var token = issue("token.pages", "api only");

    mvc.perform(get("/units").accept(MediaType.TEXT_HTML).with(bearer(token.secret())))
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/account/tokens").accept(MediaType.TEXT_HTML).with(bearer(token.secret())))
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void theTokensPageShowsANewSecretOnceAndRevokes() throws Exception {
    create("token.page");
    var me = user(userDetails.loadUserByUsername("token.page"));

    var created =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "báo cáo hằng tuần")
                    .param("expiresOn", "2099-01-31")
                    .with(csrf())
                    .with(me))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("báo cáo hằng tuần")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    var matcher = TOKEN.matcher(created);
    assertThat(matcher.find()).isTrue();
    var secret = matcher.group();

    mvc.perform(get("/account/tokens").with(me))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("báo cáo hằng tuần")))
        .andExpect(content().string(containsString("31/01/2099")))
        .andExpect(content().string(containsString(secret.substring(0, 12))))
        .andExpect(content().string(not(containsString(secret))));

    var id = JsonPath.<Integer>read(list("token.page"), "$[0].id");
    mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(me))
        .andExpect(redirectedUrl("/account/tokens"));
    mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isUnauthorized());
  }

  @Test
  void makingAndRevokingATokenAreAudited() throws Exception {
    create("token.audited");
    var token = issue("token.audited", "audited");
    mvc.perform(
            delete("/api/v1/me/tokens/" + token.id()).with(httpBasic("token.audited", PASSWORD)))
        .andExpect(status().isNoContent());

    var history = audit.history("API_TOKEN", String.valueOf(token.id()));

    assertThat(history)
        .extracting(e -> e.action() + " " + e.actor())
        .containsExactly("API_TOKEN_CREATED token.audited", "API_TOKEN_REVOKED token.audited");
    assertThat(history.toString()).doesNotContain(token.secret());
  }

  @Test
  void aTokenListShowsOnlyTheCallersOwnTokens() throws Exception {
    create("token.first");
    create("token.second");
    var token = issue("token.first", "first's");

    mvc.perform(get("/api/v1/me/tokens").with(httpBasic("token.second", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", not(hasItem((int) token.id()))));
  }

  private Issued issue(String username, String name) throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/me/tokens")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"" + name + "\"}")
                    .with(httpBasic(username, PASSWORD)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return new Issued(
        JsonPath.<Number>read(body, "$.id").longValue(), JsonPath.read(body, "$.secret"));
  }

  private String list(String username) throws Exception {
    return mvc.perform(get("/api/v1/me/tokens").with(httpBasic(username, PASSWORD)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static RequestPostProcessor bearer(String token) {
    return request -> {
      request.addHeader("Authorization", "Bearer " + token);
      return request;
    };
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** An officer of Đức Linh of the test's own, so that no other test's tokens get in the way. */
  private UserAccount create(String username) {
    fixtures.user(username, Role.OFFICER, "BT.DL");
    return accounts.findByUsername(username).orElseThrow();
  }

  private void expire(Issued token, LocalDate lastDay) {
    jdbc.sql("update identity_api_token set expires_on = :day where id = :id")
        .param("day", lastDay)
        .param("id", token.id())
        .update();
  }
}

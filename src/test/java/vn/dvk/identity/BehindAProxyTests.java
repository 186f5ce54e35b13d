package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a TLS proxy ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}): the session cookie is
 * Secure, and failed sign-ins are counted for the client's address the proxy forwards, not for the
 * proxy.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
@Tag("integration")
class BehindAProxyTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theSessionCookieIsSecureWhenTheProxySpeaksHttps() throws Exception {
    var page = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https"));

    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
    var plain = send(HttpRequest.newBuilder(uri("/login")));
    assertThat(plain.headers().allValues("Set-Cookie"))
        .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
  }

  @Test
  void failedSignInsAreCountedForTheForwardedClientAddress() throws Exception {
    send(
        HttpRequest.newBuilder(uri("/api/v1/me"))
            .header("X-Forwarded-For", "203.0.113.7")
            .header("Authorization", "Basic cHJveGllZC5zdHJhbmdlcjp3cm9uZw=="));

    var addresses =
        jdbc.sql("select address from identity_login_throttle where username = 'proxied.stranger'")
            .query(String.class)
            .list();
    assertThat(addresses).containsExactly("203.0.113.7");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * A real installation's first day in a browser: an empty database of its own, no demo data, the
 * bootstrap settings. The first administrator signs in with the password from the settings, is held
 * on the password change until they choose their own, then reaches their province's home page.
 */
@BrowserTest
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:dvk-first-day;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "dvk.demo.enabled=false",
      "dvk.bootstrap.admin.username=quantri",
      "dvk.bootstrap.admin.password=" + FirstStartBrowserTests.GIVEN,
      "dvk.bootstrap.root.code=NT",
      "dvk.bootstrap.root.name=Tỉnh Ninh Thuận"
    })
class FirstStartBrowserTests {

  static final String GIVEN = "mây trắng bay qua đồi chè";

  @LocalServerPort int port;

  @Test
  void theFirstAdministratorSignsInChangesTheGivenPasswordAndReachesTheHomePage(Browser browser)
      throws IOException {
    browser.open("/login");
    browser.type("username", "quantri");
    browser.type("password", GIVEN);
    browser.submit(By.id("login-submit"));

    assertThat(browser.currentPath()).isEqualTo("/account/password");
    assertThat(browser.driver().findElements(By.id("password-change-required"))).hasSize(1);
    browser.screenshot("first-start-password-change");
    browser.open("/units");
    assertThat(browser.currentPath()).isEqualTo("/account/password");

    browser.type("currentPassword", GIVEN);
    browser.type("newPassword", "gió chiều thổi qua cánh đồng lúa");
    browser.type("confirmation", "gió chiều thổi qua cánh đồng lúa");
    browser.submit(By.cssSelector("form[action$='/account/password'] button[type=submit]"));

    assertThat(browser.currentPath()).isEqualTo("/");
    assertThat(browser.text(By.id("home-unit"))).isEqualTo("Tỉnh Ninh Thuận");
    browser.screenshot("first-start-home");
  }

  @Test
  void aFormSentWithoutItsSecurityTokenIsExplainedOnTheErrorPage() throws Exception {
    var answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                    .header("Accept", "text/html")
                    .header("Cookie", "dvk-lang=en")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body())
        .contains("This form&#39;s security token was missing or has expired")
        .contains("/api/v1");
  }
}

package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * A real installation's first day in a browser: an empty database of its own, no demo data, the
 * bootstrap settings. The first administrator signs in with the password from the settings, is held
 * on the password change until they choose their own, reaches their province's home page, and
 * imports the province's first units from a spreadsheet.
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

    var units = Files.createTempFile("units-", ".csv");
    Files.writeString(
        units,
        """
        Unit code;Unit name;Kind of unit;Level;Superior unit;Valid from
        NT.PR;Huyện Ninh Phước;DISTRICT;;NT;2020-01-01
        NT.PR.X1;Xã Phước Hậu;COMMUNE;;NT.PR;2020-01-01
        """);
    browser.open("/units/import");
    browser.screenshot("first-start-unit-import");
    browser.attach(By.id("file"), units);
    browser.submit(By.id("import-submit"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("import-done")).isEmpty());
    assertThat(browser.text(By.id("import-done"))).contains("NT.PR", "NT.PR.X1");
    browser.screenshot("first-start-units-imported");
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

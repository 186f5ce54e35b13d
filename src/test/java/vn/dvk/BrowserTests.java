package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.dvk.identity.Role;
import vn.dvk.support.Browser;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.WebClient;

/**
 * A real browser (Debian's headless Chromium through /usr/bin/chromedriver): two roles log in and
 * see their menus; Hebrew gives a right-to-left page; a personal API token made on the account page
 * works for a script, and Swagger UI renders under the Content-Security-Policy. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
@Tag("browser")
class BrowserTests {

  @LocalServerPort int port;
  @Autowired RoundFixtures fixtures;

  private Browser browser;

  @BeforeEach
  void startChromium() throws IOException {
    browser = Browser.start(port);
  }

  @AfterEach
  void quit() {
    browser.quit();
  }

  @Test
  void anAdministratorSeesTheAdministrationMenu() throws IOException {
    browser.open("/");
    browser.screenshot("01-login-vi");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("vi");

    browser.logIn("admin");

    assertThat(browser.text(By.id("home-unit"))).isEqualTo("Tỉnh Bình Thuận");
    assertThat(browser.driver().findElements(By.id("nav-users"))).hasSize(1);
    assertThat(browser.driver().findElements(By.id("nav-reference"))).hasSize(1);
    browser.screenshot("02-home-admin");

    browser.open("/units");
    assertThat(browser.text(By.id("units-count"))).contains("150");
    browser.screenshot("03-units-tree");
    browser.open("/units/BT.DL");
    browser.screenshot("04-unit-detail-admin");
    browser.open("/admin/reference/indicator");
    browser.screenshot("09-reference-indicators");
  }

  @Test
  void aDistrictOfficerSeesOnlyTheirDistrictAndNoAdministration() throws IOException {
    browser.logIn("duclinh");

    assertThat(browser.text(By.id("home-unit"))).isEqualTo("Huyện Đức Linh");
    assertThat(browser.driver().findElements(By.id("nav-users"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("nav-units"))).hasSize(1);
    assertThat(browser.driver().findElements(By.id("nav-models"))).hasSize(1);
    browser.screenshot("05-home-officer");

    browser.open("/units/BT.TL");
    assertThat(browser.text(By.id("error-status"))).isEqualTo("404");
  }

  @Test
  void hebrewIsRightToLeft() throws IOException {
    browser.logIn("leader");

    browser.click(By.id("lang-menu"));
    browser.submit(By.id("lang-he"));

    var html = browser.driver().findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).isEqualTo("rtl");
    assertThat(html.getAttribute("lang")).isEqualTo("he");
    assertThat(browser.driver().findElements(By.cssSelector("link[href*='bootstrap.rtl.min.css']")))
        .hasSize(1);
    assertThat(browser.text(By.id("nav-units"))).isEqualTo("יחידות");
    browser.screenshot("06-home-hebrew");

    browser.open("/units/BT.DL");
    browser.screenshot("07-unit-hebrew");
    browser.open("/models");
    browser.screenshot("07b-models-hebrew");
  }

  @Test
  void thePagesFitAPhoneScreen() throws IOException {
    browser.resize(390, 844);
    browser.logIn("tanhlinh.xa");
    for (var page : new String[] {"/", "/models", "/models/new", "/units"}) {
      browser.open(page);
      var overflow =
          (Boolean)
              browser.script(
                  "return document.documentElement.scrollWidth > window.innerWidth + 1;");
      browser.screenshot("08-phone" + page.replace('/', '-'));
      assertThat(overflow).as(page).isFalse();
    }
  }

  @Test
  void anOfficerMakesATokenThatAScriptThenUses() throws IOException {
    fixtures.user("token.browser", Role.OFFICER, "BT.DL");
    browser.logIn("token.browser");
    browser.click(By.id("user-menu"));
    browser.submit(By.id("nav-tokens"));
    assertThat(browser.currentPath()).isEqualTo("/account/tokens");

    browser.type("name", "Báo cáo hằng tuần");
    browser.script("document.getElementById('expiresOn').value = '2099-12-31'");
    browser.submit(By.id("token-create"));
    var secret = browser.text(By.id("new-token"));
    assertThat(secret).startsWith("dvk_").hasSize(47);
    assertThat(browser.text(By.id("tokens-table"))).contains("Báo cáo hằng tuần", "31/12/2099");
    browser.screenshot("60-api-tokens");

    var me =
        new WebClient(port)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + secret)
            .get("/api/v1/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"username\":\"token.browser\"");

    browser.open("/account/tokens");
    assertThat(browser.driver().getPageSource()).doesNotContain(secret);
  }

  @Test
  void swaggerUiShowsTheApiWithoutSigningIn() throws IOException {
    browser.open("/swagger-ui.html");

    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector(".opblock")).size() > 20);
    assertThat(browser.text(By.cssSelector(".info .title"))).contains("DVK API");
    assertThat(browser.driver().findElements(By.cssSelector(".scheme-container .authorize")))
        .hasSize(1);
    browser.screenshot("61-swagger-ui");

    browser.click(By.cssSelector(".opblock-summary"));
    browser.waitUntilText(By.cssSelector(".opblock.is-open"), "401");
    assertThat(browser.consoleErrors()).as("Content-Security-Policy violations").isEmpty();
  }
}

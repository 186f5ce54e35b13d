package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.dvk.support.Browser;

/**
 * A real browser (Debian's headless Chromium through /usr/bin/chromedriver): two roles log in and
 * see their menus; Hebrew gives a right-to-left page. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
@Tag("browser")
class BrowserTests {

  @LocalServerPort int port;

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
}

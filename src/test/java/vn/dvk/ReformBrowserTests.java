package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.dvk.support.Browser;
import vn.dvk.support.Chromium;
import vn.dvk.support.ReformedDemoTest;

/**
 * The new Lâm Đồng's reviewer, from a fresh demo start after the reform: the 2026 summary with its
 * units directly under the province, the comparison with the three provinces' 2024, and Bình
 * Thuận's 2023 as the brief has it; in Vietnamese and in Hebrew, on a desk and on a phone.
 */
@ReformedDemoTest
@Tag("browser")
@ExtendWith(Chromium.class)
class ReformBrowserTests {

  private Browser browser;

  @BeforeEach
  void start(Browser browser) {
    this.browser = browser;
  }

  /** Each role's home page of tasks, on a desk in Vietnamese and on a phone in Hebrew. */
  @Test
  void eachRoleOpensOnItsTasks() throws IOException {
    for (var user : java.util.List.of("duclinh", "lamdong", "council", "leader")) {
      for (var language : java.util.List.of("vi", "he")) {
        browser.resize(language.equals("vi") ? 1366 : 390, language.equals("vi") ? 900 : 844);
        browser.logIn(user);
        browser.open("/?lang=" + language);
        browser.screenshot("95-home-" + user + "-" + language);
        assertThat(browser.driver().findElements(By.cssSelector("#tasks li")))
            .as(user + "'s tasks")
            .isNotEmpty();
        browser.driver().manage().deleteAllCookies();
      }
    }
    browser.logIn("leader");
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#tasks a[href*='yearly-summary?year=2026']")))
        .as("the leader's figures are of 2026, the demo's latest year")
        .isNotEmpty();
  }

  @Test
  void lamDongsReviewerReads2026ComparesItWith2024AndStillReadsBinhThuan2023() throws IOException {
    browser.logIn("lamdong");
    browser.open("/reports/yearly-summary?year=2026&unit=LD");

    assertThat(browser.text(By.tagName("h1"))).contains("2026").contains("Lâm Đồng");
    assertThat(browser.text(By.id("summary-figures"))).contains("đơn vị trực thuộc tỉnh");
    assertThat(browser.text(By.id("narrative"))).contains("đơn vị trực thuộc tỉnh");
    assertThat(browser.driver().findElements(By.cssSelector("#by-unit tbody tr")).size())
        .isGreaterThan(60);
    assertThat(browser.text(By.id("by-unit"))).contains("Phú Quý");
    browser.screenshot("90-summary-2026-vi");
    browser.open("/reports/yearly-summary?year=2026&unit=LD&lang=he");
    assertThat(browser.text(By.id("summary-figures"))).contains("הכפופות ישירות למחוז");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
        .isEqualTo("rtl");
    browser.screenshot("91-summary-2026-he");

    browser.open("/reports/comparison?year=2026&baseYear=2024&unit=LD&lang=vi");
    assertThat(browser.text(By.id("comparison")))
        .contains("Bình Thuận 2024", "Đắk Nông 2024", "Cộng năm 2024", "Lâm Đồng 2026");
    browser.screenshot("92-comparison-vi");
    browser.open("/reports/comparison?year=2026&baseYear=2024&unit=LD&lang=he");
    assertThat(browser.text(By.id("comparison"))).contains("סך הכול, 2024");
    browser.screenshot("93-comparison-he");

    browser.open("/reports/yearly-summary?year=2023&unit=BT&lang=vi");
    assertThat(browser.text(By.id("fig-registered"))).isEqualTo("746");
    assertThat(browser.text(By.id("fig-considered"))).isEqualTo("13/14");
    assertThat(browser.text(By.id("fig-proposed"))).isEqualTo("39");
    assertThat(browser.text(By.id("fig-province"))).isEqualTo("22");
    browser.screenshot("94-summary-2023-after-the-reform");
  }
}

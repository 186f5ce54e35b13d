package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/** The yearly summary page of the demo's 2023, in Vietnamese and in Hebrew. */
@BrowserTest
class ReportsBrowserTests {

  @org.springframework.beans.factory.annotation.Autowired
  vn.dvk.notifications.DeadlineReminders reminders;

  private Browser browser;

  @BeforeEach
  void start(Browser browser) {
    this.browser = browser;
  }

  @Test
  void aUnitSeesItsRemindersInTheInboxWithTheUnreadBadge() throws IOException {
    reminders.remind(java.time.LocalDate.of(2025, 8, 25));

    browser.logIn("duclinh");
    assertThat(browser.text(By.id("unread"))).isNotBlank();
    browser.open("/inbox");
    assertThat(browser.text(By.id("inbox"))).contains("31/08/2025");
    browser.screenshot("54-inbox");
    browser.submit(By.id("read-all"));
    assertThat(browser.driver().findElements(By.id("unread"))).isEmpty();
  }

  @Test
  void theSummaryOf2023ShowsTheBriefsFigures() throws IOException {
    browser.logIn("leader");
    browser.open("/reports/yearly-summary?year=2023&unit=BT");

    assertThat(browser.text(By.id("fig-registered"))).isEqualTo("746");
    assertThat(browser.text(By.id("fig-considered"))).isEqualTo("13/14");
    assertThat(browser.text(By.id("fig-proposed"))).isEqualTo("39");
    assertThat(browser.text(By.id("fig-province"))).isEqualTo("22");
    assertThat(browser.text(By.id("gaps"))).contains("Đức Linh");
    assertThat(browser.driver().findElements(By.cssSelector("#outstanding li"))).hasSize(5);
    assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
        .as("nothing wider than the window")
        .isLessThanOrEqualTo((Long) browser.script("return window.innerWidth"));
    browser.screenshot("50-yearly-summary-vi");
    browser.open("/reports/yearly-summary?year=2023&unit=BT&lang=he");
    assertThat(browser.text(By.id("fig-registered"))).isEqualTo("746");
    browser.screenshot("51-yearly-summary-he");
    browser.open("/reports/coverage?year=2023&unit=BT&lang=vi");
    assertThat(browser.text(By.id("targets"))).contains("13/14").contains("93%");
    browser.screenshot("52-coverage");
    browser.open("/reports/dashboard?year=2023&unit=BT&lang=vi");
    browser.waitUntilText(By.id("years"), "746");
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#chart-years canvas")).size() > 0);
    assertThat(browser.driver().findElements(By.cssSelector(".dvk-chart canvas"))).hasSize(5);
    browser.screenshot("53-dashboard");
  }

  /** The charts on a phone in Hebrew, and the public figures' chart drawn from its table. */
  @Test
  void theChartsFitAPhoneAndThePublicFiguresHaveOne() throws IOException {
    browser.resize(390, 844);
    browser.logIn("leader");
    browser.open("/reports/dashboard?year=2023&unit=BT&lang=he");
    waitForChart("chart-fields");
    browser.script(
        "document.getElementById('chart-fields').scrollIntoView({behavior: 'instant', block: 'center'})");
    browser.screenshot("57-dashboard-phone-he");
    browser.resize(1366, 900);
    browser.open("/reports/dashboard?year=2023&unit=BT&lang=vi");
    waitForChart("chart-fields");
    browser.script(
        "document.getElementById('chart-fields').scrollIntoView({behavior: 'instant', block: 'center'})");
    browser.screenshot("58-dashboard-fields-vi");

    browser.open("/showcase/figures?lang=en");
    waitForChart("chart-public-figures");
    var series =
        browser.script(
            "return echarts.getInstanceByDom(document.getElementById('chart-public-figures'))"
                + ".getOption().series.map(s => s.name + ':' + s.data.length).join('|')");
    assertThat((String) series).contains("Registered:").contains(":" + rows("public-figures"));
    browser.screenshot("59-public-figures-en");
  }

  private void waitForChart(String id) {
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#" + id + " canvas")).isEmpty());
  }

  private int rows(String table) {
    return browser.driver().findElements(By.cssSelector("#" + table + " tbody tr")).size();
  }
}

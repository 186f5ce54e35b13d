package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * The pages an official opens most, at a phone's width (390 × 844) in Vietnamese and in Hebrew:
 * nothing runs off the side of the screen, and the summary's buttons stay on it. Screenshots go to
 * target/screenshots (60-…).
 */
@BrowserTest
class PhoneBrowserTests {

  @Autowired JdbcClient jdbc;

  private Browser browser;

  @BeforeEach
  void startChromium(Browser browser) {
    this.browser = browser;
    browser.resize(390, 844);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "he"})
  void theSummaryAListAndAModelFitAPhone(String language) throws IOException {
    browser.logIn("reviewer");

    browser.open("/reports/yearly-summary?year=2023&unit=BT&lang=" + language);
    browser.screenshot("60-phone-summary-" + language);
    browser.wholePageScreenshot("60-phone-summary-whole-" + language);
    assertFitsTheScreen("the summary");
    var pdf = browser.driver().findElement(By.id("summary-pdf")).getRect();
    assertThat(pdf.getX()).as("the PDF button is on the screen").isBetween(0, 390 - pdf.getWidth());

    browser.open("/models?lang=" + language);
    browser.screenshot("61-phone-list-" + language);
    browser.wholePageScreenshot("61-phone-list-whole-" + language);
    assertFitsTheScreen("the list");
    browser.script(
        "document.querySelector('#models-table tbody tr')"
            + ".scrollIntoView({behavior: 'instant', block: 'start'})");
    browser.screenshot("61-phone-list-rows-" + language);
    assertFollowsThePageDirection("the list");
    var title =
        browser.driver().findElement(By.cssSelector("#models-table tbody td.dvk-card-title"));
    var table = browser.driver().findElement(By.id("models-table"));
    assertThat(title.getRect().getWidth())
        .as("a title has the card's width, not a narrow column")
        .isGreaterThan(table.getRect().getWidth() * 3 / 4);
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#models-table tbody .badge"))
                .isDisplayed())
        .as("the state stays in view")
        .isTrue();

    var recognized =
        jdbc.sql("select min(model_id) from recognition_recognition where level = 'PROVINCE'")
            .query(Long.class)
            .single();
    browser.open("/models/" + recognized + "?lang=" + language);
    browser.screenshot("62-phone-model-" + language);
    assertFitsTheScreen("a model");

    browser.open("/models?q=khongcogica&year=2024&lang=" + language);
    browser.script("window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'})");
    assertThat(browser.driver().findElements(By.cssSelector("#nothing-found a"))).hasSize(3);
    browser.screenshot("63-phone-nothing-found-" + language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "he"})
  void eachRolesHomePageOfTasksFitsAPhone(String language) throws IOException {
    for (var user : java.util.List.of("duclinh", "reviewer", "council", "leader")) {
      browser.logIn(user);
      browser.open("/?lang=" + language);
      browser.screenshot("64-phone-home-" + user + "-" + language);
      browser.wholePageScreenshot("64-phone-home-whole-" + user + "-" + language);
      assertFitsTheScreen(user + "'s home page");
      assertFollowsThePageDirection(user + "'s home page");
      assertThat(browser.driver().findElements(By.cssSelector("#tasks li")))
          .as(user + "'s tasks")
          .isNotEmpty();
      browser.driver().manage().deleteAllCookies();
    }
  }

  @Test
  void theMenuAndTheLowResultsButtonAreReadable() {
    browser.resize(1366, 900);
    browser.logIn("reviewer");
    browser.open("/recognition/decisions");

    // WCAG 2.1 AA asks 4.5:1 for text; the bar's lighter end is the red #a4161a.
    assertThat(contrast("#nav-models", "rgb(164, 22, 26)")).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast("#to-low-results", "rgb(247, 245, 242)")).isGreaterThanOrEqualTo(4.5);
  }

  /** The contrast of an element's text colour against a background, as WCAG computes it. */
  private double contrast(String selector, String background) {
    var ratio =
        browser.script(
            "const lum = c => { const [r, g, b, a] = c.match(/[\\d.]+/g).map(Number);"
                + " const over = (x, y) => (a === undefined ? x : a * x + (1 - a) * y);"
                + " const bg = arguments[1].match(/[\\d.]+/g).map(Number);"
                + " return [over(r, bg[0]), over(g, bg[1]), over(b, bg[2])].map(v => v / 255)"
                + ".map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))"
                + ".reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); };"
                + " const fg = getComputedStyle(document.querySelector(arguments[0])).color;"
                + " const [l1, l2] = [lum(fg), lum(arguments[1])].sort((x, y) => y - x);"
                + " return (l1 + 0.05) / (l2 + 0.05);",
            selector,
            background);
    return ((Number) ratio).doubleValue();
  }

  /**
   * A heading or a card's cell holding a Vietnamese name keeps the page's direction (its name is
   * isolated inside it): in Hebrew, a cell turned left-to-right put its label on the wrong side.
   */
  private void assertFollowsThePageDirection(String page) {
    var astray =
        browser.script(
            "const dir = getComputedStyle(document.documentElement).direction;"
                + " return [...document.querySelectorAll('main h1, main h2, main td[data-label]')]"
                + ".filter(e => getComputedStyle(e).direction !== dir).slice(0, 5)"
                + ".map(e => e.tagName + '#' + e.id + ' ' + e.textContent.trim().slice(0, 40))"
                + ".join('; ');");
    assertThat(astray)
        .as("headings and cells of " + page + " turned against the page")
        .isEqualTo("");
  }

  private void assertFitsTheScreen(String page) {
    var overflow =
        browser.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    var widest =
        browser.script(
            "const w = document.documentElement.clientWidth; return [...document.querySelectorAll("
                + "'main *')].filter(e => { const r = e.getBoundingClientRect();"
                + " return r.width > 0 && (r.right > w + 1 || r.left < -1); })"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().left) + '..'"
                + " + Math.round(e.getBoundingClientRect().right)).join('; ');");
    assertThat(((Number) overflow).intValue())
        .as(page + " runs off the side (" + widest + ") by")
        .isLessThanOrEqualTo(0);
  }
}

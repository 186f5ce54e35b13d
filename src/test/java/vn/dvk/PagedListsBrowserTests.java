package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * The long lists — models to learn from, decisions, rounds, a member's scoring sheet — page in a
 * real browser: the next page replaces the results alone (htmx) and its address is kept, on a
 * desktop and at a phone's width, in Vietnamese and Hebrew. Screenshots go to target/screenshots
 * (55-…).
 */
@BrowserTest
class PagedListsBrowserTests {

  @Autowired JdbcClient jdbc;

  private Browser browser;

  @BeforeEach
  void startChromium(Browser browser) {
    this.browser = browser;
  }

  @Test
  void theNextPageReplacesTheResultsAloneAndKeepsTheFilters() throws IOException {
    browser.resize(1366, 900);
    browser.logIn("reviewer");
    browser.open("/replication?q=a");
    var page = browser.driver().findElement(By.tagName("html"));
    assertThat(browser.text(By.id("list-rows"))).startsWith("Dòng 1–20 trong tổng số");
    browser.screenshot("55-replication-page-1");

    browser.click(By.id("next-page"));
    browser.waitUntilText(By.id("list-rows"), "Dòng 21–40");

    assertThat(browser.driver().findElement(By.tagName("html"))).isEqualTo(page);
    assertThat(browser.driver().getCurrentUrl()).endsWith("/replication?q=a&page=1");
    assertThat(browser.driver().findElement(By.id("q")).getAttribute("value")).isEqualTo("a");
    browser.screenshot("55-replication-page-2");
  }

  @Test
  void eachPagedListOnADesktopAndAPhoneInVietnameseAndHebrew() throws IOException {
    var round = vn.dvk.support.RoundFixtures.roundOfMoreThanAPage(jdbc, "council");
    var lists =
        new String[][] {
          {"replication", "/replication"},
          {"decisions", "/recognition/decisions"},
          {"rounds", "/rounds"},
          {"scoring", "/rounds/" + round + "/scoring"}
        };
    for (var list : lists) {
      browser.logIn(list[0].equals("scoring") ? "council" : "reviewer");
      for (var width : new int[] {1366, 390}) {
        browser.resize(width, width == 390 ? 844 : 900);
        for (var language : new String[] {"vi", "he"}) {
          browser.open(list[1] + "?page=1&lang=" + language);
          assertThat(browser.driver().findElements(By.id("list-rows"))).hasSize(1);
          assertThat(firstRowIsLeftOfLastRow())
              .as("the rows’ range reads left to right: " + browser.text(By.id("list-rows")))
              .isTrue();
          browser.script(
              "document.getElementById('page-of').scrollIntoView({block: 'end', behavior: 'instant'})");
          browser.screenshot("56-" + list[0] + "-" + width + "-" + language);
          assertThat(widestOverflow())
              .as(list[0] + " at " + width + " px in " + language + " runs off the side by")
              .isLessThanOrEqualTo(0);
        }
      }
      browser.resize(1366, 900);
      browser.logOut();
    }
  }

  /** How far the page, or a table scrolling inside it, is wider than the screen. */
  private int widestOverflow() {
    return ((Number)
            browser.script(
                "return [document.documentElement, ...document.querySelectorAll("
                    + "'main .table-responsive')].map(e => e.scrollWidth - e.clientWidth)"
                    + ".reduce((a, b) => Math.max(a, b), 0);"))
        .intValue();
  }

  /** Whether the first row's number stands left of the last row's, in either direction. */
  private boolean firstRowIsLeftOfLastRow() {
    return (Boolean)
        browser.script(
            "const t = document.getElementById('list-rows').firstChild, s = t.textContent;"
                + " const m = /(\\d+)\u2013(\\d+)/.exec(s.replace(/[\u2066-\u2069]/g, ' '));"
                + " const left = (i, n) => { const r = document.createRange();"
                + " r.setStart(t, i); r.setEnd(t, i + n); return r.getBoundingClientRect().left; };"
                + " return left(m.index, m[1].length)"
                + " < left(m.index + m[1].length + 1, m[2].length);");
  }
}

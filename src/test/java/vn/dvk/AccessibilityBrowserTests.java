package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * The main pages, as each demo role sees them, checked by axe-core in Vietnamese, English and
 * Hebrew with its default rules (the WCAG A and AA success criteria, and its best practices): a
 * violation of serious or critical impact fails the test; every violation found is printed, page by
 * page. Screenshots of the model form with its errors go to target/screenshots (80-…).
 */
@BrowserTest
class AccessibilityBrowserTests {

  private static final List<String> FAILING = List.of("serious", "critical");

  @Autowired JdbcClient jdbc;

  private Browser browser;
  private String language;
  private final List<Finding> findings = new ArrayList<>();

  /** One rule broken on one page, with the elements that break it. */
  record Finding(String page, Rule rule) {

    String impact() {
      return rule.getImpact();
    }

    @Override
    public String toString() {
      var nodes =
          rule.getNodes().stream()
              .limit(12)
              .map(n -> "      " + n.getTarget() + "  " + abbreviated(n.getHtml()))
              .collect(Collectors.joining("\n"));
      return "  %s  %s [%s] %s (%d)%n%s"
          .formatted(
              page, rule.getImpact(), rule.getId(), rule.getHelp(), rule.getNodes().size(), nodes);
    }

    private static String abbreviated(String html) {
      return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en", "he"})
  void theMainPagesHaveNoSeriousOrCriticalViolations(String language, Browser browser)
      throws IOException {
    this.browser = browser;
    this.language = language;

    publicPages();
    asUnitOfficer();
    asReviewer();
    as("council");
    check("/rounds/" + roundOf("council") + "/scoring", "scoring");
    as("admin");
    check("/admin/users", "users");
    check("/units/BT", "a unit");
    check("/admin/plans", "yearly plans");
    browser.script("document.getElementById('add-plan').scrollIntoView({behavior: 'instant'})");
    browser.screenshot("81-plans-" + language);
    as("leader");
    check("/", "home of a leader");
    check("/reports/dashboard", "dashboard");

    report();
    assertThat(findings.stream().filter(f -> FAILING.contains(f.impact())).toList())
        .as("serious or critical accessibility violations in " + language)
        .isEmpty();
  }

  private void publicPages() {
    check("/login", "login");
    check("/showcase", "showcase");
    browser.click(By.cssSelector("#showcase-models article a"));
    browser.waitUntilLoaded();
    analyze("showcase model");
    check("/showcase/figures", "showcase figures");
    check("/showcase/data", "open data");
  }

  private void asUnitOfficer() throws IOException {
    as("duclinh");
    check("/", "home");
    check("/models", "models");
    check("/models/" + aRecognizedModel(), "a model");
    check("/units", "units");
    browser.open("/models/new?lang=" + language);
    browser.type("title", "");
    browser.select("fieldCode", "");
    browser.type(By.id("targets-ROAD_BUILT"), "ba km");
    browser.submit(By.id("save-model"));
    assertThat(browser.script("return document.getElementById('targets-ROAD_BUILT').value"))
        .as("an indicator's target comes back as it was typed")
        .isEqualTo("ba km");
    assertThat(browser.script("return document.activeElement.id"))
        .as("the focus is on the error summary")
        .isEqualTo("form-errors");
    browser.click(By.cssSelector("#form-errors a[href='#title']"));
    assertThat(browser.script("return document.activeElement.id"))
        .as("a line of the summary takes the focus to its field")
        .isEqualTo("title");
    analyze("model form with errors");
    browser.screenshot("80-model-form-errors-" + language);
    browser.wholePageScreenshot("81-model-form-errors-whole-" + language);
  }

  private void asReviewer() {
    as("reviewer");
    check("/rounds", "rounds");
    check("/rounds/" + roundOf("council"), "a round");
    check("/reports/yearly-summary?year=2023&unit=BT", "yearly summary");
  }

  private void as(String user) {
    browser.driver().manage().deleteAllCookies();
    browser.open("/login?lang=" + language);
    browser.logIn(user);
  }

  private void check(String path, String page) {
    browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
    analyze(page);
  }

  private void analyze(String page) {
    var results = new AxeBuilder().analyze(browser.driver());
    assertThat(results.getErrorMessage()).as("axe on " + page).isNull();
    results.getViolations().forEach(rule -> findings.add(new Finding(page, rule)));
  }

  private void report() {
    Map<String, Integer> byImpact = new TreeMap<>();
    findings.forEach(f -> byImpact.merge(f.impact(), f.rule().getNodes().size(), Integer::sum));
    System.out.printf(
        "axe, %s: %d violations, elements by impact %s%n%s%n",
        language,
        findings.size(),
        byImpact,
        findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
  }

  private long aRecognizedModel() {
    return jdbc.sql("select min(model_id) from recognition_recognition where level = 'PROVINCE'")
        .query(Long.class)
        .single();
  }

  private long roundOf(String member) {
    return jdbc.sql("select max(round_id) from recognition_member where username = ?")
        .param(member)
        .query(Long.class)
        .single();
  }
}

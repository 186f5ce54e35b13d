package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.identity.Role;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.WebClient;

/**
 * A real browser (Debian's headless Chromium through /usr/bin/chromedriver): two roles log in and
 * see their menus; Hebrew gives a right-to-left page; a personal API token made on the account page
 * works for a script, and Swagger UI renders under the Content-Security-Policy. Screenshots go to
 * target/screenshots.
 */
@BrowserTest
class BrowserTests {

  @LocalServerPort int port;
  @Autowired RoundFixtures fixtures;

  private Browser browser;

  @BeforeEach
  void startChromium(Browser browser) {
    this.browser = browser;
  }

  /**
   * Static files are linked by their content and kept a year: a second visit of a page takes every
   * script, style and font from the browser's cache, without asking the server again.
   */
  @Test
  void aRepeatVisitFetchesNoStaticFileAgain() {
    browser.logIn("leader");
    browser.open("/reports/dashboard?year=2023");
    browser.open("/models");
    browser.open("/reports/dashboard?year=2023");

    @SuppressWarnings("unchecked")
    var fetched =
        (java.util.List<String>)
            browser.script(
                "return performance.getEntriesByType('resource')"
                    + ".filter(e => /\\/(webjars|css|js|fonts)\\//.test(e.name))"
                    + ".map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize);");
    assertThat(fetched).as("the dashboard's static files").isNotEmpty();
    assertThat(fetched)
        .as("static files a repeat visit fetched again (path, bytes transferred)")
        .allMatch(entry -> entry.endsWith(" 0"));
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
  void refusalsAreExplainedOnThePage() throws IOException {
    browser.open("/login");
    browser.type("username", "duclinh");
    browser.type("password", "not the password");
    browser.submit(By.id("login-submit"));
    assertThat(browser.text(By.id("login-error"))).contains("vui lòng đợi vài phút");
    browser.screenshot("11-login-refused");

    browser.logIn("duclinh");
    browser.open("/models?page=100000000");
    assertThat(browser.text(By.id("error-status"))).isEqualTo("422");
    assertThat(browser.text(By.id("error-violations"))).contains("10.000 dòng đầu");
    browser.screenshot("12-list-too-deep");

    var job =
        jdbc.sql(
                """
                insert into models_import_job (username, file_name, status, total_rows,
                    processed, created_at, heartbeat_at, finished_at)
                values ('duclinh', 'mat-dien.xlsx', 'INTERRUPTED', 500, 200,
                    current_timestamp, current_timestamp, current_timestamp)
                """)
            .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id");
    var id =
        jdbc.sql("select max(id) from models_import_job where username = 'duclinh'")
            .query(Long.class)
            .single();
    browser.open("/models/import/" + id);
    assertThat(browser.text(By.id("import-interrupted"))).contains("không dòng nào được lưu");
    browser.screenshot("13-import-interrupted");
    assertThat(job).isEqualTo(1);
  }

  @Test
  void hebrewIsRightToLeft() throws IOException {
    browser.logIn("leader");

    browser.click(By.id("lang-menu"));
    browser.submit(By.id("lang-he"));

    var html = browser.driver().findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).isEqualTo("rtl");
    assertThat(html.getAttribute("lang")).isEqualTo("he");
    assertThat(browser.driver().findElements(By.cssSelector("link[href*='bootstrap.rtl.min']")))
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

  @Test
  void thePublicShowcaseReadsWithoutALoginInVietnameseAndHebrewAndOnAPhone() throws IOException {
    browser.open("/showcase?lang=vi");
    assertThat(browser.driver().findElements(By.cssSelector("#showcase-models article")))
        .hasSize(24);
    browser.screenshot("70-showcase-vi");

    browser.type(By.id("q"), "dan van kheo dong bao");
    browser.submit(By.id("showcase-search"));
    assertThat(browser.text(By.id("showcase-models")))
        .contains("“Dân vận khéo” trong vùng đồng bào dân tộc thiểu số");
    browser.click(By.cssSelector("#showcase-models article a"));
    assertThat(browser.currentPath())
        .endsWith("/dan-van-kheo-trong-vung-dong-bao-dan-toc-thieu-so");
    assertThat(browser.text(By.id("public-title")))
        .isEqualTo("“Dân vận khéo” trong vùng đồng bào dân tộc thiểu số");
    browser.screenshot("71-showcase-model-vi");

    browser.open("/showcase/figures");
    assertThat(browser.text(By.id("figures-2023"))).contains("746").contains("13/14");
    browser.screenshot("72-showcase-figures-vi");

    browser.open("/showcase?lang=he");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
        .isEqualTo("rtl");
    browser.screenshot("73-showcase-he");
    browser.resize(390, 844);
    browser.open("/showcase/data");
    assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
        .as("nothing wider than a phone")
        .isLessThanOrEqualTo((Long) browser.script("return window.innerWidth"));
    browser.screenshot("74-open-data-he-phone");
    browser.open("/showcase?lang=vi");
    assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Long) browser.script("return window.innerWidth"));
    browser.screenshot("75-showcase-phone");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aModelsLineageShowsItsTreeAndChart() throws IOException {
    var source = jdbcSourceWithTheMostCopies();
    browser.logIn("leader");
    browser.open("/models/" + source + "/lineage");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#lineage-chart canvas")).size() > 0);
    assertThat(browser.driver().findElements(By.cssSelector("#tree li"))).isNotEmpty();
    browser.screenshot("76-lineage");
    browser.open("/replication");
    assertThat(browser.driver().findElements(By.cssSelector("#candidates tbody tr"))).isNotEmpty();
    browser.screenshot("77-models-to-learn-from");
    browser.open("/reports/yearly-summary?year=2024&unit=BT");
    assertThat(browser.text(By.id("replications-figures"))).isNotBlank();
    browser.screenshot("78-summary-replications");
  }

  @Test
  void aUnitPreparesAPublicVersionAndAnotherReviewerPublishesIt() throws IOException {
    var model =
        jdbc.sql(
                """
                select min(r.model_id) from recognition_recognition r
                  join models_model m on m.id = r.model_id
                 where m.unit_code like 'BT.TL%' and r.level = 'DISTRICT'
                   and not exists (select 1 from showcase_publication p
                                    where p.model_id = r.model_id)
                """)
            .query(Long.class)
            .single();

    browser.logIn("tanhlinh");
    browser.open("/models/" + model);
    browser.click(By.id("model-public"));
    browser.type(By.id("public-title-input"), "Mô hình công bố thử");
    browser.screenshot("79-public-version-form");
    browser.submit(By.id("save-public"));
    assertThat(browser.text(By.id("public-state"))).isEqualTo("Chưa công bố");
    assertThat(browser.driver().findElements(By.id("approve-public"))).isEmpty();
    browser.logOut();

    browser.logIn("reviewer");
    browser.open("/models/" + model + "/public");
    browser.submit(By.id("approve-public"));
    assertThat(browser.text(By.id("public-state"))).isEqualTo("Đang công bố");
    browser.screenshot("80-public-version-approved");
    browser.click(By.id("public-link"));
    assertThat(browser.currentPath()).endsWith("/mo-hinh-cong-bo-thu");
    assertThat(browser.text(By.id("public-title"))).isEqualTo("Mô hình công bố thử");
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private long jdbcSourceWithTheMostCopies() {
    return jdbc.sql(
            """
            select source_id from replication_source group by source_id
             order by count(*) desc, source_id limit 1
            """)
        .query(Long.class)
        .single();
  }
}

package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.WebClient;

/** The application on a real server and a random port, used the way a browser uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
@Import(FullApplicationTests.Failing.class)
class FullApplicationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aVisitorSeesTheVietnameseLoginPageThenTheDemoProvinceAfterLoggingIn() {
    var browser = new WebClient(port);

    var login = browser.get("/");
    assertThat(login.uri().getPath()).isEqualTo("/login");
    assertThat(login.body()).contains("<html lang=\"vi\" dir=\"ltr\"").contains("Đăng nhập");

    var home = browser.login("leader", "demo");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.uri().getPath()).isEqualTo("/");
    assertThat(home.body()).contains("Tỉnh Bình Thuận").contains("Lãnh đạo");
  }

  @Test
  void sessionsLiveInTheDatabaseAndExpireAfterThirtyIdleMinutes() {
    new WebClient(port).login("council", "demo");

    var idleSeconds =
        jdbc.sql(
                "select max_inactive_interval from spring_session where principal_name = 'council'")
            .query(Integer.class)
            .list();
    assertThat(idleSeconds).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualTo(30 * 60));
  }

  @Test
  void aWrongPasswordShowsALocalizedMessage() {
    var browser = new WebClient(port).language("en");

    var page = browser.login("leader", "wrong");

    assertThat(page.uri().toString()).endsWith("/login?error=bad");
    assertThat(page.body()).contains("Wrong user name or password.");
  }

  @Test
  void bootstrapAndHtmxAreServedByTheApplication() {
    var browser = new WebClient(port);
    for (var asset :
        new String[] {
          "/webjars/bootstrap/dist/css/bootstrap.min.css",
          "/webjars/bootstrap/dist/css/bootstrap.rtl.min.css",
          "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js",
          "/webjars/htmx.org/dist/htmx.min.js",
          "/css/dvk.css",
          "/js/dvk.js"
        }) {
      assertThat(browser.get(asset).statusCode()).as(asset).isEqualTo(200);
    }
  }

  @Test
  void staticFilesAreLinkedByTheirContentAndKeptAYearAndPagesAreCompressed() throws Exception {
    var page = new WebClient(port).get("/login").body();
    var css =
        java.util.regex.Pattern.compile("href=\"(/css/dvk-[0-9a-f]{32}\\.css)\"").matcher(page);
    assertThat(css.find()).as("a versioned link to dvk.css").isTrue();
    assertThat(page)
        .containsPattern("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css");

    var http = java.net.http.HttpClient.newHttpClient();
    var file =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + css.group(1)))
                .header("Accept-Encoding", "gzip")
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.headers().firstValue("Cache-Control").orElse(""))
        .contains("max-age=31536000", "public");
    assertThat(file.headers().firstValue("Content-Encoding")).contains("gzip");
  }

  @Test
  void theLoginPageReferencesNoOtherHost() {
    var body = new WebClient(port).get("/login").body();

    assertThat(body).doesNotContainPattern("(src|href)=\"(https?:)?//");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "404, vi, Không tìm thấy",
    "404, en, Not found",
    "404, he, לא נמצא",
    "409, vi, Xung đột dữ liệu",
    "409, en, Conflicting change",
    "422, en, Cannot be done",
    "422, he, לא ניתן לבצע",
    "500, vi, Lỗi hệ thống",
    "500, en, System error",
    "500, he, שגיאת מערכת"
  })
  void errorPagesAreLocalized(int status, String language, String title) {
    var browser = new WebClient(port).language(language).basic("leader", "demo");

    var page = browser.get("/failing/" + status);

    assertThat(page.statusCode()).isEqualTo(status);
    assertThat(page.body()).contains("id=\"error-title\">" + title + "<");
    assertThat(page.body()).doesNotContain("Exception").doesNotContain("at vn.dvk");
    if (language.equals("he")) {
      assertThat(page.body()).contains("dir=\"rtl\"").contains("bootstrap.rtl.min-");
    }
  }

  @Test
  void anOversizedUploadIsRefusedWithALocalizedMessage() {
    var browser = new WebClient(port).language("en").header("Accept", "text/html");
    browser.login("duclinh", "demo");

    var page =
        browser.upload("/models/import", "/models/import", "big.xlsx", new byte[11 * 1024 * 1024]);

    assertThat(page.uri().getPath()).isEqualTo("/models/import");
    assertThat(page.body()).contains("The file is larger than the 10 MB allowed.");

    var huge =
        browser.upload("/models/import", "/models/import", "huge.xlsx", new byte[60 * 1024 * 1024]);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("id=\"error-title\">File too large<");
  }

  @Test
  void anOversizedUploadToTheApiGetsAProblemDetail() {
    var script = new WebClient(port).language("en").basic("duclinh", "demo");
    var model =
        jdbc.sql("select min(id) from models_model where unit_code like 'BT.DL%'")
            .query(Long.class)
            .single();

    var huge =
        script.upload(
            "/api/v1/me",
            "/api/v1/models/" + model + "/attachments",
            "huge.jpg",
            new byte[60 * 1024 * 1024]);

    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(huge.body()).contains("\"code\":\"error.request-too-large\"").contains("51 MB");
  }

  @Test
  void aForbiddenPageIsLocalized() {
    var browser = new WebClient(port).language("en").basic("duclinh", "demo");

    var page = browser.get("/admin/users");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Access denied");
  }

  @Test
  void pagesStayVietnameseWhateverTheBrowsersLanguageUntilTheReaderSwitches() {
    var browser = new WebClient(port).header("Accept-Language", "en-US,en;q=0.9");

    assertThat(browser.get("/login").body()).contains("lang=\"vi\"").contains("Đăng nhập");
    assertThat(browser.get("/login?lang=he").body()).contains("lang=\"he\" dir=\"rtl\"");
    assertThat(browser.get("/login").body()).contains("lang=\"he\"");
  }

  @Test
  void switchingLanguageKeepsTheListsFilters() {
    var browser = new WebClient(port).basic("duclinh", "demo");

    var list = browser.get("/models?year=2024&q=ho+ngheo&state=REGISTERED&page=1").body();

    assertThat(list)
        .contains(
            "href=\"/models?year=2024&amp;q=ho+ngheo&amp;state=REGISTERED&amp;page=1&amp;lang=en\"")
        .contains(
            "href=\"/models?year=2024&amp;q=ho+ngheo&amp;state=REGISTERED&amp;page=1&amp;lang=he\"");
    assertThat(browser.get("/models?year=2024&q=ho+ngheo").body())
        .as("years are not numbers to group")
        .contains(" (2024)\"")
        .doesNotContain("2.024")
        .as("the list counts registrations, not models")
        .containsPattern("id=\"result-count\"\\s*>\\d+ lượt đăng ký<");
    assertThat(browser.get("/models?year=2024&lang=en&q=ho+ngheo").body())
        .as("the language asked for is replaced, not repeated")
        .contains("href=\"/models?year=2024&amp;q=ho+ngheo&amp;lang=vi\"");
  }

  @Test
  void theApiAnswersInTheCallersLanguage() {
    var api = new WebClient(port).basic("duclinh", "demo").header("Accept", "application/json");

    var vietnamese = api.get("/api/v1/units/BT.TL");
    var english = api.header("Accept-Language", "en").get("/api/v1/units/BT.TL");

    assertThat(vietnamese.statusCode()).isEqualTo(404);
    assertThat(vietnamese.body()).contains("Không tìm thấy đơn vị “BT.TL”.");
    assertThat(english.body()).contains("No unit “BT.TL” was found.").contains("\"status\":404");
  }

  @Test
  void anUnknownPageIsAnHtmlNotFoundPage() {
    var page = new WebClient(port).basic("duclinh", "demo").get("/no/such/page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Không tìm thấy");
  }

  /** Throws each kind of failure, to see the page each one gives. */
  @Controller
  static class Failing {

    @GetMapping("/failing/{status}")
    String fail(@PathVariable int status) {
      switch (status) {
        case 404 -> throw new NotFoundException("units.error.not-found", "X");
        case 409 -> throw new OptimisticLockingFailureException("stale");
        case 422 -> throw new BusinessRuleException("units.error.same-name");
        case 500 -> throw new IllegalStateException("boom");
        default -> throw new ConflictException("units.error.concurrent-change", "X");
      }
    }
  }
}

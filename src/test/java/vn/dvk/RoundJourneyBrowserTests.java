package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;
import vn.dvk.support.RoundFixtures;

/**
 * A whole provincial round in a real browser: the reviewer opens it and forms its council, Đức Linh
 * proposes the model it recognized, two members score (saved as they type) and vote, the reviewer
 * records the meeting and issues the decision, and the decision lists the model.
 */
@BrowserTest
class RoundJourneyBrowserTests {

  private static final String[] CRITERIA = {
    "PRACTICALITY", "EFFECTIVENESS", "INFLUENCE", "REPLICABILITY", "CREATIVITY"
  };

  @Autowired RoundFixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Browser browser;

  @BeforeEach
  void start(Browser browser) {
    this.browser = browser;
  }

  @Test
  void proposeScoreAsTwoMembersHoldTheMeetingAndIssueTheDecision() throws IOException {
    fixtures.councilMembersAndASecondReviewer();
    var title = "Dân vận khéo trong xây dựng đường giao thông nông thôn Đức Linh";
    var model = fixtures.registeredModelOfDucLinh(title);
    fixtures.districtRecognition(model);

    browser.logIn("reviewer");
    browser.open("/rounds");
    browser.type("title", "Xét công nhận cấp tỉnh — hành trình trình duyệt");
    browser.script(
        "document.getElementById('o-deadline').value = '"
            + LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(20)
            + "'");
    browser.submit(By.cssSelector("#open-round button[type=submit]"));
    var roundUrl = browser.currentPath();
    browser.click(By.id("m-council"));
    browser.click(By.id("m-council2"));
    browser.submit(By.cssSelector("#members button[type=submit]"));
    assertThat(browser.text(By.id("council")))
        .as("members by their names, never their usernames")
        .contains("Thành viên Hội đồng xét công nhận")
        .contains("Ủy viên Hội đồng xét công nhận")
        .doesNotContain("council");
    browser.logOut();

    browser.logIn("duclinh");
    browser.open(roundUrl);
    browser.select("modelId", String.valueOf(model.id()));
    browser.type("considerationNote", "Hội nghị Ban Thường vụ Huyện ủy thống nhất đề nghị");
    browser.submit(By.cssSelector("#propose button[type=submit]"));
    assertThat(browser.text(By.id("proposals"))).contains(title);
    browser.screenshot("40-round-proposed");
    browser.logOut();

    score("council", roundUrl, "9");
    browser.screenshot("41-scoring-first-member");
    browser.logOut();
    score("council2", roundUrl, "8");
    assertThat(browser.text(By.cssSelector("[id^=sheet-]")))
        .contains("Thành viên Hội đồng xét công nhận");
    browser.screenshot("42-scoring-second-member-sees-the-first");
    browser.logOut();

    browser.logIn("reviewer");
    browser.open(roundUrl);
    assertThat(browser.text(By.id("board"))).contains(title).contains("8,50");
    browser.screenshot("43-round-board");
    browser.type("place", "Hội trường Tỉnh ủy");
    browser.submit(By.cssSelector("#meeting button[type=submit]"));
    browser.type("signerName", "Nguyễn Thị Hồng");
    browser.type("signerTitle", "Trưởng Ban Dân vận Tỉnh ủy");
    browser.submit(By.cssSelector("#decide button[type=submit]"));
    assertThat(browser.text(By.id("round-state"))).isEqualTo("Đã có quyết định");
    browser.submit(By.id("to-decision"));
    assertThat(browser.text(By.id("decision-number"))).contains("-QĐ/BDVTU");
    assertThat(browser.text(By.id("recognized"))).contains(title);
    browser.screenshot("44-decision");
    var download =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(document.getElementById('decision-pdf').href)"
                    + ".then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('content-type') + ' ' + (b.byteLength > 1000))))");
    assertThat(download).isEqualTo("200 application/pdf true");
  }

  @Test
  void anOutstandingModelsRecognitionPageInVietnameseAndHebrew() throws IOException {
    var id =
        jdbc.sql("select id from models_model where title like 'Nâng bước em đến trường%'")
            .query(Long.class)
            .single();

    browser.logIn("reviewer");
    browser.open("/models/" + id + "/recognition");
    assertThat(browser.text(By.id("recognitions"))).contains("Cấp tỉnh").contains("Cấp huyện");
    browser.screenshot("45-model-recognition-vi");
    browser.open("/models/" + id + "/recognition?lang=he");
    assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
    browser.screenshot("46-model-recognition-he");
    browser.open("/rounds?lang=vi");
    browser.screenshot("47-rounds");
  }

  /** A member saves one score as they type (htmx, no reload), fills the rest and votes for. */
  private void score(String member, String roundUrl, String value) throws IOException {
    browser.logIn(member);
    browser.open(roundUrl + "/scoring");
    var page = browser.driver().findElement(By.tagName("html"));
    browser.type("score-" + CRITERIA[0], value);
    browser.script(
        "document.querySelector('[name=score-"
            + CRITERIA[0]
            + "]')"
            + ".dispatchEvent(new Event('change', {bubbles: true}))");
    browser.waitUntilText(By.cssSelector("[id^=sheet-]"), "Đã lưu điểm.");
    assertThat(browser.driver().findElement(By.tagName("html"))).isEqualTo(page);
    for (var criterion : CRITERIA) {
      browser.script(
          "document.querySelector('[name=score-" + criterion + "]').value = '" + value + "'");
    }
    browser.click(By.cssSelector("[id^=agree-]"));
    browser.click(By.cssSelector("[id^=submit-]"));
    browser.waitUntilText(By.cssSelector("[id^=sheet-]"), "Bạn đã biểu quyết: đồng ý.");
  }
}

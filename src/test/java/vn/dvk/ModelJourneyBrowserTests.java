package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * The life of a registration in a real browser: a commune registers a model and sends it up, its
 * district returns it, the commune fixes it, the district approves it, the commune reports its
 * first results, and anyone finds it by searching without diacritics.
 */
@BrowserTest
class ModelJourneyBrowserTests {

  private Browser browser;

  @BeforeEach
  void start(Browser browser) {
    this.browser = browser;
  }

  @Test
  void registerSendUpReturnFixApproveAndFind() throws IOException {
    var title = "Tổ hòa giải “Ấm tình làng xóm” Gia An";
    browser.logIn("tanhlinh.xa");
    browser.open("/models/new");
    browser.type("title", title);
    browser.select("fieldCode", "POLITICAL_SYSTEM");
    browser.click(By.id("mv-BAO_VE_AN_NINH"));
    browser.type("contentMethod", "Hòa giải tại cơ sở, vận động bà con");
    browser.type(By.id("targets-DISPUTES_RESOLVED"), "12");
    browser.screenshot("20-model-form");
    browser.submit(By.id("save-model"));
    assertThat(browser.text(By.id("model-title"))).isEqualTo(title);
    var modelUrl = browser.currentPath();
    browser.submit(By.id("act-" + year() + "-submit"));
    assertThat(browser.text(By.id("current-state"))).contains("Đã gửi cấp trên");
    browser.screenshot("21-model-submitted");
    browser.logOut();

    browser.logIn("tanhlinh");
    browser.open("/models/decisions");
    browser.screenshot("22-decisions");
    browser.open(modelUrl);
    browser.type(By.id("reason-" + year() + "-RETURN"), "Bổ sung chỉ tiêu số hộ tham gia");
    browser.submit(By.id("act-" + year() + "-return"));
    assertThat(browser.text(By.id("current-state"))).contains("Trả lại");
    browser.logOut();

    browser.logIn("tanhlinh.xa");
    browser.open(modelUrl);
    assertThat(browser.text(By.id("registrations"))).contains("Bổ sung chỉ tiêu số hộ tham gia");
    browser.submit(By.id("edit-model"));
    browser.type(By.id("targets-HOUSEHOLDS_TAKING_PART"), "150");
    browser.submit(By.id("save-model"));
    browser.submit(By.id("act-" + year() + "-submit"));
    browser.logOut();

    browser.logIn("tanhlinh");
    browser.open(modelUrl);
    browser.submit(By.id("act-" + year() + "-approve"));
    assertThat(browser.text(By.id("current-state"))).contains("Đã đăng ký");
    browser.screenshot("23-model-approved");
    browser.logOut();

    browser.logIn("tanhlinh.xa");
    browser.open(modelUrl);
    browser.type("summary", "Hòa giải thành 5 vụ trong quý II");
    browser.type(By.id("value-DISPUTES_RESOLVED"), "5");
    browser.submit(By.id("save-progress"));
    assertThat(browser.text(By.id("progress-table"))).contains("42%");
    assertThat(browser.text(By.id("current-state"))).contains("Đang thực hiện");
    browser.screenshot("23b-progress-reported");
    browser.logOut();

    browser.logIn("leader");
    browser.open("/models");
    browser.type("q", "am tinh lang xom gia an");
    browser.waitUntilText(By.id("results"), title);
    browser.screenshot("24-search-without-diacritics");
  }

  private static int year() {
    return java.time.Year.now(vn.dvk.shared.MovementTime.ZONE).getValue();
  }
}

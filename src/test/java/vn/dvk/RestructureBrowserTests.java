package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.dvk.shared.MovementTime;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * An administrator uploads a restructure plan and reads its preview, in Vietnamese and in Hebrew:
 * Đức Linh dissolved into the province, its officer re-homed. Nothing is applied, so the demo's
 * figures stay as they are.
 */
@BrowserTest
class RestructureBrowserTests {

  @Test
  void thePreviewOfAPlanSaysWhatEachChangeTouchesInVietnameseAndHebrew(Browser browser)
      throws IOException {
    var plan = Files.createTempFile("plan-", ".csv");
    Files.writeString(
        plan,
        """
        Thay đổi;Mã đơn vị;Tên đơn vị;Tên ngắn;Loại đơn vị;Cấp;Đơn vị cấp trên;Đơn vị tiếp nhận;Tên đăng nhập
        DISSOLVE;BT.DL;;;;;;BT;
        REHOME;;;;;;;BT.TL;duclinh
        """);
    browser.logIn("admin");
    browser.open("/units/restructures?lang=vi");
    // Tomorrow: other tests change units of Đức Linh today, and a plan judges the tree of its date.
    var tomorrow = LocalDate.now(MovementTime.ZONE).plusDays(1);
    browser.script("document.getElementById('effectiveOn').value = '" + tomorrow + "'");
    browser.type("title", "Sắp xếp thử Đức Linh");
    browser.attach(By.id("file"), plan);
    browser.submit(By.id("plan-submit"));

    assertThat(browser.currentPath()).startsWith("/units/restructures/");
    assertThat(browser.text(By.id("plan-summary")))
        .startsWith("Hiệu lực từ " + tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(browser.text(By.id("plan-rows"))).contains("BT.DL", "Giải thể");
    assertThat(browser.text(By.id("plan-rehomed"))).contains("duclinh", "BT.TL");
    assertThat(browser.driver().findElements(By.id("plan-apply"))).hasSize(1);
    browser.screenshot("60-restructure-preview-vi");

    browser.open(browser.currentPath() + "?lang=he");
    assertThat(browser.text(By.id("plan-rows"))).contains("פירוק");
    browser.screenshot("61-restructure-preview-he");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}

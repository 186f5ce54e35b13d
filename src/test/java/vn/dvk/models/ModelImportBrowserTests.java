package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/** Uploading a registration workbook in a real browser and reading its errors. */
@BrowserTest
class ModelImportBrowserTests {

  @Autowired MessageSource messages;
  @Autowired ReferenceLists references;

  private Browser browser;

  @BeforeEach
  void start(Browser browser) {
    this.browser = browser;
  }

  @Test
  void aWorkbookWithErrorsIsRefusedAndEveryErrorIsShown() throws IOException {
    var bad = new ArrayList<Object>(Arrays.asList(new Object[23]));
    bad.set(0, 2025);
    bad.set(1, "Trình duyệt: sai đơn vị");
    bad.set(2, "Tập thể");
    bad.set(3, "BT.KHONG.CO");
    bad.set(6, "ECONOMY");
    bad.set(16, "nhiều tiền");
    var file = TestWorkbooks.filled(messages, references, List.of(bad));

    browser.logIn("duclinh");
    browser.open("/models/import");
    browser.screenshot("30-import");
    browser.attach(By.id("file"), file);
    browser.submit(By.id("import-submit"));
    browser.waitUntilText(By.id("import-status"), "Không nhập được");

    var errors = browser.text(By.id("import-errors"));
    assertThat(errors).contains("Phải là một số nguyên").contains("BT.KHONG.CO");
    browser.screenshot("31-import-errors");
  }
}

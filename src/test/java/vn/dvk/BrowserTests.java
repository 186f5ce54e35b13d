package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.dvk.support.ExternalTool;

/**
 * A real browser (Debian's headless Chromium through /usr/bin/chromedriver): two roles log in and
 * see their menus; Hebrew gives a right-to-left page. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
@Tag("browser")
class BrowserTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @LocalServerPort int port;

  private WebDriver browser;

  @BeforeEach
  void startChromium() throws IOException {
    ExternalTool.assumeAvailable(
        "browser",
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium, chromium-driver)");
    Files.createDirectories(SCREENSHOTS);
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("dvk-chromium"));
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAdministratorSeesTheAdministrationMenu() throws IOException {
    open("/");
    screenshot("01-login-vi");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

    logIn("admin");

    assertThat(browser.findElement(By.id("home-unit")).getText()).isEqualTo("Tỉnh Bình Thuận");
    assertThat(browser.findElements(By.id("nav-users"))).hasSize(1);
    screenshot("02-home-admin");

    open("/units");
    assertThat(browser.findElement(By.id("units-count")).getText()).contains("150");
    screenshot("03-units-tree");
    open("/units/BT.DL");
    screenshot("04-unit-detail-admin");
  }

  @Test
  void aDistrictOfficerSeesOnlyTheirDistrictAndNoAdministration() throws IOException {
    open("/");
    logIn("duclinh");

    assertThat(browser.findElement(By.id("home-unit")).getText()).isEqualTo("Huyện Đức Linh");
    assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
    assertThat(browser.findElements(By.id("nav-units"))).hasSize(1);
    screenshot("05-home-officer");

    open("/units/BT.TL");
    assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("404");
  }

  @Test
  void hebrewIsRightToLeft() throws IOException {
    open("/");
    logIn("leader");

    browser.findElement(By.id("lang-menu")).click();
    browser.findElement(By.id("lang-he")).click();

    var html = browser.findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).isEqualTo("rtl");
    assertThat(html.getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElements(By.cssSelector("link[href*='bootstrap.rtl.min.css']")))
        .hasSize(1);
    assertThat(browser.findElement(By.id("nav-units")).getText()).isEqualTo("יחידות");
    screenshot("06-home-hebrew");

    open("/units/BT.DL");
    screenshot("07-unit-hebrew");
  }

  @Test
  void thePagesFitAPhoneScreen() throws IOException {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    open("/");
    logIn("tanhlinh.xa");
    var overflow =
        (Boolean)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1;");
    screenshot("08-home-phone");
    assertThat(overflow).isFalse();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private void logIn(String user) {
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("login-submit")).click();
  }

  private void screenshot(String name) throws IOException {
    var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}

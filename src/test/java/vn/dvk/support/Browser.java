package vn.dvk.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver, with the few gestures the
 * browser tests need. Without Chromium the test is skipped (or fails where it is required).
 */
public final class Browser {

  /** Overridable ({@code -Ddvk.chromium=…}) so that CI can hide Chromium and expect skips. */
  private static final Path CHROMIUM =
      Path.of(System.getProperty("dvk.chromium", "/usr/bin/chromium"));

  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("dvk.chromedriver", "/usr/bin/chromedriver"));
  public static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final WebDriver driver;
  private final int port;

  private Browser(WebDriver driver, int port) {
    this.driver = driver;
    this.port = port;
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static String whatIsNeeded() {
    return CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium, chromium-driver)";
  }

  static Browser start(int port) throws IOException {
    ExternalTool.assumeAvailable("browser", installed(), whatIsNeeded());
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
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return new Browser(driver, port);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get("http://localhost:" + port + path);
    waitUntilLoaded();
  }

  /** Waits until the current page has loaded completely. */
  public void waitUntilLoaded() {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Chooses a file for a file input. */
  public void attach(By input, Path file) {
    driver.findElement(input).sendKeys(file.toAbsolutePath().toString());
  }

  public String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public void logIn(String user) {
    open("/login");
    type("username", user);
    type("password", "demo");
    submit(By.id("login-submit"));
  }

  public void logOut() {
    open("/");
    click(By.id("user-menu"));
    submit(By.id("logout"));
  }

  /** Clicks a button that loads another page, and waits until that page is there. */
  public void submit(By button) {
    var page = driver.findElement(By.tagName("html"));
    click(button);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(page));
    waitUntilLoaded();
  }

  /**
   * Whether an element of the page before has left the document. Chromium reports a node of an
   * unloaded page either as stale or, while the next page replaces it, as “not belonging to the
   * document”: both mean the page went.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException gone) {
      return true;
    }
  }

  public void type(String name, String text) {
    type(By.name(name), text);
  }

  public void type(By field, String text) {
    var element = driver.findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  public void select(String name, String value) {
    new Select(driver.findElement(By.name(name))).selectByValue(value);
  }

  public void click(By target) {
    var element = driver.findElement(target);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
    element.click();
  }

  public String text(By target) {
    return driver.findElement(target).getText();
  }

  public void waitUntilText(By target, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(target, text));
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  public void screenshot(String name) throws IOException {
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * The whole page, top to bottom, at the window's width: the window is stretched, then restored.
   */
  public void wholePageScreenshot(String name) throws IOException {
    var window = driver.manage().window().getSize();
    var height = ((Number) script("return document.documentElement.scrollHeight")).intValue();
    var chrome = window.getHeight() - ((Number) script("return window.innerHeight")).intValue();
    resize(window.getWidth(), height + chrome);
    try {
      screenshot(name);
    } finally {
      resize(window.getWidth(), window.getHeight());
    }
  }

  /**
   * What the page wrote to the console as errors since the last call, Content-Security-Policy
   * violations among them.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  public void quit() {
    driver.quit();
  }
}

package vn.dvk.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.support.Browser;
import vn.dvk.support.BrowserTest;

/**
 * Not a test: a benchmark that prints figures, run by {@code bench/pages.sh} (never by the build).
 * The heaviest pages in headless Chromium on a link throttled as Chrome's “Fast 3G” (562.5 ms
 * latency, 1.44 Mbit/s down, 675 kbit/s up): a first visit with an empty cache, then a repeat
 * visit. Prints the bytes transferred and the time to the load event of each.
 */
@BrowserTest
@Tag("benchmark")
class PageWeightBenchmark {

  static final List<String> PAGES =
      List.of(
          "/reports/dashboard?year=2023&unit=BT",
          "/reports/yearly-summary?year=2023&unit=BT",
          "/models?year=2023",
          "/showcase");

  static final String MEASURE =
      """
      const nav = performance.getEntriesByType('navigation')[0];
      const bytes = performance.getEntriesByType('resource')
          .reduce((sum, r) => sum + r.transferSize, nav.transferSize);
      return [bytes, Math.round(nav.loadEventEnd - nav.startTime)];
      """;

  @LocalServerPort int port;

  @Test
  void theHeaviestPagesOnAFast3GLink(Browser browser) {
    browser.logIn("leader");
    var chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            false,
            "latency",
            562.5,
            "downloadThroughput",
            1_440_000 / 8,
            "uploadThroughput",
            675_000 / 8));
    for (var page : PAGES) {
      chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
      var first = visit(chrome, page);
      var repeat = visit(chrome, page);
      System.out.printf(
          "BENCH pages: %-44s first %7.1f KB %6d ms | repeat %7.1f KB %6d ms%n",
          page, first[0] / 1024.0, first[1], repeat[0] / 1024.0, repeat[1]);
    }
  }

  private long[] visit(ChromeDriver chrome, String page) {
    chrome.get("http://localhost:" + port + page);
    new WebDriverWait(chrome, Duration.ofSeconds(90))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const n = performance.getEntriesByType('navigation')[0];"
                                + " return document.readyState === 'complete' && n.loadEventEnd > 0;"));
    var figures = (List<?>) chrome.executeScript(MEASURE);
    return new long[] {
      ((Number) figures.get(0)).longValue(), ((Number) figures.get(1)).longValue()
    };
  }
}

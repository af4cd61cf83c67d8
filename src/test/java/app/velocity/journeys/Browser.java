package app.velocity.journeys;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real Chromium (Debian's, at /usr/bin/chromium or VELOCITY_CHROMIUM) driven by Playwright for
 * Java. Screenshots go to target/screenshots/&lt;journey&gt;/ and are kept as build artefacts.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;
  private final String baseUrl;
  private final Path screenshots;
  private final AtomicInteger shot = new AtomicInteger();

  static {
    // The same patience for assertions as for actions: on a busy 2-core machine Swagger UI or a
    // PDF can take longer than Playwright's 5 s default to appear, which is not a failure of
    // Velocity's.
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
  }

  public Browser(String baseUrl, String journey) {
    this.baseUrl = baseUrl;
    this.screenshots = Paths.get("target", "screenshots", journey);
    this.playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    String executable = System.getenv().getOrDefault("VELOCITY_CHROMIUM", "/usr/bin/chromium");
    this.chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(executable))
                    .setHeadless(true)
                    .setArgs(FLAGS));
  }

  /** A fresh browser profile (own cookies), like a second person on another device. */
  public Page newPage() {
    BrowserContext context =
        chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(1280, 900));
    Page page = context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /** A phone-sized browser profile. */
  public Page newPhonePage() {
    BrowserContext context =
        chromium.newContext(
            new NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
    Page page = context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  public void screenshot(Page page, String name) {
    try {
      Files.createDirectories(screenshots);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String file = String.format("%02d-%s.png", shot.incrementAndGet(), name);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(screenshots.resolve(file)).setFullPage(true));
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}

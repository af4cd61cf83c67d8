package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An executive takes the inventory in real Chromium: one item by keyboard alone, a mistake
 * explained and kept, leaving midway and resuming on a phone (a second browser profile),
 * submitting, reading the report and downloading its PDF. Screenshots go to
 * target/screenshots/inventory/.
 */
@IntegrationTest
class InventoryJourneyTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  private static void signIn(Page page, PersonView person) {
    page.navigate("/sign-in");
    page.getByLabel("E-mail").fill(person.email());
    page.getByLabel("Password").fill(Fixtures.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(heading(page)).hasText("Hello, " + person.name());
  }

  private static Locator heading(Page page) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  /** Types points into the three endings in the order shown, then saves. */
  private static void answer(Page page, int step, int a, int b, int c) {
    assertThat(heading(page)).hasText("Item " + step + " of 72");
    Locator inputs = page.locator("#step input[type=number]");
    inputs.nth(0).fill(Integer.toString(a));
    inputs.nth(1).fill(Integer.toString(b));
    inputs.nth(2).fill(Integer.toString(c));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue"))
        .click();
  }

  private static void beginPart(Page page, int part, String label) {
    assertThat(heading(page)).hasText(label);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Begin part " + part))
        .click();
  }

  @Test
  void anExecutiveTakesTheInventoryResumesElsewhereAndDownloadsTheReport() throws Exception {
    PersonView executive = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    try (Browser browser = new Browser("http://localhost:" + port, "inventory")) {
      Page page = browser.newPage();
      signIn(page, executive);
      page.getByRole(AriaRole.NAVIGATION).getByText("Your profile").click();
      assertThat(page.getByText("Who can see your result:")).isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the inventory"))
          .click();
      browser.screenshot(page, "start");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")).click();
      browser.screenshot(page, "part-1-introduction");
      beginPart(page, 1, "When things go well");

      // Item 1 by keyboard alone: skip link, then Tab through the steppers and inputs
      assertThat(heading(page)).hasText("Item 1 of 72");
      page.keyboard().press("Tab");
      assertThat(page.locator(":focus")).hasText("Skip to content");
      page.keyboard().press("Enter");
      page.keyboard().press("Tab"); // minus A
      page.keyboard().press("Tab"); // input A
      page.keyboard().type("5");
      page.keyboard().press("Tab"); // plus A
      page.keyboard().press("Space"); // 6
      Locator left = page.locator("[data-points-left]");
      assertThat(left).hasText("4 points left.");
      page.keyboard().press("Tab"); // minus B
      page.keyboard().press("Tab"); // input B
      page.keyboard().type("3");
      page.keyboard().press("Tab"); // plus B
      page.keyboard().press("Tab"); // minus C
      page.keyboard().press("Tab"); // input C
      page.keyboard().type("1");
      assertThat(left).hasText("All 10 points given.");
      browser.screenshot(page, "item-1-by-keyboard");
      page.keyboard().press("Enter");
      assertThat(heading(page)).hasText("Item 2 of 72");
      assertThat(page).hasURL(Pattern.compile(".*/items/2$"));

      for (int step = 2; step <= 6; step++) {
        answer(page, step, 4, 3, 3);
      }
      // a distribution that is not 10 points is explained next to the item and kept
      answer(page, 7, 3, 3, 3);
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("add up to 9; give 1 more");
      assertThat(page.locator("#step input[type=number]").nth(0)).hasValue("3");
      assertThat(heading(page)).hasText("Item 7 of 72");
      browser.screenshot(page, "item-7-bad-distribution");
      answer(page, 7, 4, 3, 3);
      answer(page, 8, 2, 5, 3);
      assertThat(heading(page)).hasText("Item 9 of 72");

      // leave midway; the profile page offers to continue
      page.getByRole(AriaRole.NAVIGATION).getByText("Your profile").click();
      assertThat(page.getByText("You have answered 8 of 72 items")).isVisible();
      browser.screenshot(page, "left-midway");

      // another device, a phone: a second browser profile resumes at the first unanswered item
      Page other = browser.newPhonePage();
      signIn(other, executive);
      other.navigate("/profile/take");
      assertThat(heading(other)).hasText("Item 9 of 72");
      browser.screenshot(other, "resumed-elsewhere");
      for (int step = 9; step <= 48; step++) {
        answer(other, step, 5, 3, 2);
      }
      beginPart(other, 2, "Under conflict or opposition");
      browser.screenshot(other, "part-2-introduction");
      for (int step = 49; step <= 72; step++) {
        answer(other, step, 2, 2, 6);
      }
      assertThat(heading(other)).hasText("Review your answers");
      assertThat(other.getByText("All 72 items are answered")).isVisible();
      browser.screenshot(other, "review");
      other
          .getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and see my profile"))
          .click();

      assertThat(heading(other)).hasText("Your profile");
      assertThat(other.getByRole(AriaRole.STATUS)).containsText("Your profile is ready");
      assertThat(other.locator("figure.triangle svg")).isVisible();
      // endings are shuffled per respondent, so the scores are not known here; their parts are
      assertThat(other.locator("h3", new Page.LocatorOptions().setHasText("Conflict sequence:")))
          .isVisible();
      assertThat(other.getByText("Stage 1:")).isVisible();
      // every result shows its margin, and the type is stated firmly or as between regions
      assertThat(other.getByText("The margin of these answers is")).isVisible();
      assertThat(other.locator("#summary-heading .badge")).hasText(Pattern.compile("firm|between"));
      assertThat(other.getByText("Only you").first()).isVisible();
      browser.screenshot(other, "report");
      // the same report on the laptop, where the triangle and its margin are drawn larger
      page.navigate("/profile");
      assertThat(page.locator("figure svg polygon[fill-opacity=\"0.14\"]")).hasCount(1);
      browser.screenshot(page, "report-laptop");

      Download download =
          other.waitForDownload(
              () ->
                  other
                      .getByRole(
                          AriaRole.LINK, new Page.GetByRoleOptions().setName("Download PDF (A4)"))
                      .click());
      Path pdf = Path.of("target", "screenshots", "inventory", "downloaded-report.pdf");
      Files.createDirectories(pdf.getParent());
      download.saveAs(pdf);
      byte[] bytes = Files.readAllBytes(pdf);
      assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
      assertThat(download.suggestedFilename()).startsWith("velocity-profile-").endsWith(".pdf");
    }
  }
}

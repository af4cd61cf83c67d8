package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.estimates.ObserverQuestion;
import app.velocity.motivation.estimates.ObserverQuestionnaire;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An executive builds a relationship map in real Chromium: adds colleagues (one from the directory,
 * one new, after a mistake kept on the form), estimates one, sees solid and hollow markers and the
 * attention list, opens a pair playbook, downloads its PDF and builds a team. Screenshots go to
 * target/screenshots/relationships/.
 */
@IntegrationTest
class RelationshipMapJourneyTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;

  private static Locator heading(Page page) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  private static void button(Page page, String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }

  @Test
  void anExecutiveMapsColleaguesEstimatesOneReadsAPlaybookAndBuildsATeam() throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView sam = fixtures.person(Role.EXECUTIVE, org);
    PersonView priya = fixtures.person(Role.COLLEAGUE, org);
    PersonView omar = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(sam, new int[] {2, 6, 2}, new int[] {1, 7, 2});
    fixtures.profile(priya, new int[] {2, 2, 6}, new int[] {1, 2, 7});
    sharing.share(priya.id(), sam.id());

    try (Browser browser = new Browser("http://localhost:" + port, "relationships")) {
      Page page = browser.newPage();
      page.navigate("/sign-in");
      page.getByLabel("E-mail").fill(sam.email());
      page.getByLabel("Password").fill(Fixtures.PASSWORD);
      button(page, "Sign in");
      page.getByRole(AriaRole.NAVIGATION).getByText("Your map").click();
      assertThat(heading(page)).hasText("Your relationship map");
      assertThat(page.locator("#map-visibility")).hasText("Only you");
      browser.screenshot(page, "empty-map");

      // Priya from the directory: important, hard and rare
      page.getByLabel("Someone of your organisation").selectOption(priya.id().toString());
      page.locator("#importance").selectOption("5");
      page.locator("#frequency").selectOption("MONTHLY");
      page.locator("#ease").selectOption("1");
      page.locator("#effectiveness").selectOption("2");
      page.getByLabel("Notes").fill("Forecast reviews end in silence.");
      button(page, "Add to my map");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText(priya.name() + " is on your map");

      // a new colleague without an e-mail: the mistake is explained and the input kept
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Nia Brooks");
      page.locator("#importance").selectOption("4");
      button(page, "Add to my map");
      assertThat(page.locator("#newEmail-error")).containsText("e-mail");
      assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
          .hasValue("Nia Brooks");
      assertThat(page.locator("#importance")).hasValue("4");
      browser.screenshot(page, "mistake-kept");
      page.getByLabel("E-mail").fill(Fixtures.unique("nia") + "@example.test");
      button(page, "Add to my map");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nia Brooks is on your map");

      page.getByLabel("Someone of your organisation").selectOption(omar.id().toString());
      page.locator("#frequency").selectOption("DAILY");
      page.locator("#ease").selectOption("5");
      button(page, "Add to my map");

      // estimate Omar from what Sam has seen
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Estimate " + omar.name()))
          .click();
      assertThat(heading(page)).hasText("Estimate " + omar.name());
      page.getByText("1 to 3 years").click();
      page.getByText("About once a week").click();
      page.getByText("Routine work").click();
      page.getByText("Under pressure or in a disagreement").click();
      for (ObserverQuestion q : ObserverQuestionnaire.current().questions()) {
        page.locator("input[name='" + q.id() + "'][value='PEOPLE']").check();
      }
      browser.screenshot(page, "estimate-form");
      button(page, "Save the estimate");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("never sees it");

      // one triangle: Sam and Priya solid, Omar hollow; Nia listed as unknown
      Locator svg = page.locator(".triangle svg");
      assertThat(svg.locator("circle[r='6'][fill='#222222']")).hasCount(2);
      assertThat(svg.locator("circle[r='6'][fill='#ffffff']")).hasCount(1);
      assertThat(page.locator("#unknown-list")).containsText("Nia Brooks");
      Locator attention = page.locator("ol.attention li");
      assertThat(attention.first()).containsText(priya.name());
      assertThat(attention.first()).containsText("Veering away");
      browser.screenshot(page, "map");

      // the pair playbook with Priya, and its PDF
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Playbook for " + priya.name()))
          .click();
      assertThat(heading(page)).hasText("You and " + priya.name());
      assertThat(page.locator("#section-approach")).isVisible();
      assertThat(page.locator("#section-underPressure")).isVisible();
      browser.screenshot(page, "playbook");
      Download download =
          page.waitForDownload(
              new Page.WaitForDownloadOptions().setTimeout(90_000),
              () ->
                  page.getByRole(
                          AriaRole.LINK, new Page.GetByRoleOptions().setName("Download PDF (A4)"))
                      .click(new Locator.ClickOptions().setNoWaitAfter(true)));
      Path pdf = Path.of("target", "screenshots", "relationships", "playbook.pdf");
      Files.createDirectories(pdf.getParent());
      download.saveAs(pdf);
      byte[] bytes = Files.readAllBytes(pdf);
      assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      APIResponse response =
          page.request()
              .get(
                  "/map/" + priya.id() + "/playbook.pdf?paper=LETTER",
                  com.microsoft.playwright.options.RequestOptions.create().setTimeout(90_000));
      assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
      assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

      // a team of Sam, Priya and Omar
      page.getByRole(AriaRole.NAVIGATION).getByText("Teams").click();
      page.getByLabel("Name").fill("Network planning");
      page.getByLabel(sam.name() + " (you)").check();
      page.getByLabel(priya.name()).check();
      page.getByLabel(omar.name()).check();
      button(page, "Save the team");
      assertThat(heading(page)).hasText("Team Network planning");
      assertThat(page.locator("#type-counts")).isVisible();
      assertThat(page.locator(".triangle svg circle[r='6']")).hasCount(3);
      browser.screenshot(page, "team");
    }
  }
}

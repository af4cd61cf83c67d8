package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.delegation.DelegationAdvisor;
import app.velocity.delegation.NewWork;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import app.velocity.relationships.MapEntry;
import app.velocity.relationships.RelationshipMaps;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An executive with nine past decisions, most of them to colleagues like him, creates a critical
 * piece of work in real Chromium: a demand that does not add up is sent back with his input kept;
 * he compares three candidates side by side, reads the nudge, chooses, and sees his pattern page go
 * from "1 more decision needed" to the measurement; he retakes the inventory, the page says his
 * profile changed and he looks at the pattern before and since. Screenshots go to
 * target/screenshots/delegation/.
 */
@IntegrationTest
class DelegationJourneyTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired RelationshipMaps maps;
  @Autowired DelegationAdvisor advisor;

  private static Locator heading(Page page) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  @Test
  void anExecutiveCreatesCriticalWorkComparesChoosesAndSeesHisPatternMove() {
    OrganisationView org = fixtures.organisation();
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    fixtures.profile(exec, new int[] {2, 6, 2}, new int[] {2, 7, 1});
    PersonView alike = colleague(org, exec, new int[] {2, 6, 2});
    PersonView analyst = colleague(org, exec, new int[] {1, 2, 7});
    PersonView carer = colleague(org, exec, new int[] {7, 1, 2});
    PersonView mixed = colleague(org, exec, new int[] {4, 1, 5});
    CurrentUser me = CurrentUser.of(exec);
    for (int i = 0; i < 9; i++) {
      DriveScores demand = i % 2 == 0 ? new DriveScores(15, 15, 70) : new DriveScores(70, 15, 15);
      PersonView chosen = i % 3 == 2 ? (i % 2 == 0 ? analyst : carer) : alike;
      advisor.recordPast(
          me,
          new NewWork("Earlier work " + i, "", Criticality.CRITICAL, demand, "", null),
          LocalDate.now().minusDays(250 - 25L * i),
          new DelegationAdvisor.Choice(
              chosen.id(), "earlier", List.of(alike.id(), analyst.id(), carer.id(), mixed.id())));
    }

    try (Browser browser = new Browser("http://localhost:" + port, "delegation")) {
      Page page = browser.newPage();
      page.navigate("/sign-in");
      page.getByLabel("E-mail").fill(exec.email());
      page.getByLabel("Password").fill(Fixtures.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(heading(page)).hasText("Hello, " + exec.name());

      page.getByRole(AriaRole.NAVIGATION).getByText("Delegation").click();
      assertThat(heading(page)).hasText("Delegation");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your pattern")).click();
      assertThat(page.locator("#decision-count")).containsText("9");
      assertThat(page.getByText("Record 1 more decision")).isVisible();
      browser.screenshot(page, "pattern-before");

      page.navigate("/delegation/new");
      page.getByLabel("Title").fill("Audit the warehouse stock counts");
      page.getByLabel("How much rides on it?").selectOption("CRITICAL");
      page.getByLabel("People", new Page.GetByLabelOptions().setExact(true)).fill("15");
      page.getByLabel("Performance", new Page.GetByLabelOptions().setExact(true)).fill("15");
      page.getByLabel("Process", new Page.GetByLabelOptions().setExact(true)).fill("60");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and compare"))
          .click();
      assertThat(page.getByRole(AriaRole.ALERT))
          .containsText("The three numbers add up to 90; they must add up to 100.");
      assertThat(page.getByLabel("Title")).hasValue("Audit the warehouse stock counts");
      browser.screenshot(page, "demand-does-not-add-up");

      page.getByLabel("Process", new Page.GetByLabelOptions().setExact(true)).fill("70");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and compare"))
          .click();
      assertThat(heading(page)).containsText("Audit the warehouse stock counts");
      assertThat(page.locator(".compare .candidate")).hasCount(3);
      assertThat(page.locator(".compare .candidate").first()).containsText(analyst.name());
      assertThat(page.getByRole(AriaRole.NOTE)).containsText("of your last");
      browser.screenshot(page, "compare-side-by-side");

      page.getByLabel("Hand it to " + analyst.name()).check();
      page.getByLabel("Why this person?").fill("Best fit: this is careful, detailed work.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record my choice"))
          .click();
      assertThat(heading(page)).containsText("Audit the warehouse stock counts");
      assertThat(page.getByText("Handed to " + analyst.name())).isVisible();
      browser.screenshot(page, "chosen");

      page.navigate("/delegation/pattern");
      assertThat(page.locator("#decision-count")).containsText("10");
      assertThat(page.locator("svg.trend-chart")).isVisible();
      assertThat(
              page.getByRole(
                  AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Fit given up")))
          .isVisible();
      browser.screenshot(page, "pattern-after");

      // he retakes the inventory and comes out Process-led: the page says so, his ten decisions
      // keep their reading, and he can look at the pattern before and since the retake
      String before = page.locator("#pattern .verdict h2").innerText();
      fixtures.profile(exec, new int[] {1, 2, 7}, new int[] {1, 2, 7});
      page.navigate("/delegation/pattern");
      assertThat(page.locator("#profile-changes")).containsText("Your profile changed");
      assertThat(page.locator("#pattern .verdict h2")).hasText(before);
      Locator periods =
          page.getByRole(
              AriaRole.NAVIGATION,
              new Page.GetByRoleOptions()
                  .setName("Before or since your last retake of the inventory"));
      periods
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Before my retake"))
          .click();
      assertThat(page.locator("#decision-count")).containsText("before your last retake: 10");
      assertThat(
              periods.getByRole(
                  AriaRole.LINK, new Locator.GetByRoleOptions().setName("Before my retake")))
          .hasAttribute("aria-current", "page");
      assertThat(page.locator("#pattern .verdict h2")).hasText(before);
      browser.screenshot(page, "pattern-before-retake");
      periods
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Since my retake"))
          .click();
      assertThat(page.locator("#decision-count")).containsText("since your last retake: 0");
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*period=since.*"));
      browser.screenshot(page, "pattern-since-retake");
    }
  }

  private PersonView colleague(OrganisationView org, PersonView exec, int[] points) {
    PersonView p = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(p, points, points);
    sharing.share(p.id(), exec.id());
    maps.add(CurrentUser.of(exec), new MapEntry(p.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
    return p;
  }
}

package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.mail.Mailer;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An executive invites a new colleague; in a second browser the colleague opens the mailed link
 * without an account, takes the inventory, and shares the result; the executive reads the report;
 * the colleague stops sharing and the executive finds nothing any more. Screenshots go to
 * target/screenshots/invitations/.
 */
@IntegrationTest
class InvitationJourneyTest {

  private static final Pattern LINK =
      Pattern.compile("https?://[^/\\s]+(/invitation/[A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Mailer mailer;

  private static Locator heading(Page page) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private static void answerPart(
      Page page, int part, String label, int first, int count, int[] points) {
    assertThat(heading(page)).hasText(label);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Begin part " + part))
        .click();
    for (int step = first; step < first + count; step++) {
      assertThat(heading(page)).hasText("Item " + step + " of 72");
      Locator inputs = page.locator("#step input[type=number]");
      for (int i = 0; i < 3; i++) {
        inputs.nth(i).fill(Integer.toString(points[i]));
      }
      button(page, "Save and continue").click();
    }
  }

  @Test
  void anExecutiveInvitesAColleagueWhoSharesAndThenRevokes() {
    PersonView executive = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    fixtures.profile(executive, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    String email = Fixtures.unique("noor") + "@example.test";
    try (Browser browser = new Browser("http://localhost:" + port, "invitations")) {
      Page exec = browser.newPage();
      exec.navigate("/sign-in");
      exec.getByLabel("E-mail").fill(executive.email());
      exec.getByLabel("Password").fill(Fixtures.PASSWORD);
      button(exec, "Sign in").click();
      exec.getByRole(AriaRole.NAVIGATION).getByText("Invitations").click();
      assertThat(heading(exec)).hasText("Invitations");
      exec.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Noor Haddad");
      exec.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(email);
      exec.getByLabel("A personal note").fill("I would like to understand how we work together.");
      browser.screenshot(exec, "executive-invites");
      button(exec, "Send the invitation").click();
      assertThat(exec.getByRole(AriaRole.STATUS)).hasText("Invitation sent to Noor Haddad.");
      assertThat(exec.locator("tbody tr")).containsText("Sent");
      browser.screenshot(exec, "invitation-sent");

      // the executive puts Noor on the map: nothing known of her yet
      PersonView noor = fixtures.directory().personByEmail(email).orElseThrow();
      exec.navigate("/map");
      exec.getByLabel("Someone of your organisation").selectOption(noor.id().toString());
      exec.locator("#importance").selectOption("5");
      button(exec, "Add to my map").click();
      assertThat(exec.getByRole(AriaRole.STATUS)).containsText("Noor Haddad is on your map");
      assertThat(
              exec.locator("#map-table tbody tr")
                  .filter(new Locator.FilterOptions().setHasText("Noor Haddad")))
          .containsText("Unknown");
      browser.screenshot(exec, "map-before-sharing");
      exec.navigate("/invitations");

      // the colleague, in another browser, with the link from the mail
      Matcher link = LINK.matcher(mailer.to(email).get(0).body());
      assertThat(link.find()).isTrue();
      Page colleague = browser.newPage();
      colleague.navigate(link.group(1));
      assertThat(heading(colleague)).hasText("Hello Noor Haddad");
      assertThat(
              colleague.getByText(
                  executive.name() + " will see your result only if you choose to share it"))
          .isVisible();
      browser.screenshot(colleague, "colleague-opens-link");
      button(colleague, "Continue").click();
      assertThat(heading(colleague)).hasText("Sharing your result");
      assertThat(colleague.locator("#who-can-see")).containsText("Only you");
      browser.screenshot(colleague, "colleague-signed-in");
      button(colleague, "Take the inventory").click();
      answerPart(colleague, 1, "When things go well", 1, 48, new int[] {5, 3, 2});
      answerPart(colleague, 2, "Under conflict or opposition", 49, 24, new int[] {2, 3, 5});
      assertThat(heading(colleague)).hasText("Review your answers");
      button(colleague, "Submit and see my profile").click();

      // back to the decision, with the result ready
      assertThat(heading(colleague)).hasText("Sharing your result");
      assertThat(colleague.getByRole(AriaRole.STATUS)).containsText("Your profile is ready");
      browser.screenshot(colleague, "colleague-decides");
      exec.reload();
      assertThat(exec.locator("tbody tr")).containsText("Answered");
      button(colleague, "Share with " + executive.name()).click();
      assertThat(colleague.locator("#who-can-see")).containsText(executive.name());
      browser.screenshot(colleague, "colleague-shared");

      exec.reload();
      assertThat(exec.locator("tbody tr")).containsText("Shared with you");
      browser.screenshot(exec, "executive-sees-shared");
      exec.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the report")).click();
      assertThat(heading(exec)).hasText("Noor Haddad's profile");
      String reportUrl = exec.url();
      browser.screenshot(exec, "executive-reads-report");

      // the map and the playbook change: Noor's own result, no longer unknown
      exec.navigate("/map");
      assertThat(
              exec.locator("#map-table tbody tr")
                  .filter(new Locator.FilterOptions().setHasText("Noor Haddad")))
          .containsText("Own result, shared");
      browser.screenshot(exec, "map-after-sharing");
      exec.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Playbook for Noor Haddad"))
          .click();
      assertThat(heading(exec)).hasText("You and Noor Haddad");
      assertThat(exec.locator("#section-approach")).isVisible();
      browser.screenshot(exec, "playbook-after-sharing");

      button(colleague, "Stop sharing with " + executive.name()).click();
      assertThat(colleague.getByRole(AriaRole.STATUS))
          .hasText(executive.name() + " no longer sees your result.");
      assertThat(colleague.locator("#who-can-see")).containsText("Only you");
      browser.screenshot(colleague, "colleague-revoked");

      Response gone = exec.navigate(reportUrl);
      assertThat(gone.status()).isEqualTo(404);
      assertThat(heading(exec)).hasText("Not found");
      browser.screenshot(exec, "executive-not-found");
    }
  }
}

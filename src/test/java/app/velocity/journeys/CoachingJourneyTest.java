package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coach opens an engagement, the executive accepts the agreement, the coach schedules a session
 * (the outbox shows the calendar invitation), the executive sees the session, and the sponsor sees
 * only aggregates. Screenshots go to target/screenshots/coaching/.
 */
@IntegrationTest
class CoachingJourneyTest {

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

  private static void press(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
  }

  @Test
  void aCoachOpensAnEngagementSchedulesASessionAndTheSponsorSeesOnlyAggregates() {
    OrganisationView org = fixtures.organisation();
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    PersonView coach = fixtures.coachOf(exec);
    PersonView sponsor = fixtures.person(Role.SPONSOR, org);
    PersonView admin = fixtures.admin();
    LocalDate day = LocalDate.now().plusDays(7);

    try (Browser browser = new Browser("http://localhost:" + port, "coaching")) {
      Page coachPage = browser.newPage();
      signIn(coachPage, coach);
      coachPage.getByRole(AriaRole.NAVIGATION).getByText("Engagements").click();
      coachPage
          .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open an engagement"))
          .click();
      coachPage.getByLabel("Executive").selectOption(exec.id().value().toString());
      coachPage.getByLabel(sponsor.name()).check();
      browser.screenshot(coachPage, "coach-opens");
      press(coachPage, "Open the engagement");
      assertThat(heading(coachPage)).containsText(exec.name());
      assertThat(coachPage.getByText("Waiting for " + exec.name())).isVisible();
      String engagementUrl = coachPage.url();

      Page execPage = browser.newPage();
      signIn(execPage, exec);
      execPage.navigate(engagementUrl);
      assertThat(execPage.getByText("The agreement: who sees what")).isVisible();
      browser.screenshot(execPage, "executive-reads-the-agreement");
      press(execPage, "I accept this agreement");
      assertThat(execPage.getByText("The agreement is accepted")).isVisible();

      coachPage.navigate(engagementUrl);
      coachPage.getByText("Schedule a session").click();
      coachPage.locator("#session-date").fill(day.toString());
      coachPage.locator("#session-time").fill("14:30");
      coachPage.getByLabel("Time zone").selectOption("Europe/Berlin");
      coachPage.locator("#session-minutes").fill("5");
      coachPage.locator("#session-agenda").fill("Your first goal");
      press(coachPage, "Schedule and send the invitation");
      // the mistake is explained beside the field, the agenda kept
      assertThat(coachPage.locator(".field-error")).containsText("15 to 480 minutes");
      assertThat(coachPage.locator("#session-agenda")).hasValue("Your first goal");
      browser.screenshot(coachPage, "coach-mistake-kept");
      coachPage.locator("#session-minutes").fill("60");
      coachPage.locator("#session-link").fill("https://meet.example/first");
      press(coachPage, "Schedule and send the invitation");
      assertThat(coachPage.getByText("The session is scheduled")).isVisible();
      coachPage.getByText("Write your private notes").first().click();
      coachPage.getByLabel("Private notes (never shown").first().fill("Coach-only hunch");
      press(coachPage, "Save private notes");
      assertThat(coachPage.getByText("Your private notes are saved")).isVisible();
      coachPage.locator("#sessions").scrollIntoViewIfNeeded();
      browser.screenshot(coachPage, "coach-session-scheduled");

      Page adminPage = browser.newPage();
      signIn(adminPage, admin);
      adminPage.navigate("/admin/outbox");
      Locator invitation =
          adminPage
              .getByRole(AriaRole.ROW)
              .filter(new Locator.FilterOptions().setHasText(exec.email()));
      assertThat(invitation.first()).containsText("Coaching session:");
      invitation.first().getByRole(AriaRole.LINK).click();
      assertThat(adminPage.getByText("text/calendar; method=REQUEST")).isVisible();
      assertThat(adminPage.locator("pre.mail").last()).containsText("BEGIN:VCALENDAR");
      assertThat(adminPage.locator("pre.mail").last()).containsText("TZID=Europe/Berlin");
      assertThat(adminPage.locator("body")).not().containsText("Your first goal");
      browser.screenshot(adminPage, "outbox-invitation");

      execPage.navigate(engagementUrl);
      Locator session = execPage.locator("article.session").first();
      assertThat(session).containsText("14:30");
      assertThat(session).containsText("Europe/Berlin");
      assertThat(session).containsText("Your first goal");
      assertThat(execPage.locator("body")).not().containsText("Coach-only hunch");
      session.scrollIntoViewIfNeeded();
      browser.screenshot(execPage, "executive-sees-the-session");

      Page sponsorPage = browser.newPage();
      signIn(sponsorPage, sponsor);
      sponsorPage.navigate(engagementUrl);
      assertThat(
              sponsorPage.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Progress")))
          .isVisible();
      assertThat(sponsorPage.locator("body")).not().containsText("Your first goal");
      assertThat(sponsorPage.locator("body")).not().containsText("Coach-only hunch");
      assertThat(sponsorPage.locator("body")).not().containsText("meet.example");
      browser.screenshot(sponsorPage, "sponsor-sees-aggregates");

      coachPage.navigate("/coaching/dashboard");
      assertThat(heading(coachPage)).hasText("Your coaching dashboard");
      assertThat(coachPage.getByRole(AriaRole.TABLE)).containsText(exec.name());
      browser.screenshot(coachPage, "coach-dashboard");
    }
  }
}

package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.strengths.Strength;
import app.velocity.motivation.strengths.StrengthRanking;
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
 * A coach opens an engagement (offered only the executive's organisation's sponsors), the executive
 * accepts the agreement, the coach sets a goal tied to a strength in its overdone form, schedules a
 * session (the outbox shows the calendar invitation), the executive sees the session, and the
 * sponsor sees only aggregates. Screenshots go to target/screenshots/coaching/.
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
    PersonView otherSponsor = fixtures.person(Role.SPONSOR, fixtures.organisation());
    PersonView admin = fixtures.admin();
    fixtures.profile(exec, new int[] {2, 7, 1}, new int[] {1, 2, 7});
    Strength top = StrengthRanking.top(new DriveScores(20, 70, 10), 1).get(0).strength();
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
      // only the sponsors of the executive's organisation are offered
      assertThat(coachPage.locator("#sponsors")).not().containsText(otherSponsor.name());
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
      coachPage.getByText("Set a behaviour goal").click();
      coachPage.getByLabel("The behaviour to change").fill("Hear every view before deciding");
      coachPage.getByLabel("−2 much less than expected").fill("Decides alone, at once");
      coachPage.getByLabel("−1 somewhat less than expected").fill("Asks, then decides alone");
      coachPage.getByLabel("0 the expected outcome").fill("Asks two people before deciding");
      coachPage.getByLabel("+1 somewhat more than expected").fill("As 0, and says why");
      coachPage.getByLabel("+2 much more than expected").fill("People bring views unasked");
      coachPage
          .getByLabel("Tied to")
          .selectOption("strength:" + top.name().toLowerCase(java.util.Locale.ROOT));
      browser.screenshot(coachPage, "coach-ties-a-goal-to-a-strength");
      press(coachPage, "Set the goal");
      assertThat(coachPage.getByText("The goal is set")).isVisible();
      Locator goal =
          coachPage.locator("article").filter(new Locator.FilterOptions().setHasText("Hear every"));
      assertThat(goal.locator(".tied-to")).containsText(top.overdone());
      goal.scrollIntoViewIfNeeded();
      browser.screenshot(coachPage, "coach-goal-tied-to-a-strength");

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
      // the invitation itself (agenda link, place, video link) is for the participants only
      assertThat(adminPage.locator("body")).containsText("not shown here");
      assertThat(adminPage.locator("body")).not().containsText("BEGIN:VCALENDAR");
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
      assertThat(sponsorPage.locator("body")).not().containsText(top.overdone());
      assertThat(sponsorPage.locator("body")).not().containsText("Hear every view");
      assertThat(sponsorPage.locator("body")).not().containsText("meet.example");
      browser.screenshot(sponsorPage, "sponsor-sees-aggregates");

      coachPage.navigate("/coaching/dashboard");
      assertThat(heading(coachPage)).hasText("Your coaching dashboard");
      assertThat(coachPage.getByRole(AriaRole.TABLE)).containsText(exec.name());
      browser.screenshot(coachPage, "coach-dashboard");
    }
  }
}

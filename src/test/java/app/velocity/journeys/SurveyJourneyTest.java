package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.coaching.Coaching;
import app.velocity.feedback.Surveys;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A survey wave in real Chromium: the executive adds a stakeholder, the coach confirms the list,
 * sets a wave and sends it, stakeholders answer through the links in their e-mails, each in a
 * browser of their own (one on a phone); while the wave is open only how many answered shows, and
 * the results appear once the coach closes it, when the links stop working. Screenshots go to
 * target/screenshots/survey/.
 */
@IntegrationTest
class SurveyJourneyTest {

  private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{40,})");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired Mailer mailer;

  private static void signIn(Page page, PersonView person) {
    page.navigate("/sign-in");
    page.getByLabel("E-mail").fill(person.email());
    page.getByLabel("Password").fill(Fixtures.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
  }

  private String linkOf(String email) {
    Matcher m = LINK.matcher(mailer.to(email).get(0).body());
    assertThat(m.find()).isTrue();
    return "/survey/" + m.group(1);
  }

  private void answer(
      Browser browser, Page page, String email, UUID goal, String score, String name) {
    page.navigate(linkOf(email));
    assertThat(page.getByText("stored without your name")).isVisible();
    page.locator("input[name='goal-" + goal + "'][value='" + score + "']").check();
    page.getByLabel("Often (about monthly or more)").check();
    page.getByLabel("One suggestion for the future (optional)").fill("Keep the weekly check-in");
    browser.screenshot(page, name + "-answering");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answer")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Thank you");
  }

  @Test
  void aCoachConfirmsTheListSendsAWaveAndResultsAppearOnlyOnceItCloses() {
    OrganisationView org = fixtures.organisation();
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    PersonView coach = fixtures.coachOf(exec);
    UUID engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(),
                coach.id(),
                List.of(),
                LocalDate.now(),
                LocalDate.now().plusYears(1),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    UUID goal =
        coaching.defineGoal(
            CurrentUser.of(coach),
            engagement,
            "Delegate critical work by fit",
            List.of("a", "b", "c", "d", "e"));
    String[] groups = {
      "manager", "peer", "peer", "direct-report", "direct-report", "other", "other"
    };
    String[] emails = new String[groups.length];
    for (int i = 0; i < groups.length; i++) {
      emails[i] = Fixtures.unique("stakeholder") + "@example.test";
      surveys.addStakeholder(CurrentUser.of(exec), engagement, "Person " + i, emails[i], groups[i]);
    }
    String survey = "/engagements/" + engagement + "/survey";

    try (Browser browser = new Browser("http://localhost:" + port, "survey")) {
      Page executive = browser.newPage();
      signIn(executive, exec);
      executive.navigate(survey);
      executive.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Third Peer");
      executive.getByLabel("E-mail").fill("third.peer@nowhere");
      executive
          .getByLabel("Group", new Page.GetByLabelOptions().setExact(true))
          .selectOption("peer");
      executive
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add stakeholder"))
          .click();
      // the mistake is explained beside the e-mail field, the input kept
      assertThat(executive.locator("#sh-email-error")).containsText("Enter an e-mail address");
      assertThat(executive.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
          .hasValue("Third Peer");
      browser.screenshot(executive, "stakeholder-mistake-kept");
      String thirdPeer = Fixtures.unique("peer") + "@example.test";
      executive.getByLabel("E-mail").fill(thirdPeer);
      executive
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add stakeholder"))
          .click();
      assertThat(executive.getByText("Stakeholders (8 of 6 to 12)")).isVisible();

      Page coachPage = browser.newPage();
      signIn(coachPage, coach);
      coachPage.navigate(survey);
      assertThat(coachPage.locator("#list-state")).containsText("Not confirmed yet");
      coachPage
          .getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm these 8 stakeholders"))
          .click();
      assertThat(coachPage.locator("#list-state")).containsText("Confirmed by the coach");
      browser.screenshot(coachPage, "list-confirmed");
      coachPage.getByLabel("Next wave on").fill(LocalDate.now().toString());
      coachPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set wave")).click();
      coachPage
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send wave 1 now"))
          .click();
      assertThat(coachPage.getByText("every stakeholder has an e-mail")).isVisible();
      browser.screenshot(coachPage, "wave-sent");

      answer(browser, browser.newPhonePage(), emails[1], goal, "2", "peer-on-phone");
      answer(browser, browser.newPage(), emails[2], goal, "1", "second-peer");

      // while the wave is open, only how many answered shows: no figure, no suggestion
      coachPage.navigate(survey);
      assertThat(coachPage.getByText("2 of 8 answered (25%)").first()).isVisible();
      assertThat(coachPage.getByText("Wave 1 is open: 2 of 8 answered.")).isVisible();
      assertThat(coachPage.locator("#results td strong")).hasCount(0);
      assertThat(coachPage.getByText("Keep the weekly check-in")).hasCount(0);
      browser.screenshot(coachPage, "open-wave-shows-only-how-many-answered");

      answer(browser, browser.newPage(), thirdPeer, goal, "3", "third-peer");

      Page again = browser.newPage();
      again.navigate(linkOf(thirdPeer));
      assertThat(again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Already answered");
      browser.screenshot(again, "link-used-twice");

      coachPage.navigate(survey);
      coachPage
          .getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Close wave 1 and release its results"))
          .click();
      assertThat(coachPage.getByText("its results are released")).isVisible();

      Page late = browser.newPage();
      late.navigate(linkOf(emails[3]));
      assertThat(late.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("This survey has closed");
      browser.screenshot(late, "link-after-the-wave-closed");

      executive.navigate(survey);
      assertThat(executive.locator("td strong").first()).hasText("+2.0");
      assertThat(executive.locator(".chart svg")).isVisible();
      browser.screenshot(executive, "results-shown-from-three");
    }
  }
}

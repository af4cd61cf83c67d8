package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.coaching.Coaching;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The survey page's forms go back with the input kept and the message beside the field. */
@IntegrationTest
class SurveyFormErrorsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;

  PersonView exec, coach;
  UUID engagement;

  @BeforeEach
  void anActiveEngagement() {
    OrganisationView org = fixtures.organisation();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(),
                null,
                List.of(),
                LocalDate.now(),
                LocalDate.now().plusMonths(12),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
  }

  private String submit(PersonView who, String path, String... params) throws Exception {
    Cookie session = SignInSupport.signIn(mvc, who);
    var request = post("/engagements/" + engagement + "/survey/" + path).cookie(session);
    for (int i = 0; i < params.length; i += 2) {
      request = request.param(params[i], params[i + 1]);
    }
    var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  /** The input with this id, then (before any other input) the field's message. */
  private static String beside(String id, String message) {
    return "(?s)id=\""
        + id
        + "\"[^>]*>\\s*(</select>\\s*|[^<]*</textarea>\\s*)?"
        + "(<button[^>]*>[^<]*</button>\\s*)?"
        + "<p class=\"field-error\" id=\""
        + id
        + "-error\">"
        + message;
  }

  @Test
  void aStakeholderMistakeShowsBesideTheFieldWithTheInputKept() throws Exception {
    String html =
        submit(
            exec,
            "stakeholders",
            "name",
            "Kept Name 5521",
            "email",
            "not-an-email",
            "group",
            "peer");
    assertThat(html).containsPattern(beside("sh-email", "Enter an e-mail address"));
    assertThat(html).contains("value=\"Kept Name 5521\"").contains("value=\"not-an-email\"");
    assertThat(html).doesNotContainPattern("<p class=\"field-error\" id=\"sh-name-error\">");

    String group = submit(exec, "stakeholders", "name", "Ann", "email", "ann@example.test");
    assertThat(group)
        .containsPattern(
            "(?s)id=\"sh-group\".*?</select>\\s*<p class=\"field-error\""
                + " id=\"sh-group-error\">Choose manager, peer");
  }

  @Test
  void aWaveDateMistakeShowsBesideTheDateWithTheDateKept() throws Exception {
    String yesterday = LocalDate.now().minusDays(1).toString();
    String html = submit(coach, "waves", "dueOn", yesterday);
    assertThat(html).containsPattern(beside("wave-date", "Choose today or a later date"));
    assertThat(html).contains("value=\"" + yesterday + "\"");
  }

  @Test
  void aFollowUpMistakeShowsBesideTheFieldWithTheInputKept() throws Exception {
    String html =
        submit(
            exec,
            "follow-ups",
            "heldOn",
            LocalDate.now().plusDays(3).toString(),
            "withWhom",
            "Kept Person 8812",
            "note",
            "Kept note 8812");
    assertThat(html).containsPattern(beside("fu-date", "The conversation cannot be in the future"));
    assertThat(html).contains("value=\"Kept Person 8812\"").contains("Kept note 8812</textarea>");
  }
}

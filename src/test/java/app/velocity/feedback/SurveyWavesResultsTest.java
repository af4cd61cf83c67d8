package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.coaching.Coaching;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Results;
import app.velocity.feedback.results.Unit;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The results read every released wave at once; each wave must still count only its own invitations
 * and answers, and a wave not yet sent counts for nothing.
 */
@IntegrationTest
class SurveyWavesResultsTest {

  private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{40,})");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired SurveyReport report;
  @Autowired SurveyProgress progress;
  @Autowired Mailer mailer;

  @Test
  void eachWaveCountsItsOwnInvitationsAndAnswers() throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    CurrentUser coach = CurrentUser.of(fixtures.coachOf(exec));
    UUID engagement =
        coaching.open(
            coach,
            new Coaching.Opening(
                exec.id(),
                null,
                List.of(),
                LocalDate.now(),
                LocalDate.now().plusMonths(12),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    UUID goal =
        coaching.defineGoal(coach, engagement, "Delegate by fit", List.of("a", "b", "c", "d", "e"));
    String[] groups = {"manager", "peer", "peer", "peer", "direct-report", "other", "other"};
    String[] emails = new String[groups.length];
    for (int i = 0; i < groups.length; i++) {
      emails[i] = Fixtures.unique("s" + i) + "@example.test";
      surveys.addStakeholder(
          CurrentUser.of(exec), engagement, "Stakeholder " + i, emails[i], groups[i]);
    }
    surveys.confirmStakeholders(
        coach, engagement, surveys.stakeholderList(coach, engagement).fingerprint());

    UUID first = surveys.scheduleWave(coach, engagement, LocalDate.now());
    surveys.sendNow(coach, engagement, first);
    // the three peers answer the first wave: +1, +1, +1
    for (int peer = 1; peer <= 3; peer++) {
      answer(latestLink(emails[peer]), goal, "1");
    }
    surveys.close(coach, engagement, first);
    UUID second = surveys.scheduleWave(coach, engagement, LocalDate.now().plusDays(1));
    surveys.sendNow(coach, engagement, second);
    // and the second: +3, +3, +2; a third wave is planned, not sent
    answer(latestLink(emails[1]), goal, "3");
    answer(latestLink(emails[2]), goal, "3");
    answer(latestLink(emails[3]), goal, "2");
    surveys.close(coach, engagement, second);
    surveys.scheduleWave(coach, engagement, LocalDate.now().plusDays(2));

    Results results = report.results(coaching.surveySubject(engagement).orElseThrow()).get();
    GoalId id = new GoalId(goal.toString());
    assertThat(results.waves()).hasSize(2);
    var one = results.waves().get(0);
    var two = results.waves().get(1);
    assertThat(one.score(id, Unit.OVERALL).shownValue().get().answers()).isEqualTo(3);
    assertThat(one.score(id, Unit.OVERALL).shownValue().get().netScore()).isEqualTo(1.0);
    assertThat(two.score(id, Unit.OVERALL).shownValue().get().answers()).isEqualTo(3);
    assertThat(two.score(id, Unit.OVERALL).shownValue().get().netScore())
        .isCloseTo(8 / 3.0, within(1e-9));
    assertThat(one.response().get(Unit.OVERALL).shownValue().get().invited()).isEqualTo(7);
    assertThat(two.response().get(Unit.OVERALL).shownValue().get().answered()).isEqualTo(3);

    SurveyProgress.Progress sponsorLine = progress.of(engagement);
    assertThat(sponsorLine.wavesSent()).isEqualTo(2);
    assertThat(sponsorLine.invited()).isEqualTo(7);
    assertThat(sponsorLine.answered()).isEqualTo(3);
    assertThat(sponsorLine.goals().get(0).netScore()).isCloseTo(8 / 3.0, within(1e-9));
  }

  private String latestLink(String email) {
    Matcher m = LINK.matcher(mailer.to(email).get(0).body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private void answer(String token, UUID goal, String score) throws Exception {
    int status =
        mvc.perform(
                post("/survey/" + token)
                    .with(csrf())
                    .param("goal-" + goal, score)
                    .param("followUp", "often")
                    .param("suggestion", ""))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isLessThan(400);
  }
}

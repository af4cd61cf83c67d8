package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.coaching.Coaching;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The survey end to end through the pages, the API and the task bodies. */
@IntegrationTest
class SurveyFlowTest {

  private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{40,})");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired WaveDispatch dispatch;
  @Autowired Mailer mailer;

  PersonView exec, coach, sponsor, outsiderCoach;
  UUID engagement, goal;
  List<Stakeholder> stakeholders = new ArrayList<>();

  @BeforeEach
  void anActiveEngagementWithAGoalAndEightStakeholders() {
    OrganisationView org = fixtures.organisation();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    PersonView otherExec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    outsiderCoach = fixtures.coachOf(otherExec);
    engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(),
                coach.id(),
                List.of(sponsor.id()),
                LocalDate.now(),
                LocalDate.now().plusMonths(12),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    goal =
        coaching.defineGoal(
            CurrentUser.of(coach),
            engagement,
            "Secret goal title: delegate by fit",
            List.of("a", "b", "c", "d", "e"));
    String[][] people = {
      {"manager", "manager"},
      {"peer1", "peer"},
      {"peer2", "peer"},
      {"peer3", "peer"},
      {"report1", "direct-report"},
      {"report2", "direct-report"},
      {"report3", "direct-report"},
      {"other1", "other"}
    };
    for (String[] p : people) {
      surveys.addStakeholder(
          CurrentUser.of(exec), engagement, p[0], Fixtures.unique(p[0]) + "@example.test", p[1]);
    }
    stakeholders.addAll(surveys.stakeholders(CurrentUser.of(exec), engagement));
    surveys.confirmStakeholders(
        CurrentUser.of(coach),
        engagement,
        surveys.stakeholderList(CurrentUser.of(coach), engagement).fingerprint());
  }

  private UUID sentWave() {
    UUID wave = surveys.scheduleWave(CurrentUser.of(coach), engagement, LocalDate.now());
    surveys.sendNow(CurrentUser.of(coach), engagement, wave);
    return wave;
  }

  private String tokenOf(Stakeholder s) {
    var mails = mailer.to(s.email());
    assertThat(mails).isNotEmpty();
    var m = LINK.matcher(mails.get(0).body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private Stakeholder named(String name) {
    return stakeholders.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private MvcResult answer(String token, String score, String suggestion) throws Exception {
    return mvc.perform(
            post("/survey/" + token)
                .with(csrf())
                .param("goal-" + goal, score)
                .param("followUp", "often")
                .param("suggestion", suggestion))
        .andReturn();
  }

  private String page(PersonView who) throws Exception {
    return mvc.perform(
            get("/engagements/" + engagement + "/survey").cookie(SignInSupport.signIn(mvc, who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  @Tag("smoke")
  void aLinkWorksOnceAndStoresTheAnswerWithoutTheStakeholder() throws Exception {
    sentWave();
    String token = tokenOf(named("peer1"));
    assertThat(mvc.perform(get("/survey/" + token)).andReturn().getResponse().getContentAsString())
        .contains("Secret goal title: delegate by fit", "stored without your name");

    assertThat(answer(token, "2", "Keep asking").getResponse().getRedirectedUrl())
        .isEqualTo("/survey/thanks");

    MvcResult reused = answer(token, "3", "again");
    assertThat(reused.getResponse().getStatus()).isEqualTo(409);
    assertThat(reused.getResponse().getContentAsString()).contains("already answered");
    assertThat(mvc.perform(get("/survey/" + token)).andReturn().getResponse().getStatus())
        .isEqualTo(409);
  }

  @Test
  void aTamperedLinkIsNotValidAndAClosedWaveTakesNoAnswers() throws Exception {
    UUID wave = sentWave();
    String token = tokenOf(named("peer1"));
    String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
    assertThat(answer(tampered, "1", "").getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/survey/" + tampered)).andReturn().getResponse().getStatus())
        .isEqualTo(404);

    surveys.close(CurrentUser.of(coach), engagement, wave);

    MvcResult expired = answer(token, "1", "");
    assertThat(expired.getResponse().getStatus()).isEqualTo(410);
    assertThat(expired.getResponse().getContentAsString()).contains("closed");
  }

  @Test
  void aMissingAnswerKeepsWhatWasEntered() throws Exception {
    sentWave();
    String token = tokenOf(named("peer2"));
    MvcResult result =
        mvc.perform(
                post("/survey/" + token)
                    .with(csrf())
                    .param("goal-" + goal, "2")
                    .param("suggestion", "My kept suggestion"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString())
        .contains("My kept suggestion", "followed up with you", "value=\"2\" checked");
    // the link is not used up by a rejected attempt
    assertThat(answer(token, "2", "").getResponse().getRedirectedUrl()).isEqualTo("/survey/thanks");
  }

  @Test
  void resultsStayWithheldBelowThreeAnswersAndShowFromThree() throws Exception {
    // released with two peers' answers: withheld for good
    UUID first = sentWave();
    answer(tokenOf(named("peer1")), "2", "");
    answer(tokenOf(named("peer2")), "1", "");
    surveys.close(CurrentUser.of(coach), engagement, first);
    assertThat(page(exec)).contains("withheld: fewer than 3 answers").doesNotContain("+1.5");
    String api =
        mvc.perform(
                get("/api/v1/engagements/" + engagement + "/survey-results")
                    .header("Authorization", "Bearer " + fixtures.token(coach)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(api).contains("fewer than 3 answers").doesNotContain("\"netScore\":1.5");

    // the next wave, released with three peers' answers (+2, +1, +3): shown
    UUID second =
        surveys.scheduleWave(CurrentUser.of(coach), engagement, LocalDate.now().plusDays(1));
    surveys.sendNow(CurrentUser.of(coach), engagement, second);
    answer(tokenOf(named("peer1")), "2", "");
    answer(tokenOf(named("peer2")), "1", "");
    answer(tokenOf(named("peer3")), "3", "");
    surveys.close(CurrentUser.of(coach), engagement, second);

    assertThat(page(coach)).contains("+2.0", "100% improved");
    assertThat(
            mvc.perform(
                    get("/api/v1/engagements/" + engagement + "/survey-results")
                        .header("Authorization", "Bearer " + fixtures.token(exec)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("\"netScore\":2.0");
  }

  @Test
  void remindersGoOnlyToThoseWhoHaveNotAnsweredAtMostTwiceAndOnceWhenCalledTwice()
      throws Exception {
    sentWave();
    answer(tokenOf(named("peer1")), "1", "");
    Instant sent = Instant.now();

    // other tests' waves share the database, so count this engagement's mails
    dispatch.sendReminders(sent.plus(Duration.ofDays(1)));
    assertThat(mailsToStakeholders()).isEqualTo(8);
    Instant week = sent.plus(Duration.ofDays(8));
    SurveyWorld.concurrently(() -> dispatch.sendReminders(week));
    dispatch.sendReminders(week);
    assertThat(mailsToStakeholders()).isEqualTo(8 + 7);
    assertThat(mailer.to(named("peer1").email())).hasSize(1);
    assertThat(mailer.to(named("peer2").email())).hasSize(2);

    // the reminder's link works as well as the first one
    var reminder = LINK.matcher(mailer.to(named("peer2").email()).get(0).body());
    assertThat(reminder.find()).isTrue();
    assertThat(answer(reminder.group(1), "1", "").getResponse().getRedirectedUrl())
        .isEqualTo("/survey/thanks");

    dispatch.sendReminders(sent.plus(Duration.ofDays(15)));
    assertThat(mailsToStakeholders()).isEqualTo(8 + 7 + 6);
    dispatch.sendReminders(sent.plus(Duration.ofDays(20)));
    assertThat(mailsToStakeholders()).isEqualTo(8 + 7 + 6);
    assertThat(mailer.to(named("peer3").email())).hasSize(3);
  }

  private int mailsToStakeholders() {
    return stakeholders.stream().mapToInt(s -> mailer.to(s.email()).size()).sum();
  }

  @Test
  void aDueWaveIsSentOnceEvenWhenTheTaskRunsTwiceAtOnce() throws Exception {
    surveys.scheduleWave(CurrentUser.of(coach), engagement, LocalDate.now());
    Instant now = Instant.now();
    SurveyWorld.concurrently(() -> dispatch.sendDueWaves(now));
    dispatch.sendDueWaves(now);
    assertThat(mailsToStakeholders()).isEqualTo(8);
    assertThat(surveys.waves(CurrentUser.of(coach), engagement).get(0).invited()).isEqualTo(8);
  }

  @Test
  void stakeholdersAreValidatedWithClearMessagesAndTheInputIsKept() throws Exception {
    Cookie session = SignInSupport.signIn(mvc, exec);
    String page =
        mvc.perform(
                post("/engagements/" + engagement + "/survey/stakeholders")
                    .cookie(session)
                    .with(csrf())
                    .param("name", "Kept Name")
                    .param("email", "not-an-address")
                    .param("group", "peer"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Enter an e-mail address", "value=\"Kept Name\"");
    for (int i = stakeholders.size(); i < Surveys.MAX_STAKEHOLDERS; i++) {
      surveys.addStakeholder(
          CurrentUser.of(exec), engagement, "extra" + i, Fixtures.unique("x") + "@e.test", "other");
    }
    assertThatThrownBy(
            () ->
                surveys.addStakeholder(
                    CurrentUser.of(exec), engagement, "thirteen", "t@e.test", "peer"))
        .hasMessageContaining("6 to 12");
    assertThatThrownBy(
            () ->
                surveys.addStakeholder(
                    CurrentUser.of(coach), engagement, "by coach", "c@e.test", "peer"))
        .isInstanceOf(NotYourSurvey.class);
  }

  @Test
  void aWaveNeedsSixStakeholders() {
    for (Stakeholder s : stakeholders.subList(0, 3)) {
      surveys.removeStakeholder(CurrentUser.of(exec), engagement, s.id());
    }
    UUID wave = surveys.scheduleWave(CurrentUser.of(coach), engagement, LocalDate.now());
    assertThatThrownBy(() -> surveys.sendNow(CurrentUser.of(coach), engagement, wave))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 6 stakeholders");
  }

  @Test
  void theSponsorSeesProgressOnlyAndOutsidersSeeNothing() throws Exception {
    UUID wave = sentWave();
    for (String name : List.of("peer1", "peer2", "peer3", "report1", "report2")) {
      answer(tokenOf(named(name)), "2", "Suggestion text from " + name);
    }
    surveys.close(CurrentUser.of(coach), engagement, wave);
    assertThat(page(exec)).contains("Suggestion text from peer1");
    assertThat(page(sponsor))
        .contains("Survey progress", "+2.0", "5 of 8")
        .doesNotContain("Suggestion text")
        .doesNotContain("Secret goal title")
        .doesNotContain("@example.test");
    String sponsorApi =
        mvc.perform(
                get("/api/v1/engagements/" + engagement + "/survey-results")
                    .header("Authorization", "Bearer " + fixtures.token(sponsor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(sponsorApi).contains("\"results\":null").doesNotContain("Suggestion text");
    assertThat(
            mvc.perform(
                    get("/api/v1/engagements/" + engagement + "/stakeholders")
                        .header("Authorization", "Bearer " + fixtures.token(sponsor)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);

    for (MockHttpServletRequestBuilder request :
        List.of(
            get("/api/v1/engagements/" + engagement + "/survey-results"),
            get("/api/v1/engagements/" + engagement + "/stakeholders"),
            get("/api/v1/engagements/" + engagement + "/follow-ups"))) {
      assertThat(
              mvc.perform(
                      request.header("Authorization", "Bearer " + fixtures.token(outsiderCoach)))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(404);
    }
    assertThat(
            mvc.perform(
                    get("/engagements/" + engagement + "/survey")
                        .cookie(SignInSupport.signIn(mvc, outsiderCoach)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void theExecutiveLogsFollowUpsAndTheApiAnswersWithProblemDetails() throws Exception {
    String token = fixtures.token(exec);
    mvc.perform(
        post("/api/v1/engagements/" + engagement + "/follow-ups")
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"heldOn\":\""
                    + LocalDate.now()
                    + "\",\"withWhom\":\"Priya <script>alert(1)</script>\",\"group\":\"peer\"}"));
    assertThat(page(coach))
        .contains("with Priya &lt;script&gt;alert(1)&lt;/script&gt; (Peer)")
        .doesNotContain("<script>alert(1)");
    MvcResult bad =
        mvc.perform(
                post("/api/v1/engagements/" + engagement + "/stakeholders")
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"X\",\"email\":\"x@x.test\",\"group\":\"boss\"}"))
            .andReturn();
    assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    assertThat(bad.getResponse().getContentAsString()).contains("\"field\":\"group\"");
  }
}

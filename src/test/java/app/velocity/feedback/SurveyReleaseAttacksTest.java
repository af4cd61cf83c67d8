package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.coaching.Coaching;
import app.velocity.mail.Mailer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 14, class 1: an insider reads the survey before and after one more answer, as executive,
 * coach or sponsor, through the page and the API. Before the release rule that gave the latest
 * rater's exact scores (and the manager's, who must never be shown alone) and their suggestion. Now
 * an open wave shows nothing but how many answered; a wave's results are computed once, when it
 * closes, and read as released from then on.
 */
@IntegrationTest
class SurveyReleaseAttacksTest {

  private static final Pattern RESULTS =
      Pattern.compile("\"results\":(\\{.*?\\}|null),\"progress\"");
  private static final Pattern SPONSOR_GOALS = Pattern.compile("\"goals\":\\[[^\\]]*\\]");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired Mailer mailer;
  @Autowired WaveRelease release;
  @Autowired JdbcClient jdbc;

  /** A manager, three peers, three direct reports and one other: eight stakeholders. */
  private SurveyWorld world(boolean managerShownAlone) {
    var groups = new LinkedHashMap<String, String>();
    groups.put("manager", "manager");
    for (int i = 1; i <= 3; i++) {
      groups.put("peer" + i, "peer");
    }
    for (int i = 1; i <= 3; i++) {
      groups.put("report" + i, "direct-report");
    }
    groups.put("other1", "other");
    SurveyWorld world =
        new SurveyWorld(mvc, fixtures, coaching, surveys, mailer, groups, managerShownAlone);
    world.confirm();
    return world;
  }

  /** What the API shows of the results, without the progress that counts the answers. */
  private static String results(String api) {
    Matcher m = RESULTS.matcher(api);
    assertThat(m.find()).as(api).isTrue();
    return m.group(1);
  }

  private static String sponsorGoals(String api) {
    Matcher m = SPONSOR_GOALS.matcher(api);
    assertThat(m.find()).as(api).isTrue();
    return m.group();
  }

  @Test
  @Tag("smoke")
  void oneMoreAnswerChangesNothingAnyoneReadsOfAnOpenWaveButHowManyAnswered() throws Exception {
    SurveyWorld w = world(false);
    w.sendWave(LocalDate.now());
    for (String name : List.of("peer1", "peer2", "peer3", "report1", "report2", "report3")) {
      w.answered(name, "1", "Suggestion of " + name);
    }
    String execBefore = w.api(w.exec, "/survey-results");
    String coachBefore = w.api(w.coach, "/survey-results");
    String sponsorBefore = w.api(w.sponsor, "/survey-results");
    String pageBefore = w.page(w.exec);

    // the lone manager answers: overall before and after would give the manager's score
    w.answered("manager", "-3", "The manager's own words");

    String execAfter = w.api(w.exec, "/survey-results");
    assertThat(results(execAfter)).isEqualTo(results(execBefore));
    assertThat(results(w.api(w.coach, "/survey-results"))).isEqualTo(results(coachBefore));
    String sponsorAfter = w.api(w.sponsor, "/survey-results");
    assertThat(sponsorGoals(sponsorAfter)).isEqualTo(sponsorGoals(sponsorBefore));
    assertThat(sponsorAfter).contains("\"answered\":7").doesNotContain("\"netScore\":-");
    assertThat(sponsorBefore).contains("\"answered\":6");
    // nothing of the wave is shown at all: no figure, no withheld cell, no suggestion
    for (String read : List.of(execBefore, execAfter, coachBefore, results(sponsorAfter))) {
      assertThat(read)
          .doesNotContain("netScore\":1", "netScore\":0", "Suggestion of", "manager's own");
    }
    String pageAfter = w.page(w.exec);
    for (String page : List.of(pageBefore, pageAfter)) {
      assertThat(page)
          .doesNotContain("improved ·", "withheld:", "Suggestion of", "manager's own")
          .contains("Wave 1 is open");
    }
    assertThat(pageBefore).contains("6 of 8 answered");
    assertThat(pageAfter).contains("7 of 8 answered");
    assertThat(w.sponsorView()).doesNotContain("+1.0", "-0.").contains("7 of 8");
  }

  @Test
  void theSponsorSeesTheLastReleasedWaveWhileTheNextOneTakesAnswers() throws Exception {
    SurveyWorld w = world(false);
    UUID first = w.sendWave(LocalDate.now());
    for (String name : List.of("peer1", "peer2", "peer3", "report1")) {
      w.answered(name, "2", "");
    }
    w.close(first);
    String released = sponsorGoals(w.api(w.sponsor, "/survey-results"));
    assertThat(released).contains("\"netScore\":2.0");

    w.sendWave(LocalDate.now().plusDays(1));
    for (String name : List.of("peer1", "peer2", "peer3", "report1")) {
      w.answered(name, "-2", "");
    }
    String before = w.api(w.sponsor, "/survey-results");
    w.answered("manager", "-3", "");
    String after = w.api(w.sponsor, "/survey-results");

    assertThat(sponsorGoals(before)).isEqualTo(released);
    assertThat(sponsorGoals(after)).isEqualTo(released);
    assertThat(w.sponsorView()).contains("overall net score of wave 1", "goal 1 +2.0");
  }

  @Test
  void suggestionsShowOnlyOnceReleasedAndInAnOrderThatSaysNothingOfWhoCameFirst() throws Exception {
    SurveyWorld w = world(false);
    UUID wave = w.sendWave(LocalDate.now());
    // they arrive in reverse alphabetical order
    List<String> arrival =
        List.of("Echo the plan", "Delegate sooner", "Check in weekly", "Bring options", "Ask us");
    List<String> names = List.of("peer1", "peer2", "peer3", "report1", "report2");
    for (int i = 0; i < names.size(); i++) {
      w.answered(names.get(i), "1", arrival.get(i));
      assertThat(w.page(w.exec)).doesNotContain(arrival.get(i));
      assertThat(w.api(w.coach, "/survey-results")).doesNotContain(arrival.get(i));
    }
    w.close(wave);
    String page = w.page(w.exec);
    int previous = -1;
    for (String text : arrival.stream().sorted().toList()) {
      int at = page.indexOf(text);
      assertThat(at).as(text).isGreaterThan(previous);
      previous = at;
    }
  }

  @Test
  void releasedResultsNeverChangeAndAClosedWaveRefusesAnswersWithAClearPage() throws Exception {
    SurveyWorld w = world(false);
    UUID first = w.sendWave(LocalDate.now());
    for (String name : List.of("peer1", "peer2", "peer3")) {
      w.answered(name, "3", "");
    }
    w.close(first);
    String released = results(w.api(w.exec, "/survey-results"));
    assertThat(released).contains("\"netScore\":3.0");

    // the page, and the API, of a link to the closed wave
    MvcResult late = w.answer("report1", "-3", "too late");
    assertThat(late.getResponse().getStatus()).isEqualTo(410);
    assertThat(late.getResponse().getContentAsString()).contains("This survey has closed");
    int api =
        mvc.perform(
                post("/api/v1/survey/" + w.link("report2"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"scores\":{\"" + w.goal + "\":-3},\"followUp\":\"often\"}"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(api).isEqualTo(410);
    // closing or releasing again changes nothing
    assertThatThrownBy(() -> w.close(first)).hasMessageContaining("Only an open wave");
    assertThat(release.release(first, Instant.now().plus(Duration.ofDays(30)))).isFalse();
    // nor do the next wave's answers, or a goal set later
    w.sendWave(LocalDate.now().plusDays(1));
    w.answered("peer1", "-3", "");
    coaching.defineGoal(
        w.asCoach(), w.engagement, "Listen first", List.of("a", "b", "c", "d", "e"));

    String now = w.api(w.exec, "/survey-results");
    assertThat(now).contains(released.substring(0, released.indexOf("\"waves\"")));
    assertThat(w.page(w.exec)).contains("not asked in this wave", "+3.0");
    assertThat(
            jdbc.sql("select count(*) from survey_releases where wave_id = ?")
                .param(first)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aWaveIsReleasedOnceWhenTwoInstancesCloseItAtTheSameMoment() throws Exception {
    SurveyWorld w = world(false);
    UUID wave = w.sendWave(LocalDate.now());
    for (String name : w.emails.keySet()) {
      w.answered(name, "1", "");
    }
    Instant now = Instant.now();
    assertThat(SurveyWorld.concurrently(() -> release.release(wave, now) ? 1 : 0)).isEqualTo(1);
    SurveyWorld.concurrently(() -> release.releaseDue(now));
    assertThat(
            jdbc.sql("select count(*) from survey_releases where wave_id = ?")
                .param(wave)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(surveys.waves(w.asCoach(), w.engagement).get(0).released()).isTrue();
  }

  @Test
  void aWaveClosesWhenEveryoneAnsweredWhenItsDatePassesOrWhenTheCoachClosesIt() throws Exception {
    SurveyWorld everyone = world(false);
    UUID complete = everyone.sendWave(LocalDate.now());
    SurveyWorld some = world(false);
    UUID dated = some.sendWave(LocalDate.now());
    SurveyWorld early = world(false);
    UUID closedEarly = early.sendWave(LocalDate.now());
    for (String name : everyone.emails.keySet()) {
      everyone.answered(name, "1", "");
    }
    for (String name : List.of("peer1", "peer2", "peer3")) {
      some.answered(name, "1", "");
      early.answered(name, "1", "");
    }

    release.releaseDue(Instant.now());
    assertThat(released(complete)).isTrue();
    assertThat(released(dated)).isFalse();

    early.close(closedEarly);
    assertThat(released(closedEarly)).isTrue();

    release.releaseDue(Instant.now().plus(WaveDispatch.OPEN_FOR).plusSeconds(60));
    assertThat(released(dated)).isTrue();
    assertThat(results(some.api(some.exec, "/survey-results"))).contains("\"netScore\":1.0");
  }

  @Test
  void closingIsScheduledWorkOnTheSharedScheduler(
      @Autowired List<com.github.kagkarlsson.scheduler.task.Task<?>> tasks) {
    assertThat(tasks)
        .extracting(com.github.kagkarlsson.scheduler.task.Task::getName)
        .contains("survey-waves-closing", "survey-reminders", "survey-waves-due");
  }

  private boolean released(UUID wave) {
    return jdbc.sql("select released_at is not null from survey_waves where id = ?")
        .param(wave)
        .query(Boolean.class)
        .single();
  }
}

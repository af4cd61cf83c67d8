package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.coaching.Coaching;
import app.velocity.feedback.Surveys;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page view holds at most one database connection at a time. Under load, a request that holds a
 * connection and waits for a second one (an aggregate loaded by a query outside a transaction
 * fetches its nested rows over another connection) ends in a pool deadlock: with as many such
 * requests as connections, every one waits for the pool's time-out. That made the engagement page
 * answer 10 requests per second and the survey page 503 at 50 connections. Here every connection of
 * the pool but one is taken away, and the pages must still answer.
 */
@IntegrationTest
class OneConnectionPerRequestTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired DataSource dataSource;

  PersonView exec, coach, sponsor;
  UUID engagement;

  /** An engagement with what makes aggregates nested: sponsors, goals with reviews, a survey. */
  @BeforeEach
  void anEngagementWithSponsorsScoredGoalsAndASentWave() {
    OrganisationView org = fixtures.organisation();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    CurrentUser c = CurrentUser.of(coach);
    engagement =
        coaching.open(
            c,
            new Coaching.Opening(
                exec.id(),
                null,
                List.of(sponsor.id()),
                LocalDate.now(),
                LocalDate.now().plusMonths(12),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    List<String> levels = List.of("a", "b", "c", "d", "e");
    UUID one = coaching.defineGoal(c, engagement, "Delegate by fit", levels);
    UUID two = coaching.defineGoal(c, engagement, "Listen first", levels);
    coaching.scoreGoal(c, engagement, one, 1, null);
    coaching.scoreGoal(c, engagement, two, 0, null);
    String[] groups = {"manager", "peer", "peer", "peer", "direct-report", "direct-report"};
    for (int i = 0; i < groups.length; i++) {
      surveys.addStakeholder(
          CurrentUser.of(exec),
          engagement,
          "Stakeholder " + i,
          Fixtures.unique("s" + i) + "@example.test",
          groups[i]);
    }
    surveys.confirmStakeholders(
        c, engagement, surveys.stakeholderList(c, engagement).fingerprint());
    UUID wave = surveys.scheduleWave(c, engagement, LocalDate.now());
    surveys.sendNow(c, engagement, wave);
  }

  @Test
  void theCoachingPagesAnswerWithOnlyOneFreeConnection() throws Exception {
    Cookie asExecutive = SignInSupport.signIn(mvc, exec);
    Cookie asCoach = SignInSupport.signIn(mvc, coach);
    Cookie asSponsor = SignInSupport.signIn(mvc, sponsor);
    List<String[]> pages =
        List.of(
            new String[] {"/engagements/" + engagement, "executive"},
            new String[] {"/engagements/" + engagement + "/survey", "executive"},
            new String[] {"/engagements", "executive"},
            new String[] {"/engagements/" + engagement, "coach"},
            new String[] {"/engagements/" + engagement + "/survey", "coach"},
            new String[] {"/coaching/dashboard", "coach"},
            new String[] {"/engagements/" + engagement, "sponsor"},
            new String[] {"/map", "executive"},
            new String[] {"/teams", "executive"},
            new String[] {"/delegation/pattern", "executive"});
    String token = fixtures.token(exec);
    withOneFreeConnection(
        () -> {
          for (String[] page : pages) {
            Cookie cookie =
                switch (page[1]) {
                  case "coach" -> asCoach;
                  case "sponsor" -> asSponsor;
                  default -> asExecutive;
                };
            int status =
                mvc.perform(get(page[0]).cookie(cookie)).andReturn().getResponse().getStatus();
            assertThat(status).as(page[1] + " " + page[0]).isEqualTo(200);
          }
          int api =
              mvc.perform(get("/api/v1/engagements").header("Authorization", "Bearer " + token))
                  .andReturn()
                  .getResponse()
                  .getStatus();
          assertThat(api).as("API list of engagements").isEqualTo(200);
        });
  }

  interface Work {
    void run() throws Exception;
  }

  /** Runs the work while every connection of the pool but one is held here. */
  private void withOneFreeConnection(Work work) throws Exception {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    long timeout = pool.getConnectionTimeout();
    List<Connection> held = new ArrayList<>();
    try {
      // a request that needs a second connection gives up after a second, not ten
      pool.setConnectionTimeout(1_000);
      for (int i = 0; i < pool.getMaximumPoolSize() - 1; i++) {
        held.add(pool.getConnection());
      }
      work.run();
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
      pool.setConnectionTimeout(timeout);
    }
  }
}

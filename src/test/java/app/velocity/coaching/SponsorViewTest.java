package app.velocity.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sponsor's view holds aggregates only; and the coach's dashboard marks engagements that went
 * quiet.
 */
@IntegrationTest
class SponsorViewTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Scheduling scheduling;
  @Autowired Engagements engagements;
  @Autowired Goals goals;
  @Autowired Actions actions;
  @Autowired Journal journal;
  @Autowired CoachingSessions sessions;
  @Autowired Directory directory;
  @Autowired ObjectProvider<SurveyProgress> surveys;

  PersonView exec, coach, sponsor;
  UUID engagement;

  /** Every kind of content an engagement holds, each text marked so a leak is easy to find. */
  static final List<String> CONTENT =
      List.of(
          "LEAK-goal-title",
          "LEAK-level-text",
          "LEAK-review-note",
          "LEAK-action-title",
          "LEAK-followup-title",
          "LEAK-journal-shared",
          "LEAK-journal-private",
          "LEAK-agenda",
          "LEAK-place",
          "LEAK-shared-note",
          "LEAK-private-note");

  @BeforeEach
  void anEngagementFullOfContent() {
    OrganisationView org = fixtures.organisation();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    CurrentUser c = CurrentUser.of(coach);
    CurrentUser e = CurrentUser.of(exec);
    engagement =
        coaching.open(
            c,
            new Coaching.Opening(
                exec.id(),
                null,
                List.of(sponsor.id()),
                LocalDate.now().minusMonths(3),
                LocalDate.now().plusMonths(9),
                false));
    coaching.acceptAgreement(e, engagement);
    List<String> levels =
        List.of("LEAK-level-text", "LEAK-level-text", "LEAK-level-text", "b", "c");
    UUID one = coaching.defineGoal(c, engagement, "LEAK-goal-title one", levels);
    UUID two = coaching.defineGoal(c, engagement, "LEAK-goal-title two", levels);
    coaching.scoreGoal(c, engagement, one, 1, "LEAK-review-note");
    coaching.scoreGoal(c, engagement, two, 1, null);
    coaching.commitAction(e, engagement, "LEAK-action-title", LocalDate.now().minusDays(1));
    coaching.writeJournal(e, engagement, "LEAK-journal-shared", true);
    coaching.writeJournal(e, engagement, "LEAK-journal-private", false);
    UUID session =
        scheduling.schedule(
            c,
            engagement,
            new Scheduling.SessionPlan(
                LocalDate.now().minusDays(10),
                LocalTime.of(9, 0),
                "Europe/London",
                60,
                "LEAK-place",
                null,
                "LEAK-agenda"));
    scheduling.writeSharedNotes(e, engagement, session, "LEAK-shared-note");
    scheduling.writePrivateNotes(c, engagement, session, "LEAK-private-note");
    scheduling.followUp(e, engagement, session, "LEAK-followup-title", null);
    scheduling.schedule(
        c,
        engagement,
        new Scheduling.SessionPlan(
            LocalDate.now().plusDays(10),
            LocalTime.of(9, 0),
            "Europe/London",
            60,
            "LEAK-place",
            null,
            "LEAK-agenda"));
  }

  @Test
  void theSponsorSeesStatusSessionsHeldNumberedGoalsAndTheTScoreAndNoContent() throws Exception {
    String page =
        mvc.perform(get("/engagements/" + engagement).cookie(SignInSupport.signIn(mvc, sponsor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Sessions held</dt><dd>1</dd>")
        .contains("Goal 1 of 2: latest level</dt><dd>+1</dd>")
        .contains("Goal 2 of 2")
        // two goals at +1 with rho 0.3: 50 + 10 * 2 / sqrt(0.7 * 2 + 0.3 * 4) = 62.4
        .contains("62.4")
        .contains("No stakeholder survey yet.");
    String api =
        mvc.perform(
                get("/api/v1/engagements/" + engagement)
                    .header("Authorization", "Bearer " + fixtures.token(sponsor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String list =
        mvc.perform(
                get("/api/v1/engagements")
                    .header("Authorization", "Bearer " + fixtures.token(sponsor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String text : CONTENT) {
      assertThat(page).as("sponsor page").doesNotContain(text);
      assertThat(api).as("sponsor API").doesNotContain(text);
      assertThat(list).as("sponsor API list").doesNotContain(text);
    }
    assertThat(api).contains("\"sessionsHeld\":1");
    // The same content does reach the coach, so the check above can fail.
    String coachPage =
        mvc.perform(get("/engagements/" + engagement).cookie(SignInSupport.signIn(mvc, coach)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(coachPage).contains("LEAK-goal-title", "LEAK-private-note", "LEAK-agenda");
  }

  @Test
  void anEngagementWithNoSessionAndNoActionFor30DaysIsQuietOnTheDashboard() {
    Coaching today = coaching;
    assertThat(today.dashboard(CurrentUser.of(coach)).clients().get(0).quietDays()).isNull();

    Coaching later = coaching.asOf(Clock.offset(Clock.systemUTC(), Duration.ofDays(45)));
    CoachDashboard board = later.dashboard(CurrentUser.of(coach));
    // Seen 45 days from now, the last activity is the session booked for 10 days from now at
    // 09:00 London time, held by then: about 35 days before.
    long expected =
        Duration.between(
                java.time.ZonedDateTime.of(
                        LocalDate.now().plusDays(10),
                        LocalTime.of(9, 0),
                        java.time.ZoneId.of("Europe/London"))
                    .toInstant(),
                java.time.Instant.now().plus(Duration.ofDays(45)))
            .toDays();
    assertThat(board.clients()).singleElement().satisfies(c -> assertThat(c.quiet()).isTrue());
    assertThat(board.clients().get(0).quietDays()).isEqualTo((int) expected);
    assertThat(board.quietCount()).isEqualTo(1);

    Coaching notYet = coaching.asOf(Clock.offset(Clock.systemUTC(), Duration.ofDays(25)));
    assertThat(notYet.dashboard(CurrentUser.of(coach)).clients().get(0).quietDays()).isNull();
  }
}

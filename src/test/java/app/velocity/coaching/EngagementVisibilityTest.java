package app.velocity.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
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

/** Each part of an engagement sees what docs/design.md §1 allows, on the page as in the service. */
@IntegrationTest
class EngagementVisibilityTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;

  OrganisationView org;
  PersonView admin, exec, coach, sponsor, otherExec, otherCoach;
  UUID engagement;

  @BeforeEach
  void anEngagementWithASponsor() {
    org = fixtures.organisation();
    admin = fixtures.admin();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    otherExec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    otherCoach = fixtures.coachOf(otherExec);
    engagement =
        coaching.open(
            CurrentUser.of(admin),
            new Coaching.Opening(
                exec.id(),
                coach.id(),
                List.of(sponsor.id()),
                LocalDate.now(),
                LocalDate.now().plusMonths(12),
                false));
  }

  private String page(PersonView who) throws Exception {
    return mvc.perform(get("/engagements/" + engagement).cookie(SignInSupport.signIn(mvc, who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private int status(PersonView who) throws Exception {
    return mvc.perform(get("/engagements/" + engagement).cookie(SignInSupport.signIn(mvc, who)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void workStartsOnlyAfterTheExecutiveAcceptsTheAgreement() {
    List<String> levels = List.of("a", "b", "c", "d", "e");
    assertThatThrownBy(
            () -> coaching.defineGoal(CurrentUser.of(coach), engagement, "Listen", levels))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("agreement");
    assertThatThrownBy(() -> coaching.acceptAgreement(CurrentUser.of(coach), engagement))
        .isInstanceOf(NotYourEngagement.class);
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    coaching.defineGoal(CurrentUser.of(coach), engagement, "Listen", levels);
    assertThat(coaching.view(CurrentUser.of(exec), engagement).goals()).hasSize(1);
  }

  @Test
  void theAgreementIsAcceptedThroughThePage() throws Exception {
    Cookie session = SignInSupport.signIn(mvc, exec);
    assertThat(
            mvc.perform(get("/engagements/" + engagement).cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("I accept this agreement");
    mvc.perform(post("/engagements/" + engagement + "/agreement").cookie(session).with(csrf()));
    assertThat(coaching.view(CurrentUser.of(exec), engagement).status())
        .isEqualTo(EngagementStatus.ACTIVE);
  }

  @Test
  void eachPartSeesOnlyWhatItMay() throws Exception {
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    coaching.defineGoal(
        CurrentUser.of(exec),
        engagement,
        "Hand critical work by fit",
        List.of("never", "rarely", "half the time", "mostly", "always"));
    coaching.commitAction(CurrentUser.of(exec), engagement, "Ask Priya to lead the audit", null);
    coaching.writeJournal(CurrentUser.of(exec), engagement, "Private thought about Diego", false);
    coaching.writeJournal(CurrentUser.of(exec), engagement, "Shared thought about Grace", true);

    assertThat(page(exec))
        .contains("Hand critical work by fit", "Ask Priya", "Private thought", "Shared thought");
    assertThat(page(coach))
        .contains("Hand critical work by fit", "Ask Priya", "Shared thought")
        .doesNotContain("Private thought");
    assertThat(page(sponsor))
        .contains("1 set")
        .doesNotContain("Hand critical work by fit")
        .doesNotContain("Ask Priya")
        .doesNotContain("thought about");
    assertThat(page(admin))
        .contains(exec.name())
        .doesNotContain("Hand critical work by fit")
        .doesNotContain("Ask Priya")
        .doesNotContain("thought about")
        .doesNotContain("1 set");
    assertThat(status(otherExec)).isEqualTo(404);
    assertThat(status(otherCoach)).isEqualTo(404);
    assertThat(status(fixtures.person(Role.COLLEAGUE, org))).isEqualTo(404);
  }

  @Test
  void onlyTheExecutiveWritesTheJournalAndOnlyTheCoachScoresGoals() {
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    UUID goal =
        coaching.defineGoal(
            CurrentUser.of(coach), engagement, "Listen", List.of("a", "b", "c", "d", "e"));
    assertThatThrownBy(() -> coaching.writeJournal(CurrentUser.of(coach), engagement, "x", true))
        .isInstanceOf(NotYourEngagement.class);
    assertThatThrownBy(() -> coaching.scoreGoal(CurrentUser.of(exec), engagement, goal, 1, null))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> coaching.scoreGoal(CurrentUser.of(coach), engagement, goal, 3, null))
        .hasMessageContaining("−2 to +2");
    coaching.scoreGoal(CurrentUser.of(coach), engagement, goal, 1, "good start");
    assertThat(coaching.view(CurrentUser.of(sponsor), engagement).progress().latestLevels())
        .containsExactly(1);
  }

  @Test
  void anEngagementHasAtMostTwoGoalsEachWithFiveLevels() {
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    assertThatThrownBy(
            () ->
                coaching.defineGoal(
                    CurrentUser.of(coach), engagement, "Listen", List.of("a", "b", " ", "d", "e")))
        .hasMessageContaining("level0");
    coaching.defineGoal(CurrentUser.of(coach), engagement, "One", List.of("a", "b", "c", "d", "e"));
    coaching.defineGoal(CurrentUser.of(coach), engagement, "Two", List.of("a", "b", "c", "d", "e"));
    assertThatThrownBy(
            () ->
                coaching.defineGoal(
                    CurrentUser.of(coach), engagement, "Three", List.of("a", "b", "c", "d", "e")))
        .hasMessageContaining("two");
  }

  @Test
  void opensOnlyForAnActiveExecutiveWithSponsorsOfTheSameOrganisation() {
    PersonView foreignSponsor = fixtures.person(Role.SPONSOR, fixtures.organisation());
    assertThatThrownBy(
            () ->
                coaching.open(
                    CurrentUser.of(admin),
                    new Coaching.Opening(
                        exec.id(),
                        coach.id(),
                        List.of(foreignSponsor.id()),
                        LocalDate.now(),
                        LocalDate.now().plusMonths(6),
                        false)))
        .hasMessageContaining("sponsors");
    assertThatThrownBy(
            () ->
                coaching.open(
                    CurrentUser.of(admin),
                    new Coaching.Opening(
                        exec.id(),
                        coach.id(),
                        List.of(),
                        LocalDate.now(),
                        LocalDate.now().minusDays(1),
                        false)))
        .hasMessageContaining("end date");
    assertThatThrownBy(
            () ->
                coaching.open(
                    CurrentUser.of(exec),
                    new Coaching.Opening(
                        exec.id(),
                        coach.id(),
                        List.of(),
                        LocalDate.now(),
                        LocalDate.now().plusMonths(6),
                        false)))
        .isInstanceOf(NotYourEngagement.class);
  }
}

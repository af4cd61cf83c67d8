package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.coaching.Coaching;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, §5, as an insider tries it with an ordinary coach's account: opening an engagement for
 * an executive who is not theirs made the coach that executive's coach (or the engagement's coach),
 * which opened the executive's profile, PDF and engagement content across organisations. Only firm
 * admins assign coaches; a coach opens engagements for their own clients, and the refusal is the
 * same as for an id that names nobody.
 */
@IntegrationTest
class CoachReachAttackTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;

  OrganisationView home, elsewhere;
  PersonView coach, client, uncoached, othersClient, otherCoach, foreignSponsor, admin;

  @BeforeEach
  void aCoachWithOneClientAndExecutivesWhoAreNotTheirs() {
    home = fixtures.organisation();
    elsewhere = fixtures.organisation();
    admin = fixtures.admin();
    client = fixtures.person(Role.EXECUTIVE, home);
    coach = fixtures.coachOf(client);
    uncoached = fixtures.person(Role.EXECUTIVE, elsewhere);
    othersClient = fixtures.person(Role.EXECUTIVE, elsewhere);
    otherCoach = fixtures.coachOf(othersClient);
    foreignSponsor = fixtures.person(Role.SPONSOR, elsewhere);
    fixtures.profile(uncoached, new int[] {6, 2, 2}, new int[] {2, 6, 2});
    fixtures.profile(othersClient, new int[] {2, 6, 2}, new int[] {2, 2, 6});
  }

  private MockHttpServletResponse openByApi(PersonView by, UUID executive, UUID sponsor)
      throws Exception {
    return mvc.perform(
            post("/api/v1/engagements")
                .header("Authorization", "Bearer " + fixtures.token(by))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"executive": "%s", "sponsors": [%s], "startsOn": "%s", "endsOn": "%s"}"""
                        .formatted(
                            executive,
                            sponsor == null ? "" : "\"" + sponsor + "\"",
                            LocalDate.now(),
                            LocalDate.now().plusMonths(6))))
        .andReturn()
        .getResponse();
  }

  private int status(Cookie session, String url) throws Exception {
    return mvc.perform(get(url).cookie(session)).andReturn().getResponse().getStatus();
  }

  private PersonId coachOf(PersonView executive) {
    return fixtures.directory().person(executive.id()).orElseThrow().coach();
  }

  @Test
  void aCoachCannotMakeThemselvesTheCoachOfSomeoneElsesExecutiveThroughTheApi() throws Exception {
    MockHttpServletResponse refused =
        openByApi(coach, uncoached.id().value(), foreignSponsor.id().value());

    assertThat(refused.getStatus()).isEqualTo(404);
    assertThat(coachOf(uncoached)).isNull();
    assertThat(coaching.visibleTo(CurrentUser.of(uncoached))).isEmpty();
    Cookie session = SignInSupport.signIn(mvc, coach);
    assertThat(status(session, "/people/" + uncoached.id() + "/profile")).isEqualTo(404);
    assertThat(status(session, "/people/" + uncoached.id() + "/profile/report.pdf")).isEqualTo(404);
  }

  @Test
  void aCoachCannotOpenAnEngagementWithAnExecutiveWhoHasAnotherCoach() throws Exception {
    MockHttpServletResponse refused = openByApi(coach, othersClient.id().value(), null);

    assertThat(refused.getStatus()).isEqualTo(404);
    assertThat(coachOf(othersClient)).isEqualTo(otherCoach.id());
    assertThat(coaching.visibleTo(CurrentUser.of(othersClient))).isEmpty();
    assertThat(coaching.visibleTo(CurrentUser.of(coach))).isEmpty();
  }

  @Test
  void theRefusalIsTheSameAsForNobodyAndNamesNobody() throws Exception {
    String notTheirs = openByApi(coach, uncoached.id().value(), null).getContentAsString();
    String nobody = openByApi(coach, UUID.randomUUID(), null).getContentAsString();
    String anotherCoachs = openByApi(coach, othersClient.id().value(), null).getContentAsString();

    assertThat(notTheirs).isEqualTo(nobody).isEqualTo(anotherCoachs);
    for (String body : List.of(notTheirs, nobody)) {
      assertThat(body)
          .doesNotContain(uncoached.name())
          .doesNotContain(elsewhere.name())
          .doesNotContain(othersClient.name())
          .doesNotContain(otherCoach.name());
    }
  }

  @Test
  void theFormRefusesAnotherCoachsExecutiveAsAMistakeThatKeepsTheInputAndNamesNobody()
      throws Exception {
    Cookie session = SignInSupport.signIn(mvc, coach);
    for (UUID executive : List.of(uncoached.id().value(), UUID.randomUUID())) {
      MockHttpServletResponse page =
          mvc.perform(
                  post("/engagements")
                      .cookie(session)
                      .with(csrf())
                      .param("executive", executive.toString())
                      .param("sponsors", foreignSponsor.id().toString())
                      .param("startsOn", LocalDate.now().toString())
                      .param("endsOn", LocalDate.now().plusMonths(7).toString()))
              .andReturn()
              .getResponse();
      assertThat(page.getStatus()).isEqualTo(200);
      String html = page.getContentAsString();
      assertThat(html).contains("Choose one of your clients.");
      assertThat(html).contains("value=\"" + LocalDate.now().plusMonths(7) + "\"");
      assertThat(html)
          .doesNotContain(uncoached.name())
          .doesNotContain(elsewhere.name())
          .doesNotContain(foreignSponsor.name());
    }
    assertThat(coachOf(uncoached)).isNull();
  }

  @Test
  void aCoachStillOpensForTheirOwnClientAndASponsorOfAnotherOrganisationIsRefusedWithoutItsName()
      throws Exception {
    MockHttpServletResponse foreign =
        openByApi(coach, client.id().value(), foreignSponsor.id().value());
    assertThat(foreign.getStatus()).isEqualTo(400);
    assertThat(foreign.getContentAsString())
        .contains("sponsors of the executive's organisation")
        .doesNotContain(elsewhere.name())
        .doesNotContain(foreignSponsor.name());

    MockHttpServletResponse opened = openByApi(coach, client.id().value(), null);
    assertThat(opened.getStatus()).isEqualTo(201);
    assertThat(coachOf(client)).isEqualTo(coach.id());
  }

  @Test
  void aFirmAdminAssignsTheCoachOfAnExecutiveWithoutOneButOpensNoEngagementWithAnotherCoach()
      throws Exception {
    UUID opened =
        coaching.open(
            CurrentUser.of(admin),
            new Coaching.Opening(
                uncoached.id(),
                coach.id(),
                List.of(),
                LocalDate.now(),
                LocalDate.now().plusMonths(6),
                false));
    assertThat(opened).isNotNull();
    assertThat(coachOf(uncoached)).isEqualTo(coach.id());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                coaching.open(
                    CurrentUser.of(admin),
                    new Coaching.Opening(
                        othersClient.id(),
                        coach.id(),
                        List.of(),
                        LocalDate.now(),
                        LocalDate.now().plusMonths(6),
                        false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("coach: ")
        .hasMessageContaining(otherCoach.name());
    assertThat(coachOf(othersClient)).isEqualTo(otherCoach.id());
  }

  @Test
  void aCoachReachesNoPartOfAnotherCoachsEngagement() throws Exception {
    UUID theirs =
        coaching.open(
            CurrentUser.of(otherCoach),
            new Coaching.Opening(
                othersClient.id(),
                null,
                List.of(),
                LocalDate.now(),
                LocalDate.now().plusMonths(6),
                false));
    coaching.acceptAgreement(CurrentUser.of(othersClient), theirs);
    String token = fixtures.token(coach);
    for (String url :
        List.of(
            "/api/v1/engagements/" + theirs,
            "/api/v1/engagements/" + theirs + "/sessions",
            "/api/v1/engagements/" + theirs + "/goal-links")) {
      assertThat(
              mvc.perform(get(url).header("Authorization", "Bearer " + token))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(url)
          .isEqualTo(404);
    }
    int goal =
        mvc.perform(
                post("/api/v1/engagements/" + theirs + "/goals")
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"title\": \"Listen\", \"levels\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(goal).isEqualTo(404);
    Cookie session = SignInSupport.signIn(mvc, coach);
    assertThat(status(session, "/engagements/" + theirs)).isEqualTo(404);
    assertThat(status(session, "/engagements/" + theirs + "/survey")).isEqualTo(404);
  }
}

package app.velocity.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * The engagement form lists only the sponsors of the chosen executive's organisation and the server
 * refuses any other; marking an action with a status that does not exist is a mistake to explain,
 * not a server error.
 */
@IntegrationTest
class EngagementFormsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;

  PersonView admin, exec, coach, sponsor, otherExec, otherSponsor;

  @BeforeEach
  void twoOrganisationsWithSponsors() {
    OrganisationView org = fixtures.organisation();
    OrganisationView other = fixtures.organisation();
    admin = fixtures.admin();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    otherExec = fixtures.person(Role.EXECUTIVE, other);
    otherSponsor = fixtures.person(Role.SPONSOR, other);
  }

  private String page(PersonView who, String url) throws Exception {
    return mvc.perform(get(url).cookie(SignInSupport.signIn(mvc, who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theFormListsOnlyTheSponsorsOfTheChosenExecutivesOrganisation() throws Exception {
    String none = page(admin, "/engagements/new");
    assertThat(none).contains("Choose the executive first");
    assertThat(none).doesNotContain(sponsor.name()).doesNotContain(otherSponsor.name());

    String chosen = page(admin, "/engagements/new?executive=" + exec.id());
    assertThat(chosen).contains(sponsor.name()).doesNotContain(otherSponsor.name());
    String theOther = page(admin, "/engagements/new?executive=" + otherExec.id());
    assertThat(theOther).contains(otherSponsor.name()).doesNotContain(sponsor.name());

    // A coach chooses among their own clients only, and so never sees another firm's sponsors.
    String coachForm = page(coach, "/engagements/new?executive=" + otherExec.id());
    assertThat(coachForm).doesNotContain(otherSponsor.name()).doesNotContain(sponsor.name());
    assertThat(page(coach, "/engagements/new?executive=" + exec.id())).contains(sponsor.name());
    assertThat(page(admin, "/engagements/new?executive=not-an-id"))
        .contains("Choose the executive first");
  }

  @Test
  void theServerRefusesASponsorOfAnotherOrganisationAndKeepsTheInput() throws Exception {
    Cookie session = SignInSupport.signIn(mvc, admin);
    String startsOn = LocalDate.now().toString();
    MockHttpServletResponse refused =
        mvc.perform(
                post("/engagements")
                    .cookie(session)
                    .with(csrf())
                    .param("executive", exec.id().toString())
                    .param("coach", coach.id().toString())
                    .param("sponsors", sponsor.id().toString(), otherSponsor.id().toString())
                    .param("startsOn", startsOn)
                    .param("endsOn", LocalDate.now().plusMonths(9).toString()))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    String html = refused.getContentAsString();
    assertThat(html).contains("Choose sponsors of ").contains("one of those chosen is not");
    assertThat(html).contains("value=\"" + LocalDate.now().plusMonths(9) + "\"");
    assertThat(html).containsPattern("value=\"" + sponsor.id() + "\"\\s+checked");
    assertThat(html).doesNotContain(otherSponsor.name());
    assertThat(coaching.visibleTo(CurrentUser.of(exec))).isEmpty();

    var api =
        mvc.perform(
                post("/api/v1/engagements")
                    .header("Authorization", "Bearer " + fixtures.token(admin))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"executive": "%s", "coach": "%s", "sponsors": ["%s"],
                         "startsOn": "%s", "endsOn": "%s"}"""
                            .formatted(
                                exec.id(),
                                coach.id(),
                                otherSponsor.id(),
                                startsOn,
                                LocalDate.now().plusMonths(9))))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(api.getContentAsString(), "$.field")).isEqualTo("sponsors");
  }

  @Test
  void anUnknownActionStatusIsAClearMistakeOnThePageAndInTheApi() throws Exception {
    UUID engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(), null, List.of(), LocalDate.now(), LocalDate.now().plusMonths(6), false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    UUID action = coaching.commitAction(CurrentUser.of(exec), engagement, "Call Ben", null);
    Cookie session = SignInSupport.signIn(mvc, exec);
    String url = "/engagements/" + engagement + "/actions/" + action;

    for (String status : new String[] {"FINISHED", ""}) {
      MvcResult result =
          mvc.perform(post(url).cookie(session).with(csrf()).param("status", status)).andReturn();
      assertThat(result.getResponse().getStatus()).isEqualTo(302);
      assertThat(result.getFlashMap().get("error")).isEqualTo("Choose open, done or dropped.");
    }
    MvcResult missing = mvc.perform(post(url).cookie(session).with(csrf())).andReturn();
    assertThat(missing.getResponse().getStatus()).isEqualTo(302);
    assertThat(missing.getFlashMap().get("error")).isEqualTo("Choose open, done or dropped.");
    assertThat(coaching.view(CurrentUser.of(exec), engagement).actions().get(0).status())
        .isEqualTo("open");

    var api =
        mvc.perform(
                put("/api/v1/engagements/" + engagement + "/actions/" + action + "/status")
                    .header("Authorization", "Bearer " + fixtures.token(exec))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"status\": \"finished\"}"))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(api.getContentAsString(), "$.field")).isEqualTo("status");

    mvc.perform(post(url).cookie(session).with(csrf()).param("status", "done"));
    assertThat(coaching.view(CurrentUser.of(exec), engagement).actions().get(0).status())
        .isEqualTo("done");
  }
}

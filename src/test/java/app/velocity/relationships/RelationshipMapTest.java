package app.velocity.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.audit.AuditLog;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The relationship map as its owner uses it: add, validate, change, remove, share with coach. */
@IntegrationTest
@Tag("smoke")
class RelationshipMapTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired RelationshipMaps maps;
  @Autowired ProfileSharing sharing;
  @Autowired AuditLog audit;

  OrganisationView org;
  PersonView executive;
  PersonView priya;
  Cookie session;

  @BeforeEach
  void anExecutiveWithAColleague() throws Exception {
    org = fixtures.organisation();
    executive = fixtures.person(Role.EXECUTIVE, org);
    priya = fixtures.person(Role.COLLEAGUE, org);
    session = SignInSupport.signIn(mvc, executive);
  }

  private MockHttpServletResponse postAdd(String... params) throws Exception {
    var request = post("/map/entries").cookie(session).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private String map() throws Exception {
    return mvc.perform(get("/map").cookie(session)).andReturn().getResponse().getContentAsString();
  }

  @Test
  void addsAColleagueFromTheDirectoryAndShowsThemAsUnknown() throws Exception {
    var response =
        postAdd(
            "person", priya.id().toString(),
            "importance", "5",
            "frequency", "MONTHLY",
            "ease", "2",
            "effectiveness", "3",
            "notes", "Quarterly planning");
    assertThat(response.getRedirectedUrl()).isEqualTo("/map");
    String html = map();
    assertThat(html).contains(priya.name()).contains("Quarterly planning").contains("Unknown");
    assertThat(html).contains("id=\"unknown-list\"");
    assertThat(maps.entries(executive.id())).hasSize(1);
    assertThat(maps.entries(executive.id()).get(0).frequency()).isEqualTo(Frequency.MONTHLY);
  }

  @Test
  void aMistakeGoesBackWithTheInputKeptAndTheMessageNextToTheField() throws Exception {
    var response =
        postAdd(
            "person", priya.id().toString(),
            "importance", "9",
            "frequency", "WEEKLY",
            "ease", "2",
            "effectiveness", "3",
            "notes", "keep me");
    assertThat(response.getStatus()).isEqualTo(200);
    String html = response.getContentAsString();
    assertThat(html).contains("id=\"importance-error\"").contains("Choose a rating from 1 to 5");
    assertThat(html).contains(">keep me</textarea>");
    assertThat(html).containsPattern("value=\"" + priya.id() + "\" selected");
    assertThat(maps.entries(executive.id())).isEmpty();
  }

  @Test
  void addsANewColleagueByNameAndEmailToTheOrganisation() throws Exception {
    String email = Fixtures.unique("new") + "@example.test";
    postAdd(
        "newName", "Nia Brooks",
        "newEmail", email,
        "importance", "4",
        "frequency", "WEEKLY",
        "ease", "4",
        "effectiveness", "4");
    PersonView nia = fixtures.directory().personByEmail(email).orElseThrow();
    assertThat(nia.role()).isEqualTo(Role.COLLEAGUE);
    assertThat(nia.organisation()).isEqualTo(org.id());
    assertThat(map()).contains("Nia Brooks");

    var again =
        postAdd(
            "newName", "Someone",
            "newEmail", email,
            "importance", "4",
            "frequency", "WEEKLY",
            "ease", "4",
            "effectiveness", "4");
    assertThat(again.getContentAsString()).contains("id=\"newEmail-error\"").contains(email);
  }

  @Test
  void someoneOfAnotherOrganisationCannotBeAdded() throws Exception {
    PersonView stranger = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    var response =
        postAdd(
            "person", stranger.id().toString(),
            "importance", "4",
            "frequency", "WEEKLY",
            "ease", "4",
            "effectiveness", "4");
    assertThat(response.getContentAsString()).contains("id=\"person-error\"");
    assertThat(maps.entries(executive.id())).isEmpty();
  }

  @Test
  void changesAndRemovesAnEntry() throws Exception {
    postAdd(
        "person", priya.id().toString(),
        "importance", "3",
        "frequency", "WEEKLY",
        "ease", "3",
        "effectiveness", "3");
    String path = "/map/" + priya.id();
    assertThat(
            mvc.perform(get(path + "/edit").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(priya.name());
    mvc.perform(
        post(path)
            .cookie(session)
            .with(csrf())
            .param("importance", "5")
            .param("frequency", "DAILY")
            .param("ease", "1")
            .param("effectiveness", "2"));
    assertThat(maps.entries(executive.id()).get(0).importance()).isEqualTo(5);
    assertThat(maps.entries(executive.id()).get(0).frequency()).isEqualTo(Frequency.DAILY);
    mvc.perform(post(path + "/remove").cookie(session).with(csrf()));
    assertThat(maps.entries(executive.id())).isEmpty();
  }

  @Test
  void drawsSharedResultsSolidEstimatesHollowAndListsWhatNeedsAttention() throws Exception {
    fixtures.profile(executive, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    PersonView omar = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(priya, new int[] {6, 2, 2}, new int[] {6, 2, 2});
    sharing.share(priya.id(), executive.id());
    CurrentUser me = CurrentUser.of(executive);
    maps.add(me, new MapEntry(priya.id(), 5, Frequency.RARELY, 1, 2, ""), null);
    maps.add(me, new MapEntry(omar.id(), 2, Frequency.DAILY, 5, 5, ""), null);
    EstimatesTestData.estimate(mvc, session, omar, "PROCESS");

    String html = map();
    assertThat(html).contains("r=\"6\" fill=\"#222222\""); // solid: you and Priya
    assertThat(html.split("r=\"6\" fill=\"#222222\"", -1)).hasSize(3);
    assertThat(html.split("r=\"6\" fill=\"#ffffff\"", -1)).hasSize(2); // hollow: Omar
    assertThat(html).contains("Veering away").contains("you may be veering away");
    assertThat(html.indexOf("Veering away")).isLessThan(html.indexOf("Steady"));
  }

  @Test
  void eachViewOfTheMapAuditsOneLinePerSharedResultShownAndNoneForTheRest() throws Exception {
    PersonView omar = fixtures.person(Role.COLLEAGUE, org);
    PersonView lena = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(priya, new int[] {6, 2, 2}, new int[] {6, 2, 2});
    fixtures.profile(omar, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    fixtures.profile(lena, new int[] {2, 2, 6}, new int[] {2, 2, 6});
    sharing.share(priya.id(), executive.id());
    sharing.share(omar.id(), executive.id());
    CurrentUser me = CurrentUser.of(executive);
    for (PersonView p : List.of(priya, omar, lena)) {
      maps.add(me, new MapEntry(p.id(), 3, Frequency.WEEKLY, 3, 3, ""), null);
    }

    map();
    map();

    for (PersonView p : List.of(priya, omar)) {
      assertThat(audit.about(p.id(), 10))
          .as(p.name() + " sees each read of her result")
          .hasSize(2)
          .allSatisfy(
              e -> {
                assertThat(e.actor()).isEqualTo(executive.id());
                assertThat(e.action()).isEqualTo("profile.read");
                assertThat(e.detail()).isEqualTo("relationship map");
              });
    }
    assertThat(audit.about(lena.id(), 10)).as("not shared, not shown, not read").isEmpty();
    assertThat(audit.about(executive.id(), 10)).as("the owner's own result").isEmpty();
  }

  @Test
  void theCoachReadsTheMapOnlyOnceItIsShared() throws Exception {
    PersonView coach = fixtures.coachOf(executive);
    maps.add(
        CurrentUser.of(executive), new MapEntry(priya.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
    Cookie coachSession = SignInSupport.signIn(mvc, coach);
    String path = "/map/of/" + executive.id();
    assertThat(mvc.perform(get(path).cookie(coachSession)).andReturn().getResponse().getStatus())
        .isEqualTo(404);

    mvc.perform(post("/map/sharing").cookie(session).with(csrf()).param("share", "true"));
    var shown = mvc.perform(get(path).cookie(coachSession)).andReturn().getResponse();
    assertThat(shown.getStatus()).isEqualTo(200);
    assertThat(shown.getContentAsString()).contains(priya.name()).doesNotContain("/remove");
    assertThat(map()).contains("You and your coach " + coach.name());
    assertThat(
            mvc.perform(get("/maps").cookie(coachSession))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(executive.name());

    PersonView otherCoach = fixtures.person(Role.COACH, null);
    Cookie other = SignInSupport.signIn(mvc, otherCoach);
    assertThat(mvc.perform(get(path).cookie(other)).andReturn().getResponse().getStatus())
        .isEqualTo(404);

    mvc.perform(post("/map/sharing").cookie(session).with(csrf()).param("share", "false"));
    assertThat(mvc.perform(get(path).cookie(coachSession)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
  }
}

package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON API end to end, and who may reach an executive's delegation: nobody but him. Other
 * executives (same or other organisation) get 404; colleagues, sponsors and his coach get 403.
 */
@IntegrationTest
class DelegationApiAndAccessTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired app.velocity.relationships.RelationshipMaps maps;
  @Autowired DelegationAdvisor advisor;

  DelegationWorld world;
  String token;

  @BeforeEach
  void world() {
    world = new DelegationWorld(fixtures, sharing, maps);
    token = fixtures.token(world.exec);
  }

  private MockHttpServletResponse api(String method, String path, String token, String body)
      throws Exception {
    var request =
        "GET".equals(method)
            ? get(path)
            : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    return mvc.perform(request.header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }

  @Test
  void createReadChooseRateAndMeasureThroughTheApi() throws Exception {
    var created =
        api(
            "POST",
            "/api/v1/work",
            token,
            """
            {"title": "Reconcile the fuel cards", "criticality": "CRITICAL",
             "demand": {"PEOPLE": 15, "PERFORMANCE": 15, "PROCESS": 70},
             "skills": "spreadsheets", "dueOn": "2027-01-31"}""");
    assertThat(created.getStatus()).isEqualTo(201);
    String json = created.getContentAsString();
    String id = JsonPath.read(json, "$.id");
    assertThat(created.getHeader("Location")).isEqualTo("/api/v1/work/" + id);
    List<String> names = JsonPath.read(json, "$.candidates[*].name");
    assertThat(names).hasSize(5).first().isEqualTo(world.process.name());
    assertThat((String) JsonPath.read(json, "$.candidates[0].reason")).contains("Process");
    assertThat(names).doesNotContain(world.unshared.name(), world.outsider.name());

    var listed = api("GET", "/api/v1/work", token, null);
    assertThat((List<String>) JsonPath.read(listed.getContentAsString(), "$[*].id"))
        .containsExactly(id);

    var chose =
        api(
            "POST",
            "/api/v1/work/" + id + "/choice",
            token,
            "{\"chosen\": \"" + world.process.id() + "\", \"why\": \"Best fit\"}");
    assertThat(chose.getStatus()).isEqualTo(200);
    assertThat((String) JsonPath.read(chose.getContentAsString(), "$.decision.chosenName"))
        .isEqualTo(world.process.name());
    List<Boolean> considered =
        JsonPath.read(chose.getContentAsString(), "$.candidates[*].considered");
    assertThat(considered).containsOnly(true);

    var again =
        api(
            "POST",
            "/api/v1/work/" + id + "/choice",
            token,
            "{\"chosen\": \"" + world.people.id() + "\", \"why\": \"x\"}");
    assertThat(again.getStatus()).isEqualTo(409);

    var rated =
        api("POST", "/api/v1/work/" + id + "/outcome", token, "{\"rating\": 5, \"note\": \"ok\"}");
    assertThat((Integer) JsonPath.read(rated.getContentAsString(), "$.outcome.rating"))
        .isEqualTo(5);

    var pattern = api("GET", "/api/v1/delegation/pattern?scope=critical", token, null);
    String p = pattern.getContentAsString();
    assertThat((Integer) JsonPath.read(p, "$.recorded")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(p, "$.moreNeeded")).isEqualTo(9);
    assertThat((Object) JsonPath.read(p, "$.result")).isNull();

    world.history(advisor, 12, true);
    String full = api("GET", "/api/v1/delegation/pattern", token, null).getContentAsString();
    assertThat((Integer) JsonPath.read(full, "$.result.decisions")).isEqualTo(13);
    assertThat((Object) JsonPath.read(full, "$.result.oddsRatio.estimate")).isNotNull();
    assertThat((Object) JsonPath.read(full, "$.result.pValue")).isNotNull();
  }

  @Test
  void badInputNamesTheField() throws Exception {
    var sum =
        api(
            "POST",
            "/api/v1/work",
            token,
            """
            {"title": "x", "criticality": "CRITICAL",
             "demand": {"PEOPLE": 50, "PERFORMANCE": 15, "PROCESS": 70}}""");
    assertThat(sum.getStatus()).isEqualTo(400);
    assertThat((String) JsonPath.read(sum.getContentAsString(), "$.field")).isEqualTo("demand");
    var rounded =
        api(
            "POST",
            "/api/v1/work",
            token,
            """
            {"title": "x", "criticality": "CRITICAL",
             "demand": {"PEOPLE": 33, "PERFORMANCE": 33, "PROCESS": 33}}""");
    assertThat(rounded.getStatus()).isEqualTo(201);
    assertThat((Boolean) JsonPath.read(rounded.getContentAsString(), "$.normalised")).isTrue();
    assertThat((Double) JsonPath.read(rounded.getContentAsString(), "$.demand.PEOPLE"))
        .isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    String roundedId = JsonPath.read(rounded.getContentAsString(), "$.id");
    // said only in the answer to recording it: the work itself is the rescaled work
    assertThat(api("GET", "/api/v1/work/" + roundedId, token, null).getContentAsString())
        .doesNotContain("normalised");
    var criticality =
        api(
            "POST",
            "/api/v1/work",
            token,
            """
            {"title": "x", "criticality": "URGENT",
             "demand": {"PEOPLE": 15, "PERFORMANCE": 15, "PROCESS": 70}}""");
    assertThat((String) JsonPath.read(criticality.getContentAsString(), "$.field"))
        .isEqualTo("criticality");
    UUID id = world.openCritical(advisor);
    var outsider =
        api(
            "POST",
            "/api/v1/work/" + id + "/choice",
            token,
            "{\"chosen\": \"" + world.outsider.id() + "\", \"why\": \"x\"}");
    assertThat(outsider.getStatus()).isEqualTo(400);
    assertThat((String) JsonPath.read(outsider.getContentAsString(), "$.field"))
        .isEqualTo("chosen");
    assertThat(api("GET", "/api/v1/delegation/pattern?scope=x", token, null).getStatus())
        .isEqualTo(400);
  }

  @Test
  void anotherExecutivesWorkIsNotFoundOnPagesAndInTheApi() throws Exception {
    UUID id = world.openCritical(advisor);
    PersonView sameOrg = fixtures.person(Role.EXECUTIVE, world.org);
    PersonView otherOrg = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    for (PersonView other : List.of(sameOrg, otherOrg)) {
      var session = SignInSupport.signIn(mvc, other);
      assertThat(
              mvc.perform(get("/delegation/" + id).cookie(session))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(404);
      assertThat(
              mvc.perform(
                      post("/delegation/" + id + "/choice")
                          .cookie(session)
                          .with(csrf())
                          .param("chosen", world.process.id().toString())
                          .param("why", "mine now"))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(404);
      String theirToken = fixtures.token(other);
      assertThat(api("GET", "/api/v1/work/" + id, theirToken, null).getStatus()).isEqualTo(404);
      assertThat(
              api("POST", "/api/v1/work/" + id + "/outcome", theirToken, "{\"rating\": 1}")
                  .getStatus())
          .isEqualTo(404);
      assertThat(api("GET", "/api/v1/work", theirToken, null).getContentAsString()).isEqualTo("[]");
      String page =
          mvc.perform(get("/delegation").cookie(session))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).doesNotContain("Open work");
    }
    assertThat(advisor.advise(world.me(), id).work().decided()).isFalse();
  }

  @Test
  void colleaguesSponsorsAndTheCoachHaveNoWayIn() throws Exception {
    UUID id = world.openCritical(advisor);
    PersonView sponsor = fixtures.person(Role.SPONSOR, world.org);
    PersonView coach = fixtures.coachOf(world.exec);
    for (PersonView who : List.of(world.process, sponsor, coach)) {
      var session = SignInSupport.signIn(mvc, who);
      for (String path : List.of("/delegation", "/delegation/" + id, "/delegation/pattern")) {
        int status = mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
        assertThat(status).as(who.role() + " " + path).isIn(403, 404);
      }
      String theirToken = fixtures.token(who);
      assertThat(api("GET", "/api/v1/work/" + id, theirToken, null).getStatus()).isIn(403, 404);
      assertThat(api("GET", "/api/v1/delegation/pattern", theirToken, null).getStatus())
          .isIn(403, 404);
      String home =
          mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();
      assertThat(home).doesNotContain("href=\"/delegation\"");
    }
  }
}

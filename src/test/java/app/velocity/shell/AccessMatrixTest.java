package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The role matrix of docs/design.md §1 and tenant isolation: what each role of organisation A may
 * reach, and that nothing of organisation B reaches a user of organisation A, on pages and in the
 * API.
 */
@IntegrationTest
class AccessMatrixTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  OrganisationView a;
  OrganisationView b;
  Map<String, PersonView> people = new LinkedHashMap<>();
  Map<String, String> tokens = new LinkedHashMap<>();
  Map<String, Cookie> sessions = new LinkedHashMap<>();

  @BeforeEach
  void twoOrganisationsWithEveryRole() throws Exception {
    a = fixtures.organisation();
    b = fixtures.organisation();
    people.put("admin", fixtures.admin());
    people.put("execA", fixtures.person(Role.EXECUTIVE, a));
    people.put("coachA", fixtures.coachOf(people.get("execA")));
    people.put("colleagueA", fixtures.person(Role.COLLEAGUE, a));
    people.put("sponsorA", fixtures.person(Role.SPONSOR, a));
    people.put("execB", fixtures.person(Role.EXECUTIVE, b));
    for (var entry : people.entrySet()) {
      tokens.put(entry.getKey(), fixtures.token(entry.getValue()));
      sessions.put(entry.getKey(), SignInSupport.signIn(mvc, entry.getValue()));
    }
  }

  private int page(String who, String path) throws Exception {
    return mvc.perform(get(path).cookie(sessions.get(who))).andReturn().getResponse().getStatus();
  }

  private int api(String who, String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + tokens.get(who)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private String apiBody(String who, String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + tokens.get(who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void adminPagesAreForFirmAdminsOnly() throws Exception {
    List<String> adminPages =
        List.of(
            "/admin/organisations",
            "/admin/coaches",
            "/admin/outbox",
            "/admin/organisations/" + a.id(),
            "/admin/people/" + people.get("execB").id(),
            "/actuator/prometheus");
    for (String path : adminPages) {
      for (String who : people.keySet()) {
        assertThat(page(who, path))
            .as("%s opening %s", who, path)
            .isEqualTo(who.equals("admin") ? 200 : 403);
      }
    }
  }

  @Test
  void aCoachSeesOnlyTheirOwnClients() throws Exception {
    String clients =
        mvc.perform(get("/clients").cookie(sessions.get("coachA")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(clients)
        .contains(people.get("execA").name())
        .doesNotContain(people.get("execB").name());
    for (String who : List.of("admin", "execA", "colleagueA", "sponsorA", "execB")) {
      assertThat(page(who, "/clients")).as(who).isEqualTo(403);
    }
  }

  @Test
  void everyoneHasAHomeAndAnAccountPage() throws Exception {
    for (String who : people.keySet()) {
      assertThat(page(who, "/")).as(who).isEqualTo(200);
      assertThat(page(who, "/account/tokens")).as(who).isEqualTo(200);
    }
  }

  @Test
  void theApiListsOnlyTheOrganisationsEachRoleMaySee() throws Exception {
    Map<String, List<String>> expected =
        Map.of(
            "admin", List.of(a.name(), b.name()),
            "coachA", List.of(a.name()),
            "execA", List.of(a.name()),
            "sponsorA", List.of(a.name()),
            "colleagueA", List.of(),
            "execB", List.of(b.name()));
    for (var entry : expected.entrySet()) {
      List<String> names =
          JsonPath.read(apiBody(entry.getKey(), "/api/v1/organisations"), "$[*].name");
      if (entry.getKey().equals("admin")) {
        assertThat(names).as(entry.getKey()).containsAll(entry.getValue());
      } else {
        assertThat(names).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(entry.getValue());
      }
    }
  }

  @Test
  void nothingOfOrganisationBReachesAUserOfOrganisationA() throws Exception {
    String orgB = "/api/v1/organisations/" + b.id();
    String execB = "/api/v1/people/" + people.get("execB").id();
    for (String who : List.of("execA", "coachA", "colleagueA", "sponsorA")) {
      assertThat(api(who, orgB)).as(who).isEqualTo(404);
      assertThat(api(who, orgB + "/people")).as(who).isEqualTo(404);
      assertThat(api(who, execB)).as(who).isEqualTo(404);
      assertThat(apiBody(who, "/api/v1/organisations")).doesNotContain(b.id().toString());
    }
    assertThat(api("execB", orgB)).isEqualTo(200);
    assertThat(api("admin", execB)).isEqualTo(200);
  }

  @Test
  void clientPeopleSeeOnlyWhatTheirRoleAllows() throws Exception {
    String peopleOfA = "/api/v1/organisations/" + a.id() + "/people";
    List<String> seenByExec = JsonPath.read(apiBody("execA", peopleOfA), "$[*].email");
    assertThat(seenByExec)
        .contains(people.get("colleagueA").email(), people.get("sponsorA").email());
    List<String> seenBySponsor = JsonPath.read(apiBody("sponsorA", peopleOfA), "$[*].email");
    assertThat(seenBySponsor).containsExactly(people.get("sponsorA").email());
    assertThat(api("colleagueA", peopleOfA)).isEqualTo(404);
    assertThat(api("colleagueA", "/api/v1/people/" + people.get("execA").id())).isEqualTo(404);
    assertThat(api("coachA", "/api/v1/people/" + people.get("execA").id())).isEqualTo(200);
    assertThat(api("coachA", "/api/v1/people/" + people.get("colleagueA").id())).isEqualTo(404);
  }

  @Test
  void delegationBelongsToExecutivesAlone() throws Exception {
    for (String who : people.keySet()) {
      int expected = who.startsWith("exec") ? 200 : 403;
      for (String path : List.of("/delegation", "/delegation/new", "/delegation/pattern")) {
        assertThat(page(who, path)).as("%s opening %s", who, path).isEqualTo(expected);
      }
      for (String path : List.of("/api/v1/work", "/api/v1/delegation/pattern")) {
        assertThat(api(who, path)).as("%s calling %s", who, path).isEqualTo(expected);
      }
    }
  }

  @Test
  void onlyFirmAdminsAddOrganisationsAndPeopleThroughTheApi() throws Exception {
    for (String who : people.keySet()) {
      int status =
          mvc.perform(
                  post("/api/v1/organisations")
                      .header("Authorization", "Bearer " + tokens.get(who))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"name\": \"" + Fixtures.unique("Api org") + "\"}"))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as(who).isEqualTo(who.equals("admin") ? 201 : 403);
    }
  }
}

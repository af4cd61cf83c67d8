package app.velocity.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.inventory.ProfileSharing;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The relationships API: map entries, estimates, playbooks and teams, with problem details. */
@IntegrationTest
class RelationshipsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;

  OrganisationView org;
  PersonView executive;
  PersonView priya;
  String token;

  @BeforeEach
  void anExecutive() {
    org = fixtures.organisation();
    executive = fixtures.person(Role.EXECUTIVE, org);
    priya = fixtures.person(Role.COLLEAGUE, org);
    token = fixtures.token(executive);
  }

  private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.header("Authorization", "Bearer " + token);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  @Test
  void addsChangesListsAndRemovesEntries() throws Exception {
    var added =
        call(
            post("/api/v1/map/entries"),
            "{\"person\":\"%s\",\"importance\":5,\"frequency\":\"MONTHLY\",\"ease\":2,\"effectiveness\":2,\"notes\":\"n\"}"
                .formatted(priya.id()));
    assertThat(added.getStatus()).isEqualTo(201);
    assertThat((String) JsonPath.read(added.getContentAsString(), "$.name"))
        .isEqualTo(priya.name());

    var bad =
        call(
            put("/api/v1/map/entries/" + priya.id()),
            "{\"importance\":5,\"frequency\":\"HOURLY\",\"ease\":2,\"effectiveness\":2}");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat((String) JsonPath.read(bad.getContentAsString(), "$.field")).isEqualTo("frequency");

    var changed =
        call(
            put("/api/v1/map/entries/" + priya.id()),
            "{\"importance\":3,\"frequency\":\"DAILY\",\"ease\":4,\"effectiveness\":4}");
    assertThat((Integer) JsonPath.read(changed.getContentAsString(), "$.importance")).isEqualTo(3);

    var map = call(get("/api/v1/map"), null).getContentAsString();
    assertThat((List<?>) JsonPath.read(map, "$.entries")).hasSize(1);
    assertThat((String) JsonPath.read(map, "$.visibility")).isEqualTo("Only you");

    assertThat(call(delete("/api/v1/map/entries/" + priya.id()), null).getStatus()).isEqualTo(204);
    assertThat(call(delete("/api/v1/map/entries/" + priya.id()), null).getStatus()).isEqualTo(404);
  }

  @Test
  void estimatesAColleagueAndGivesThePlaybookWithTheLowerConfidenceStated() throws Exception {
    fixtures.profile(executive, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    call(
        post("/api/v1/map/entries"),
        "{\"person\":\"%s\",\"importance\":4,\"frequency\":\"WEEKLY\",\"ease\":3,\"effectiveness\":3}"
            .formatted(priya.id()));
    var questionnaire = call(get("/api/v1/estimates/questionnaire"), null).getContentAsString();
    List<String> ids = JsonPath.read(questionnaire, "$.questions[*].id");
    StringBuilder answers = new StringBuilder();
    for (String id : ids) {
      answers.append(answers.isEmpty() ? "" : ",").append("\"").append(id).append("\":\"PROCESS\"");
    }
    var tooFew =
        call(
            post("/api/v1/estimates"),
            "{\"subject\":\"%s\",\"knownFor\":\"ONE_TO_THREE_YEARS\",\"closeness\":\"WEEKLY\",\"settings\":[],\"answers\":{%s}}"
                .formatted(priya.id(), answers));
    assertThat(tooFew.getStatus()).isEqualTo(400);
    assertThat((String) JsonPath.read(tooFew.getContentAsString(), "$.field"))
        .isEqualTo("settings");

    var saved =
        call(
            post("/api/v1/estimates"),
            "{\"subject\":\"%s\",\"knownFor\":\"ONE_TO_THREE_YEARS\",\"closeness\":\"WEEKLY\",\"settings\":[\"ROUTINE_WORK\"],\"answers\":{%s}}"
                .formatted(priya.id(), answers));
    assertThat(saved.getStatus()).isEqualTo(201);
    double confidence = JsonPath.read(saved.getContentAsString(), "$.confidence");
    // 0.85 × T 0.9 × K 0.9 × A 1.0 × S 0.75
    assertThat(confidence).isCloseTo(0.85 * 0.9 * 0.9 * 0.75, within(0.006));

    var playbook =
        call(get("/api/v1/map/entries/" + priya.id() + "/playbook"), null).getContentAsString();
    assertThat((String) JsonPath.read(playbook, "$.colleague.source")).isEqualTo("ESTIMATE");
    assertThat((String) JsonPath.read(playbook, "$.basis")).contains("% confidence");
    List<String> keys = JsonPath.read(playbook, "$.sections[*].key");
    assertThat(keys)
        .contains("approach", "motivate", "recognise", "delegate", "conflict", "underPressure");

    var own = call(get("/api/v1/estimates"), null).getContentAsString();
    assertThat((List<?>) JsonPath.read(own, "$.estimates")).hasSize(1);
    assertThat((String) JsonPath.read(own, "$.calibration")).contains("nothing to compare");

    // once Priya shares her own result, it wins over the estimate and the estimate is compared
    fixtures.profile(priya, new int[] {2, 2, 6}, new int[] {2, 2, 6});
    sharing.share(priya.id(), executive.id());
    own = call(get("/api/v1/estimates"), null).getContentAsString();
    assertThat((String) JsonPath.read(own, "$.estimates[0].accuracy"))
        .startsWith("Your estimate of " + priya.name());
    assertThat((String) JsonPath.read(own, "$.calibration")).startsWith("Over your last estimate");
    playbook =
        call(get("/api/v1/map/entries/" + priya.id() + "/playbook"), null).getContentAsString();
    assertThat((String) JsonPath.read(playbook, "$.colleague.source")).isEqualTo("SELF");
  }

  @Test
  void buildsATeamAndRefusesATeamOfOne() throws Exception {
    var one =
        call(
            post("/api/v1/teams"),
            "{\"name\":\"Solo\",\"members\":[\"%s\"]}".formatted(priya.id()));
    assertThat(one.getStatus()).isEqualTo(400);
    assertThat((String) JsonPath.read(one.getContentAsString(), "$.field")).isEqualTo("members");
    var made =
        call(
            post("/api/v1/teams"),
            "{\"name\":\"Ops\",\"members\":[\"%s\",\"%s\"]}".formatted(priya.id(), executive.id()));
    assertThat(made.getStatus()).isEqualTo(201);
    assertThat((String) JsonPath.read(made.getContentAsString(), "$.name")).isEqualTo("Ops");
    assertThat(call(get("/api/v1/teams"), null).getContentAsString()).contains("Ops");
  }
}

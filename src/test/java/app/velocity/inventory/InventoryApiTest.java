package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The inventory API with a personal access token. */
@IntegrationTest
class InventoryApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private String token;

  @BeforeEach
  void caller() {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    token = fixtures.token(me);
  }

  private ResultActions postJson(String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static String triple(String people, String performance, String process) {
    return "{\"PEOPLE\": "
        + people
        + ", \"PERFORMANCE\": "
        + performance
        + ", \"PROCESS\": "
        + process
        + "}";
  }

  private ResultActions calculate(String goingWell, String conflict) throws Exception {
    return postJson(
        "/api/v1/profiles/calculate",
        "{\"goingWell\": " + goingWell + ", \"conflict\": " + conflict + "}");
  }

  @Test
  void calculatesTypeLeaningSequenceAndTriangle() throws Exception {
    calculate(triple("20", "60", "20"), triple("10", "20", "70"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("PERFORMANCE"))
        .andExpect(jsonPath("$.leaning").value(false))
        .andExpect(jsonPath("$.conflictSequence[0][0]").value("PROCESS"))
        .andExpect(jsonPath("$.conflictSequence[1][0]").value("PERFORMANCE"))
        .andExpect(jsonPath("$.conflictSequence[2][0]").value("PEOPLE"))
        .andExpect(jsonPath("$.goingWell.PERFORMANCE").value(60.0))
        .andExpect(jsonPath("$.triangle.goingWell.x").value(0.5))
        .andExpect(jsonPath("$.triangle.goingWell.y").value(Matchers.closeTo(0.519615, 1e-6)))
        .andExpect(jsonPath("$.triangle.conflict.x").isNumber())
        .andExpect(jsonPath("$.arrowLength").value(Matchers.closeTo(45.8258, 1e-3)));
  }

  @ParameterizedTest(name = "{0}/{1}/{2} is {3}, leaning {4}")
  @CsvSource({
    // the Flexible hexagon is inclusive at 33⅓ ± 11, and its edge is near a boundary: leaning
    "44.3333333333, 27.83333333335, 27.83333333335, FLEXIBLE, true",
    "44.34, 27.83, 27.83, PEOPLE, true",
    "33.3333333333, 33.3333333333, 33.3333333334, FLEXIBLE, false",
    "50, 25, 25, PEOPLE, false",
    "40, 45, 15, PEOPLE_PERFORMANCE, false",
    "10, 45, 45, PERFORMANCE_PROCESS, false",
    "45, 10, 45, PEOPLE_PROCESS, false",
    "0, 0, 100, PROCESS, false",
    // sums within ±0.01 of 100 are accepted
    "50.005, 25, 25, PEOPLE, false",
    "49.995, 25, 25, PEOPLE, false"
  })
  void placesBoundaryProfilesInTheRightRegion(
      String people, String performance, String process, String type, boolean leaning)
      throws Exception {
    calculate(triple(people, performance, process), triple("34", "33", "33"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value(type))
        .andExpect(jsonPath("$.leaning").value(leaning));
  }

  // the answer gives scores to four decimals
  @ParameterizedTest(name = "{0}/{1}/{2} is rescaled")
  @CsvSource({
    "33, 33, 33",
    "40.1, 30, 30",
    "33.4, 33.3, 33.4",
    // the furthest a sum may lie from 100 and be read as rounding
    "49.25, 24.625, 24.625",
    "50.75, 25.375, 25.375"
  })
  void rescalesScoresRoundedAsReportsWriteThemAndSaysSo(
      double people, double performance, double process) throws Exception {
    double sum = people + performance + process;
    calculate(triple("" + people, "" + performance, "" + process), triple("34", "33", "33"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.normalised").value(true))
        .andExpect(jsonPath("$.goingWell.PEOPLE").value(Matchers.closeTo(people * 100 / sum, 1e-4)))
        .andExpect(
            jsonPath("$.goingWell.PERFORMANCE")
                .value(Matchers.closeTo(performance * 100 / sum, 1e-4)))
        .andExpect(
            jsonPath("$.goingWell.PROCESS").value(Matchers.closeTo(process * 100 / sum, 1e-4)));
  }

  @Test
  void saysNothingWasRescaledWhenTheScoresSumTo100() throws Exception {
    calculate(triple("50", "25", "25"), triple("34", "33", "33"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.normalised").value(false))
        .andExpect(jsonPath("$.goingWell.PEOPLE").value(50.0));
  }

  @ParameterizedTest(name = "conflict {0}/{1}/{2} is {3}")
  @CsvSource({
    "40, 35, 25, PEOPLE=PERFORMANCE>PROCESS",
    "40, 34.99, 25.01, PEOPLE>PERFORMANCE>PROCESS",
    "40, 36, 24, PEOPLE=PERFORMANCE>PROCESS",
    "50, 25, 25, PEOPLE>PERFORMANCE=PROCESS",
    "34, 33, 33, PEOPLE=PERFORMANCE=PROCESS",
    "20, 30, 50, PROCESS>PERFORMANCE>PEOPLE"
  })
  void ordersTheConflictSequenceWithTiesWithinFivePoints(
      String people, String performance, String process, String code) throws Exception {
    calculate(triple("34", "33", "33"), triple(people, performance, process))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.conflictSequenceCode").value(code));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"PEOPLE\": 50, \"PERFORMANCE\": 50} | goingWell.PROCESS | missing drive",
        "{\"PEOPLE\": -1, \"PERFORMANCE\": 51, \"PROCESS\": 50} | goingWell.PEOPLE | negative",
        "{\"PEOPLE\": NaN, \"PERFORMANCE\": 50, \"PROCESS\": 50} | goingWell.PEOPLE | NaN",
        "{\"PEOPLE\": Infinity, \"PERFORMANCE\": 0, \"PROCESS\": 0} | goingWell.PEOPLE | infinite",
        "{\"PEOPLE\": \"50\", \"PERFORMANCE\": 25, \"PROCESS\": 25} | goingWell.PEOPLE | string",
        "{\"PEOPLE\": true, \"PERFORMANCE\": 25, \"PROCESS\": 25} | goingWell.PEOPLE | boolean",
        "{\"PEOPLE\": null, \"PERFORMANCE\": 50, \"PROCESS\": 50} | goingWell.PEOPLE | null",
        "{\"PEOPLE\": 150, \"PERFORMANCE\": -25, \"PROCESS\": -25} | goingWell.PEOPLE | over 100",
        "{\"PEOPLE\": 50, \"PERFORMANCE\": 25, \"PROCESS\": 23.4} | goingWell | sum 98.4",
        "{\"PEOPLE\": 51.52, \"PERFORMANCE\": 25, \"PROCESS\": 25} | goingWell | sum 101.52",
        "{\"PEOPLE\": 50, \"PERFORMANCE\": 25, \"PROCESS\": 25, \"X\": 0} | goingWell.X | extra key",
        "[50, 25, 25] | goingWell | array",
        "50 | goingWell | number"
      })
  void refusesAnyOtherGoingWellWithAProblemNamingTheField(
      String goingWell, String field, String why) throws Exception {
    calculate(goingWell, triple("34", "33", "33"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value(Matchers.startsWith(field + ":")));
  }

  @Test
  void refusesMissingExtraAndMalformedTopLevelFields() throws Exception {
    postJson("/api/v1/profiles/calculate", "{\"goingWell\": " + triple("50", "25", "25") + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("conflict"));
    postJson(
            "/api/v1/profiles/calculate",
            "{\"goingWell\": "
                + triple("50", "25", "25")
                + ", \"conflict\": "
                + triple("50", "25", "25")
                + ", \"other\": 1}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("other"));
    calculate(triple("50", "25", "25"), triple("50", "-25", "75"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("conflict.PERFORMANCE"));
    postJson("/api/v1/profiles/calculate", "{not json")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
    postJson("/api/v1/profiles/calculate", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
    postJson(
            "/api/v1/profiles/calculate",
            "{\"goingWell\": "
                + triple("50", "25", "25")
                + ", \"goingWell\": "
                + triple("50", "25", "25")
                + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
  }

  @Test
  void needsAToken() throws Exception {
    mvc.perform(get("/api/v1/inventory")).andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/profiles/calculate")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void servesTheCurrentItemBank() throws Exception {
    mvc.perform(get("/api/v1/inventory").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("v2"))
        .andExpect(jsonPath("$.parts[0].condition").value("GOING_WELL"))
        .andExpect(jsonPath("$.parts[1].condition").value("CONFLICT"))
        .andExpect(jsonPath("$.parts[0].items.length()").value(48))
        .andExpect(jsonPath("$.parts[0].items[0].id").value("GW01"))
        .andExpect(jsonPath("$.parts[0].items[0].endings.length()").value(3))
        .andExpect(jsonPath("$.parts[0].items[0].endings[0].drive").isString())
        .andExpect(jsonPath("$.parts[1].items[0].stem").isString())
        .andExpect(jsonPath("$.parts[0].items[0].taps").doesNotExist());
  }

  /** A whole paper inventory: each item's points chosen by a function of the item. */
  private static String paper(String version, Function<Item, int[]> points, int skip) {
    List<String> answers = new ArrayList<>();
    int n = 0;
    for (var part : ItemBank.load("v1").parts()) {
      for (Item item : part.items()) {
        if (n++ == skip) {
          continue;
        }
        int[] p = points.apply(item);
        answers.add(
            "{\"item\": \""
                + item.id()
                + "\", \"points\": {\""
                + item.endingFor(Drive.PEOPLE).id()
                + "\": "
                + p[0]
                + ", \""
                + item.endingFor(Drive.PERFORMANCE).id()
                + "\": "
                + p[1]
                + ", \""
                + item.endingFor(Drive.PROCESS).id()
                + "\": "
                + p[2]
                + "}}");
      }
    }
    return "{\"version\": \"" + version + "\", \"answers\": [" + String.join(", ", answers) + "]}";
  }

  @Test
  void scoresAPaperInventory() throws Exception {
    postJson(
            "/api/v1/inventory/score",
            paper(
                "v1", i -> i.id().startsWith("GW") ? new int[] {6, 2, 2} : new int[] {2, 2, 6}, -1))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("v1"))
        .andExpect(jsonPath("$.result.type").value("PEOPLE"))
        .andExpect(jsonPath("$.result.goingWell.PEOPLE").value(60.0))
        .andExpect(jsonPath("$.result.conflict.PROCESS").value(60.0))
        .andExpect(jsonPath("$.result.conflictSequence[0][0]").value("PROCESS"))
        .andExpect(jsonPath("$.result.triangle.conflict.x").isNumber());
  }

  @Test
  void refusesBadPaperInventoriesNamingTheItem() throws Exception {
    postJson(
            "/api/v1/inventory/score",
            paper("v1", i -> i.id().equals("CF03") ? new int[] {3, 3, 3} : new int[] {4, 3, 3}, -1))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answers[CF03]"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("add up to 9")));
    postJson(
            "/api/v1/inventory/score",
            paper(
                "v1", i -> i.id().equals("GW05") ? new int[] {12, -2, 0} : new int[] {4, 3, 3}, -1))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answers[GW05]"));
    postJson("/api/v1/inventory/score", paper("v9", i -> new int[] {4, 3, 3}, -1))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("version"));
    postJson("/api/v1/inventory/score", paper("v1", i -> new int[] {4, 3, 3}, 4))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answers"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("GW05")));
    postJson(
            "/api/v1/inventory/score",
            "{\"version\": \"v1\", \"answers\": [{\"item\": \"ZZ01\", \"points\": {}}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answers[0].item"));
    postJson(
            "/api/v1/inventory/score",
            "{\"version\": \"v1\", \"answers\": [{\"item\": \"GW01\", \"points\":"
                + " {\"GW01-PEOPLE\": 2.5, \"GW01-PERFORMANCE\": 2.5, \"GW01-PROCESS\": 5}}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answers[0].points.GW01-PEOPLE"));
    postJson("/api/v1/inventory/score", "{\"version\": \"v1\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answers"));
  }

  @Test
  void takesReadsAndRetakesTheOwnProfile() throws Exception {
    mvc.perform(get("/api/v1/profile").header("Authorization", "Bearer " + token))
        .andExpect(status().isNotFound());
    String started =
        postJson("/api/v1/profile/responses", "")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.total").value(72))
            .andExpect(jsonPath("$.answered").value(0))
            .andExpect(jsonPath("$.next").value("GW01"))
            .andExpect(jsonPath("$.items[0].endings.length()").value(3))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(started, "$.id");
    // starting again resumes the same response
    postJson("/api/v1/profile/responses", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id));

    for (var part : ItemBank.current().parts()) {
      for (Item item : part.items()) {
        String body =
            "{\"points\": {\""
                + item.endingFor(Drive.PEOPLE).id()
                + "\": 1, \""
                + item.endingFor(Drive.PERFORMANCE).id()
                + "\": 2, \""
                + item.endingFor(Drive.PROCESS).id()
                + "\": 7}}";
        if (item.id().equals("GW02")) {
          mvc.perform(
                  post("/api/v1/profile/responses/" + id + "/complete")
                      .header("Authorization", "Bearer " + token))
              .andExpect(status().isConflict())
              .andExpect(jsonPath("$.unanswered[0]").value("GW02"));
          mvc.perform(
                  put("/api/v1/profile/responses/" + id + "/answers/GW02")
                      .header("Authorization", "Bearer " + token)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"points\": {\"GW02-PEOPLE\": 5, \"GW02-PERFORMANCE\": 5}}"))
              .andExpect(status().isBadRequest())
              .andExpect(jsonPath("$.field").value("answers[GW02]"));
        }
        mvc.perform(
                put("/api/v1/profile/responses/" + id + "/answers/" + item.id())
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.item").value(item.id()));
      }
    }
    mvc.perform(
            put("/api/v1/profile/responses/" + id + "/answers/XX99")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"points\": {}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("item"));
    // a body not declared as JSON is refused as such, and an empty one is named
    mvc.perform(
            put("/api/v1/profile/responses/" + id + "/answers/GW01")
                .header("Authorization", "Bearer " + token)
                .content("{\"points\": {}}"))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(
            put("/api/v1/profile/responses/" + id + "/answers/GW01")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("required")));
    mvc.perform(
            post("/api/v1/profile/responses/" + id + "/complete")
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.analysis.type").value("PROCESS"))
        .andExpect(jsonPath("$.visibleTo").value("Only you"));
    mvc.perform(get("/api/v1/profile").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result.analysis.goingWell.PROCESS").value(70.0))
        .andExpect(jsonPath("$.report[0].key").value("type"))
        .andExpect(jsonPath("$.report.length()").value(6));
    mvc.perform(get("/api/v1/profile/history").header("Authorization", "Bearer " + token))
        .andExpect(jsonPath("$.length()").value(1));

    // someone else's token sees nothing of it
    String other = fixtures.token(fixtures.person(Role.COLLEAGUE, fixtures.organisation()));
    mvc.perform(get("/api/v1/profile/responses/" + id).header("Authorization", "Bearer " + other))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/profile/responses/" + id + "/answers/GW01")
                .header("Authorization", "Bearer " + other)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"points\": {\"GW01-PEOPLE\": 10, \"GW01-PERFORMANCE\": 0,"
                        + " \"GW01-PROCESS\": 0}}"))
        .andExpect(status().isNotFound());
    assertThat(id).isNotBlank();
  }

  @Test
  void theOpenApiDocumentDescribesTheInventoryApi() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/profiles/calculate'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/inventory/score'].post").exists())
        .andExpect(
            jsonPath("$.paths['/api/v1/profile/responses/{id}/answers/{item}'].put").exists());
  }

  /** The error page behind the 415 above (MockMvc does not dispatch to it; a server does). */
  @Test
  void aBodyNotDeclaredAsJsonIsToldHowToSendIt() throws Exception {
    mvc.perform(
            get("/error")
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 415)
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("Content-Type: application/json")));
  }
}

package app.velocity.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.motivation.report.PairPlaybook;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@Tag("smoke")
class CompareApiTest {

  private static final String URL = "/api/v1/profiles/compare";

  // A People-led executive who shifts 10 points to Performance under conflict, and Priya, who
  // leads with Process and does not move at all.
  private static final String SELF =
      """
      {"goingWell": {"PEOPLE": 60, "PERFORMANCE": 20, "PROCESS": 20},
       "conflict": {"PEOPLE": 50, "PERFORMANCE": 30, "PROCESS": 20}}""";
  private static final String PRIYA =
      """
      {"goingWell": {"PEOPLE": 10, "PERFORMANCE": 20, "PROCESS": 70},
       "conflict": {"PEOPLE": 10, "PERFORMANCE": 20, "PROCESS": 70}, "name": "Priya"}""";
  private static final String WELL = "{\"PEOPLE\": 10, \"PERFORMANCE\": 20, \"PROCESS\": 70}";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  private String token;

  @BeforeEach
  void signIn() {
    token = fixtures.token(fixtures.person(Role.EXECUTIVE, fixtures.organisation()));
  }

  private ResultActions compare(String body) throws Exception {
    return mvc.perform(
        post(URL)
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static String pair(String self, String other) {
    return "{\"self\": " + self + ", \"other\": " + other + "}";
  }

  private static String other(String goingWell, String conflict, String extra) {
    return "{\"goingWell\": " + goingWell + ", \"conflict\": " + conflict + extra + "}";
  }

  @Test
  void answersThePlaybookAndBothProfilesAsTheModelReadsThem() throws Exception {
    compare(pair(SELF, PRIYA))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.self.type").value("PEOPLE"))
        .andExpect(jsonPath("$.self.typeLabel").value("People"))
        .andExpect(jsonPath("$.self.dominantDrive").value("PEOPLE"))
        .andExpect(jsonPath("$.self.conflictSequence.code").value("PEOPLE>PERFORMANCE>PROCESS"))
        .andExpect(jsonPath("$.self.arrowLength").value(closeTo(10.0, 1e-9)))
        .andExpect(jsonPath("$.self.goingWell.PEOPLE").value(60.0))
        .andExpect(jsonPath("$.other.name").value("Priya"))
        .andExpect(jsonPath("$.other.type").value("PROCESS"))
        .andExpect(jsonPath("$.other.leaning").value(false))
        .andExpect(jsonPath("$.other.estimate").value(false))
        .andExpect(jsonPath("$.other.confidence").value(1.0))
        .andExpect(jsonPath("$.other.conflictSequence.code").value("PROCESS>PERFORMANCE>PEOPLE"))
        .andExpect(jsonPath("$.other.conflictSequence.stages", hasSize(3)))
        .andExpect(jsonPath("$.other.conflictSequence.stages[0][0]").value("PROCESS"))
        .andExpect(jsonPath("$.other.conflictSequence.stages[2][0]").value("PEOPLE"))
        .andExpect(jsonPath("$.other.arrowLength").value(closeTo(0.0, 1e-9)))
        .andExpect(
            jsonPath("$.pair[1]")
                .value(startsWith("Priya's strongest drive is Process (70); yours is People (60)")))
        .andExpect(
            jsonPath("$.conflict[0]")
                .value(
                    "Under conflict you go People, then Performance, then Process; Priya goes"
                        + " Process, then Performance, then People."))
        .andExpect(jsonPath("$.headings.approach").value("How to approach Priya"));
  }

  @Test
  void carriesEverySectionOfThePlaybookWordForWord() throws Exception {
    var calculator = new ProfileCalculator(ModelSettings.defaults());
    var you =
        PairPlaybook.Person.selfReported(
            "you",
            calculator.analyse(
                new Profile(new DriveScores(60, 20, 20), new DriveScores(50, 30, 20))));
    var priya =
        PairPlaybook.Person.selfReported(
            "Priya",
            calculator.analyse(
                new Profile(new DriveScores(10, 20, 70), new DriveScores(10, 20, 70))));
    PairPlaybook expected = PairPlaybook.of(you, priya);

    String json =
        compare(pair(SELF, PRIYA))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(PairPlaybook.KEYS)
        .contains("approach", "motivate", "recognise", "delegate", "conflict", "underPressure");
    for (String key : PairPlaybook.KEYS) {
      List<String> sentences = JsonPath.read(json, "$." + key);
      assertThat(sentences).as(key).isNotEmpty().isEqualTo(expected.section(key).sentences());
    }
  }

  @Test
  void theSamePairAlwaysGetsTheSamePlaybook() throws Exception {
    String first = compare(pair(SELF, PRIYA)).andReturn().getResponse().getContentAsString();
    String second = compare(pair(SELF, PRIYA)).andReturn().getResponse().getContentAsString();
    assertThat(first).contains("\"approach\"").isEqualTo(second);
    String swapped =
        compare(pair(PRIYA.replace(", \"name\": \"Priya\"", ""), SELF))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(swapped).as("a different pair reads differently").isNotEqualTo(first);
  }

  @Test
  void saysWhenTheOtherProfileIsAnEstimate() throws Exception {
    compare(pair(SELF, PRIYA.replace("\"name\"", "\"confidence\": 0.6, \"name\"")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.other.estimate").value(true))
        .andExpect(jsonPath("$.other.confidence").value(0.6))
        .andExpect(jsonPath("$.pair[0]", containsString("is an estimate with a confidence")))
        .andExpect(jsonPath("$.pair[0]", containsString("60%")))
        .andExpect(jsonPath("$.howTheySeeYou[1]", containsString("an estimate at 60%")));
  }

  @Test
  void callsAnUnnamedColleagueYourColleague() throws Exception {
    compare(pair(SELF, PRIYA.replace(", \"name\": \"Priya\"", "")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.other.name").value("your colleague"))
        .andExpect(jsonPath("$.pair[1]", startsWith("Your colleague's strongest drive")))
        .andExpect(jsonPath("$.headings.approach").value("How to approach your colleague"))
        .andExpect(jsonPath("$.approach[0]", not(containsString("Priya"))));
  }

  @Test
  void acceptsScoresThatSumTo100WithinAHundredth() throws Exception {
    String third = "{\"PEOPLE\": 33.333, \"PERFORMANCE\": 33.333, \"PROCESS\": 33.333}";
    compare(pair(SELF, other(third, third, "")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.other.type").value("FLEXIBLE"));
  }

  @Test
  void rescalesAProfileRoundedAsReportsWriteItAndSaysSo() throws Exception {
    String rounded = "{\"PEOPLE\": 33, \"PERFORMANCE\": 33, \"PROCESS\": 33}";
    compare(pair(SELF, other(rounded, rounded, "")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.other.normalised").value(true))
        .andExpect(jsonPath("$.other.goingWell.PEOPLE").value(closeTo(100.0 / 3, 1e-9)))
        .andExpect(jsonPath("$.other.conflict.PROCESS").value(closeTo(100.0 / 3, 1e-9)))
        .andExpect(jsonPath("$.other.type").value("FLEXIBLE"))
        .andExpect(jsonPath("$.self.normalised").value(false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          negative score       | {"PEOPLE": -10, "PERFORMANCE": 60, "PROCESS": 50}      | other.goingWell.PEOPLE
          sum is not 100       | {"PEOPLE": 50, "PERFORMANCE": 30, "PROCESS": 30}       | other.goingWell
          sum off by 1.52      | {"PEOPLE": 51.52, "PERFORMANCE": 30, "PROCESS": 20}    | other.goingWell
          score over 100       | {"PEOPLE": 120, "PERFORMANCE": -10, "PROCESS": -10}    | other.goingWell.PEOPLE
          NaN                  | {"PEOPLE": "NaN", "PERFORMANCE": 30, "PROCESS": 20}    | other.goingWell.PEOPLE
          Infinity             | {"PEOPLE": 50, "PERFORMANCE": "Infinity", "PROCESS": 20} | other.goingWell.PERFORMANCE
          overflowing number   | {"PEOPLE": 50, "PERFORMANCE": 30, "PROCESS": 1e400}    | other.goingWell.PROCESS
          missing drive        | {"PEOPLE": 50, "PERFORMANCE": 50}                      | other.goingWell.PROCESS
          null score           | {"PEOPLE": 50, "PERFORMANCE": 50, "PROCESS": null}     | other.goingWell.PROCESS
          unknown drive        | {"PEOPLE": 50, "PERFORMANCE": 30, "PROCESS": 20, "PASSION": 0} | other.goingWell.PASSION
          lower-case drive     | {"people": 50, "PERFORMANCE": 30, "PROCESS": 20}       | other.goingWell.people
          not a number         | {"PEOPLE": "lots", "PERFORMANCE": 30, "PROCESS": 20}   | other.goingWell.PEOPLE
          not an object        | [50, 30, 20]                                            | other.goingWell
          """)
  void namesTheGoingWellFieldAtFault(String why, String goingWell, String field) throws Exception {
    compare(pair(SELF, other(goingWell, WELL, "")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").isString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no self              | {"other": %OTHER%}                                          | self
          no other             | {"self": %SELF%}                                            | other
          self without going-well | {"self": {"conflict": %WELL%}, "other": %OTHER%}          | self.goingWell
          self conflict sums to 90 | {"self": {"goingWell": %WELL%, "conflict": {"PEOPLE": 50, "PERFORMANCE": 30, "PROCESS": 10}}, "other": %OTHER%} | self.conflict
          other without conflict | {"self": %SELF%, "other": {"goingWell": %WELL%}}          | other.conflict
          confidence above 1   | {"self": %SELF%, "other": {"goingWell": %WELL%, "conflict": %WELL%, "confidence": 1.5}} | other.confidence
          negative confidence  | {"self": %SELF%, "other": {"goingWell": %WELL%, "conflict": %WELL%, "confidence": -0.1}} | other.confidence
          confidence NaN       | {"self": %SELF%, "other": {"goingWell": %WELL%, "conflict": %WELL%, "confidence": "NaN"}} | other.confidence
          over-long name       | {"self": %SELF%, "other": {"goingWell": %WELL%, "conflict": %WELL%, "name": "%LONG%"}} | other.name
          empty object         | {}                                                          | self
          """)
  void namesTheMissingOrInvalidPart(String why, String template, String field) throws Exception {
    String body =
        template
            .replace("%OTHER%", PRIYA)
            .replace("%SELF%", SELF)
            .replace("%WELL%", WELL)
            .replace("%LONG%", "x".repeat(CompareRequest.MAX_NAME + 1));
    compare(body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value(field));
  }

  @Test
  void refusesAnEmptyBodyAndBrokenJson() throws Exception {
    compare("")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("body"));
    compare("{\"self\": ")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void needsAToken() throws Exception {
    mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(pair(SELF, PRIYA)))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void isDescribedInTheOpenApiDocument() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/profiles/compare'].post").exists())
        .andExpect(jsonPath("$.components.schemas.CompareRequest").exists())
        .andExpect(jsonPath("$.components.schemas.Comparison.properties.underPressure").exists());
  }
}

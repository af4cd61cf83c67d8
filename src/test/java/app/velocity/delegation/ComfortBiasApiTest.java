package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.delegation.analysis.ComfortBiasAnalysis;
import app.velocity.delegation.analysis.ComfortBiasReport;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.delegation.analysis.Decision;
import app.velocity.delegation.analysis.MotivationalFit;
import app.velocity.motivation.DriveScores;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
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
class ComfortBiasApiTest {

  private static final String URL = "/api/v1/analysis/comfort-bias";

  // A People-led executive; Ana is motivated exactly like him, Ben leads with Performance and Cy
  // with Process, each 40√2 ≈ 56.57 points from him and from Ana.
  private static final String EXECUTIVE = "{\"PEOPLE\": 60, \"PERFORMANCE\": 20, \"PROCESS\": 20}";
  private static final String ANA = EXECUTIVE;
  private static final String BEN = "{\"PEOPLE\": 20, \"PERFORMANCE\": 60, \"PROCESS\": 20}";
  private static final String CY = "{\"PEOPLE\": 20, \"PERFORMANCE\": 20, \"PROCESS\": 60}";
  private static final String PEOPLE =
      "[{\"id\": \"ana\", \"profile\": %s}, {\"id\": \"ben\", \"profile\": %s},".formatted(ANA, BEN)
          + " {\"id\": \"cy\", \"profile\": %s}]".formatted(CY);

  // Four critical decisions. Ana gets Ben's work twice (once against Ben alone, once against both),
  // Cy gets his own, and Ana gets the work that fits her.
  private static final List<String> HISTORY =
      List.of(
          decision(BEN, "CRITICAL", "[\"ana\", \"ben\"]", "ana", "2026-01-15"),
          decision(BEN, "CRITICAL", "[\"ana\", \"ben\", \"cy\"]", "ana", "2026-02-10"),
          decision(CY, "CRITICAL", "[\"ana\", \"cy\"]", "cy", "2026-04-01"),
          decision(ANA, "CRITICAL", "[\"ana\", \"ben\", \"cy\"]", "ana", "2026-05-01"));

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  private String token;

  @BeforeEach
  void signIn() {
    token = fixtures.token(fixtures.person(Role.EXECUTIVE, fixtures.organisation()));
  }

  private static String decision(
      String demand, String criticality, String candidates, String chosen, String date) {
    return "{\"demand\": %s, \"criticality\": \"%s\", \"candidates\": %s, \"chosen\": \"%s\"%s}"
        .formatted(
            demand,
            criticality,
            candidates,
            chosen,
            date == null ? "" : ", \"date\": \"" + date + "\"");
  }

  private static String body(String executive, String people, List<String> decisions) {
    return "{\"executive\": %s, \"people\": %s, \"decisions\": [%s]}"
        .formatted(executive, people, String.join(", ", decisions));
  }

  private ResultActions analyse(String body) throws Exception {
    return mvc.perform(
        post(URL)
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void measuresAHandCheckedHistory() throws Exception {
    double d = 40 * Math.sqrt(2); // Ana to Ben or Cy
    analyse(body(EXECUTIVE, PEOPLE, HISTORY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decisions").value(4))
        .andExpect(jsonPath("$.criticalDecisions").value(4))
        .andExpect(jsonPath("$.criticalToAlike").value(3))
        // Ana holds 4 of the 10 critical candidate slots
        .andExpect(jsonPath("$.alikeShareOfCriticalCandidates").value(closeTo(0.4, 1e-12)))
        // slots: chosen & alike 3, chosen & other 1, passed & alike 1, passed & other 5
        .andExpect(jsonPath("$.oddsRatio.table.chosenAlike").value(3))
        .andExpect(jsonPath("$.oddsRatio.table.chosenOther").value(1))
        .andExpect(jsonPath("$.oddsRatio.table.passedOverAlike").value(1))
        .andExpect(jsonPath("$.oddsRatio.table.passedOverOther").value(5))
        .andExpect(jsonPath("$.oddsRatio.corrected").value(false))
        // 3·5 / (1·1); Woolf: exp(ln 15 ± 1.96·√(1/3 + 1 + 1 + 1/5))
        .andExpect(jsonPath("$.oddsRatio.estimate").value(closeTo(15, 1e-9)))
        .andExpect(jsonPath("$.oddsRatio.ci95.low").value(closeTo(0.66264, 1e-5)))
        .andExpect(jsonPath("$.oddsRatio.ci95.high").value(closeTo(339.548, 1e-3)))
        // chosen: 0, 0, d, 0; random: d/2, 2d/3, d/2, 2d/3; best fit: Ben, Ben, Cy, Ana
        .andExpect(jsonPath("$.meanDistance.chosen").value(closeTo(d / 4, 1e-9)))
        .andExpect(jsonPath("$.meanDistance.random").value(closeTo(d * 7 / 12, 1e-9)))
        .andExpect(jsonPath("$.meanDistance.bestFit").value(closeTo(d * 3 / 4, 1e-9)))
        // Ana fits Ben's work 100·(1 − d/(100√2)) = 60 against Ben's 100: 40 given up, twice
        .andExpect(jsonPath("$.fitGivenUp").value(closeTo(20, 1e-9)))
        // critical work 3, 0, 1: Σ|xi − xj| / (2 n² mean) = 12 / (2·9·4/3)
        .andExpect(jsonPath("$.gini").value(closeTo(0.5, 1e-12)))
        .andExpect(jsonPath("$.shareComparedThreeOrMore").value(closeTo(0.5, 1e-12)))
        .andExpect(jsonPath("$.trend", hasSize(2)))
        .andExpect(jsonPath("$.trend[0].quarter").value("2026-Q1"))
        .andExpect(jsonPath("$.trend[0].decisions").value(2))
        .andExpect(jsonPath("$.trend[0].shareToAlike").value(1.0))
        .andExpect(jsonPath("$.trend[0].fitGivenUp").value(closeTo(40, 1e-9)))
        .andExpect(jsonPath("$.trend[1].quarter").value("2026-Q2"))
        .andExpect(jsonPath("$.trend[1].shareToAlike").value(0.5))
        .andExpect(jsonPath("$.trend[1].fitGivenUp").value(closeTo(0, 1e-9)))
        // four decisions are too few for the fit-controlled test
        .andExpect(jsonPath("$.similarity.tested").value(false))
        .andExpect(jsonPath("$.similarity.standardError").doesNotExist())
        .andExpect(jsonPath("$.pValue").value(1.0))
        .andExpect(jsonPath("$.biasDetected").value(false))
        .andExpect(
            jsonPath("$.summary[0]")
                .value(
                    "3 of your last 4 critical pieces of work went to people motivated like you."))
        .andExpect(jsonPath("$.summary[1]", containsString("15.0 times")));
  }

  @Test
  void leavesOutWhatIsUndefinedRatherThanAnsweringNaN() throws Exception {
    String routine = decision(BEN, "routine", "[\"ana\", \"ben\"]", "ben", null);
    String json =
        analyse(body(EXECUTIVE, PEOPLE, List.of(routine)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.criticalDecisions").value(0))
            .andExpect(jsonPath("$.oddsRatio").doesNotExist())
            .andExpect(jsonPath("$.trend", hasSize(0)))
            .andExpect(jsonPath("$.fitGivenUp").value(0.0))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
    analyse(body(EXECUTIVE, "[]", List.of()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decisions").value(0))
        .andExpect(jsonPath("$.summary[0]", containsString("No delegation decisions")));
  }

  /**
   * 40 decisions among 8 people drawn at random; the executive takes the candidate most like
   * himself 80% of the time and the best fit otherwise (or, fairly, the best fit 70% of the time
   * and anyone otherwise). The API must answer exactly what the analysis computes.
   */
  @Test
  void detectsAPlantedBiasAndAgreesWithTheAnalysisToTheLastDigit() throws Exception {
    var biased = History.random(7, true);
    String json =
        analyse(biased.json())
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.biasDetected").value(true))
            .andExpect(jsonPath("$.similarity.tested").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();
    ComfortBiasReport expected = biased.report();
    assertThat(number(json, "$.pValue"))
        .isLessThan(0.05)
        .isCloseTo(expected.similarityEffect().pValue(), within(1e-12));
    assertThat(number(json, "$.similarity.coefficient"))
        .isPositive()
        .isCloseTo(expected.similarityEffect().similarityCoefficient(), within(1e-12));
    assertThat((List<String>) JsonPath.read(json, "$.summary")).isEqualTo(expected.summary());

    var fair = History.random(7, false);
    String fairJson =
        analyse(fair.json())
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.biasDetected").value(false))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(number(fairJson, "$.pValue"))
        .isCloseTo(fair.report().similarityEffect().pValue(), within(1e-12));
  }

  @Test
  @SuppressWarnings("unchecked")
  void rescalesATripleRoundedAsSpreadsheetsWriteItAndAnswersAsForTheExactOne() throws Exception {
    // Ben's demand, 20/60/20, written at 99% (sum 99): read as rounding, rescaled to 20/60/20
    String rounded = "{\"PEOPLE\": 19.8, \"PERFORMANCE\": 59.4, \"PROCESS\": 19.8}";
    List<String> decisions = new ArrayList<>(HISTORY);
    decisions.set(0, decision(rounded, "CRITICAL", "[\"ana\", \"ben\"]", "ana", "2026-01-15"));
    String exact =
        analyse(body(EXECUTIVE, PEOPLE, HISTORY))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.normalised").value(false))
            .andExpect(jsonPath("$.rescaled", hasSize(0)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String forgiven =
        analyse(body(EXECUTIVE, PEOPLE, decisions))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.normalised").value(true))
            .andExpect(jsonPath("$.rescaled", hasSize(1)))
            .andExpect(jsonPath("$.rescaled[0].field").value("decisions[0].demand"))
            .andExpect(jsonPath("$.rescaled[0].scores.PERFORMANCE").value(closeTo(60, 1e-9)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((List<String>) JsonPath.read(forgiven, "$.summary"))
        .isEqualTo(JsonPath.read(exact, "$.summary"));
    assertThat(number(forgiven, "$.pValue")).isCloseTo(number(exact, "$.pValue"), within(1e-9));
  }

  @Test
  void judgesEachDecisionAgainstTheExecutiveScoresSentWithIt() throws Exception {
    String asHeWas =
        analyse(body(EXECUTIVE, PEOPLE, HISTORY)).andReturn().getResponse().getContentAsString();
    // a later, Process-led profile for the history, each decision carrying the one he had then
    List<String> carrying =
        HISTORY.stream()
            .map(d -> d.substring(0, d.length() - 1) + ", \"executive\": " + EXECUTIVE + "}")
            .toList();
    String sent =
        analyse(body(CY, PEOPLE, carrying))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(sent).isEqualTo(asHeWas);
    // without them, the whole history is judged against the profile given for it
    String judgedAsNow =
        analyse(body(CY, PEOPLE, HISTORY)).andReturn().getResponse().getContentAsString();
    assertThat(judgedAsNow).isNotEqualTo(asHeWas);
  }

  @Test
  void theSameHistoryAlwaysGetsTheSameAnswer() throws Exception {
    String body = History.random(11, true).json();
    String first = analyse(body).andReturn().getResponse().getContentAsString();
    String second = analyse(body).andReturn().getResponse().getContentAsString();
    assertThat(first).contains("\"pValue\"").isEqualTo(second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown candidate          | 1 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "zed"], "chosen": "ana"} | decisions[1].candidates[1]
          chosen not a candidate     | 3 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "ben"], "chosen": "cy"} | decisions[3].chosen
          chosen not a person        | 2 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "ben"], "chosen": "zed"} | decisions[2].chosen
          chosen missing             | 0 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "ben"]} | decisions[0].chosen
          unknown criticality        | 0 | {"demand": %BEN%, "criticality": "URGENT", "candidates": ["ana", "ben"], "chosen": "ana"} | decisions[0].criticality
          missing criticality        | 0 | {"demand": %BEN%, "candidates": ["ana", "ben"], "chosen": "ana"} | decisions[0].criticality
          one candidate              | 0 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana"], "chosen": "ana"} | decisions[0].candidates
          no candidates              | 0 | {"demand": %BEN%, "criticality": "CRITICAL", "chosen": "ana"} | decisions[0].candidates
          candidate twice            | 0 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "ana"], "chosen": "ana"} | decisions[0].candidates[1]
          demand not 100             | 2 | {"demand": {"PEOPLE": 20, "PERFORMANCE": 20, "PROCESS": 20}, "criticality": "CRITICAL", "candidates": ["ana", "ben"], "chosen": "ana"} | decisions[2].demand
          demand missing a drive     | 0 | {"demand": {"PEOPLE": 50, "PERFORMANCE": 50}, "criticality": "CRITICAL", "candidates": ["ana", "ben"], "chosen": "ana"} | decisions[0].demand.PROCESS
          not a date                 | 0 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "ben"], "chosen": "ana", "date": "14/03/2026"} | decisions[0].date
          null decision              | 1 | null | decisions[1]
          candidates not a list      | 0 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": {"a": 1}, "chosen": "ana"} | decisions[0].candidates
          executive not 100          | 1 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "ben"], "chosen": "ana", "executive": {"PEOPLE": 50, "PERFORMANCE": 20, "PROCESS": 20}} | decisions[1].executive
          executive missing a drive  | 2 | {"demand": %BEN%, "criticality": "CRITICAL", "candidates": ["ana", "ben"], "chosen": "ana", "executive": {"PEOPLE": 80, "PERFORMANCE": 20}} | decisions[2].executive.PROCESS
          """)
  void namesTheDecisionFieldAtFault(String why, int at, String bad, String field) throws Exception {
    List<String> decisions = new ArrayList<>(HISTORY);
    decisions.set(at, bad.replace("%BEN%", BEN));
    analyse(body(EXECUTIVE, PEOPLE, decisions))
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
          profile not 100      | {"executive": %EXEC%, "people": [{"id": "ana", "profile": %ANA%}, {"id": "ben", "profile": {"PEOPLE": 50, "PERFORMANCE": 30, "PROCESS": 30}}], "decisions": []} | people[1].profile
          negative score       | {"executive": %EXEC%, "people": [{"id": "ana", "profile": {"PEOPLE": -5, "PERFORMANCE": 70, "PROCESS": 35}}], "decisions": []} | people[0].profile.PEOPLE
          duplicate ids        | {"executive": %EXEC%, "people": [{"id": "ana", "profile": %ANA%}, {"id": "ben", "profile": %ANA%}, {"id": "ana", "profile": %ANA%}], "decisions": []} | people[2].id
          missing id           | {"executive": %EXEC%, "people": [{"profile": %ANA%}], "decisions": []} | people[0].id
          missing profile      | {"executive": %EXEC%, "people": [{"id": "ana"}], "decisions": []} | people[0].profile
          executive not 100    | {"executive": {"PEOPLE": 60, "PERFORMANCE": 20, "PROCESS": 30}, "people": [], "decisions": []} | executive
          executive NaN        | {"executive": {"PEOPLE": "NaN", "PERFORMANCE": 20, "PROCESS": 20}, "people": [], "decisions": []} | executive.PEOPLE
          unknown drive        | {"executive": {"PEOPLE": 60, "PERFORMANCE": 20, "PROCES": 20}, "people": [], "decisions": []} | executive.PROCES
          no executive         | {"people": [], "decisions": []} | executive
          no people            | {"executive": %EXEC%, "decisions": []} | people
          no decisions         | {"executive": %EXEC%, "people": []} | decisions
          """)
  void namesThePeopleOrExecutiveFieldAtFault(String why, String template, String field)
      throws Exception {
    analyse(template.replace("%EXEC%", EXECUTIVE).replace("%ANA%", ANA))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value(field));
  }

  @Test
  void refusesMoreDecisionsThanTheLimitWithAClearMessage() throws Exception {
    String one = decision(BEN, "ROUTINE", "[\"ana\", \"ben\"]", "ana", null);
    List<String> many = new ArrayList<>(ComfortBiasRequest.MAX_DECISIONS + 1);
    for (int i = 0; i <= ComfortBiasRequest.MAX_DECISIONS; i++) {
      many.add(one);
    }
    analyse(body(EXECUTIVE, PEOPLE, many))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("decisions"))
        .andExpect(jsonPath("$.detail", containsString("at most 100,000 decisions")));
  }

  @Test
  void refusesMorePeopleThanTheLimitWithAClearMessage() throws Exception {
    StringBuilder people = new StringBuilder("[");
    for (int i = 0; i <= ComfortBiasRequest.MAX_PEOPLE; i++) {
      people.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i).append("\",\"profile\":");
      people.append(ANA).append('}');
    }
    analyse(body(EXECUTIVE, people.append(']').toString(), List.of()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("people"))
        .andExpect(jsonPath("$.detail", containsString("at most 20,000 people")));
  }

  @Test
  void refusesAnEmptyBody() throws Exception {
    analyse("")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("body"));
  }

  @Test
  void needsAToken() throws Exception {
    mvc.perform(
            post(URL)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(EXECUTIVE, PEOPLE, HISTORY)))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void isDescribedInTheOpenApiDocument() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/analysis/comfort-bias'].post").exists())
        .andExpect(jsonPath("$.components.schemas.ComfortBiasRequest").exists())
        .andExpect(jsonPath("$.components.schemas.ComfortBias.properties.pValue").exists())
        .andExpect(jsonPath("$.components.schemas.ComfortBias.properties.biasDetected").exists());
  }

  private static double number(String json, String path) {
    return ((Number) JsonPath.read(json, path)).doubleValue();
  }

  /** A random team and history, as JSON for the API and as input for the analysis. */
  private record History(
      DriveScores executive, Map<String, DriveScores> team, List<Decision> decisions) {

    static History random(long seed, boolean biased) {
      var random = new SplittableRandom(seed);
      DriveScores executive = scores(random);
      Map<String, DriveScores> team = new LinkedHashMap<>();
      for (int i = 0; i < 8; i++) {
        team.put("p" + i, scores(random));
      }
      List<String> ids = new ArrayList<>(team.keySet());
      List<Decision> decisions = new ArrayList<>();
      for (int t = 0; t < 40; t++) {
        DriveScores demand = scores(random);
        List<String> pool = new ArrayList<>(ids);
        int k = 3 + random.nextInt(3);
        for (int i = 0; i < k; i++) {
          java.util.Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        List<String> candidates = List.copyOf(pool.subList(0, k));
        String best = candidates.get(0);
        String closest = candidates.get(0);
        for (String id : candidates) {
          if (MotivationalFit.of(team.get(id), demand)
              > MotivationalFit.of(team.get(best), demand)) {
            best = id;
          }
          if (team.get(id).distanceTo(executive) < team.get(closest).distanceTo(executive)) {
            closest = id;
          }
        }
        double u = random.nextDouble();
        String chosen =
            biased
                ? (u < 0.8 ? closest : best)
                : (u < 0.7 ? best : candidates.get(random.nextInt(k)));
        decisions.add(new Decision(demand, Criticality.CRITICAL, candidates, chosen));
      }
      return new History(executive, team, decisions);
    }

    private static DriveScores scores(SplittableRandom random) {
      int people = random.nextInt(101);
      int performance = random.nextInt(101 - people);
      return new DriveScores(people, performance, 100 - people - performance);
    }

    ComfortBiasReport report() {
      return ComfortBiasAnalysis.analyse(executive, team, decisions);
    }

    String json() {
      StringBuilder people = new StringBuilder("[");
      team.forEach(
          (id, s) ->
              people
                  .append(people.length() > 1 ? ", " : "")
                  .append("{\"id\": \"")
                  .append(id)
                  .append("\", \"profile\": ")
                  .append(scores(s))
                  .append('}'));
      List<String> decisions =
          this.decisions.stream()
              .map(
                  d ->
                      decision(
                          scores(d.demand()),
                          d.criticality().name(),
                          d.candidateIds().stream().map(id -> "\"" + id + "\"").toList().toString(),
                          d.chosenId(),
                          null))
              .toList();
      return body(scores(executive), people.append(']').toString(), decisions);
    }

    private static String scores(DriveScores s) {
      return String.format(
          Locale.ROOT,
          "{\"PEOPLE\": %s, \"PERFORMANCE\": %s, \"PROCESS\": %s}",
          s.people(),
          s.performance(),
          s.process());
    }
  }
}

package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.delegation.analysis.ComfortBiasReport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.DriveScores;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import app.velocity.relationships.RelationshipMaps;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 §1: a decision is judged against the executive as he was when he made it. The
 * Performance-led executive of {@link DelegationWorld} leans toward people like him over 20
 * critical decisions, retakes the inventory and comes out Process-led, then decides once more. The
 * pattern survives: the 20 earlier decisions read exactly as before, and the new one moves it by no
 * more than one decision can. The page and the API say when his profile changed and show the
 * pattern before and since.
 */
@IntegrationTest
class PatternAcrossARetakeTest {

  private static final DriveScores BEFORE = new DriveScores(20, 60, 20);
  private static final DriveScores RETAKEN = new DriveScores(10, 10, 80);

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired RelationshipMaps maps;
  @Autowired DelegationAdvisor advisor;

  DelegationWorld world;

  @BeforeEach
  void world() {
    world = new DelegationWorld(fixtures, sharing, maps);
    // two runs, as the history's days must not lie in the future
    world.history(advisor, 7, true);
    world.history(advisor, 13, true);
  }

  private ComfortBiasReport all() {
    return advisor.pattern(world.me(), DelegationAdvisor.Scope.ALL).report();
  }

  private void retakeThenDecideOnce() {
    fixtures.profile(world.exec, new int[] {1, 1, 8}, new int[] {1, 1, 8});
    UUID open = world.openCritical(advisor);
    // the best fit for this Process work, and motivated like him as he is now
    advisor.choose(
        world.me(), open, new DelegationAdvisor.Choice(world.process.id(), "Best fit", null));
  }

  @Test
  void thePatternSurvivesARetakeAndOneMoreDecision() {
    ComfortBiasReport before = all();
    assertThat(before.biasDetected()).isTrue();

    fixtures.profile(world.exec, new int[] {1, 1, 8}, new int[] {1, 1, 8});
    assertThat(all()).isEqualTo(before);

    UUID open = world.openCritical(advisor);
    advisor.choose(
        world.me(), open, new DelegationAdvisor.Choice(world.process.id(), "Best fit", null));
    assertThat(advisor.advise(world.me(), open).work().decision().executiveGoingWell())
        .isEqualTo(RETAKEN);
    ComfortBiasReport after = all();

    assertThat(after.biasDetected()).isTrue();
    assertThat(after.decisions()).isEqualTo(21);
    assertThat(after.criticalToAlike() - before.criticalToAlike()).isBetween(0, 1);
    // the earlier decisions keep their distances: only the new one's is added (Priya, 10/20/70,
    // lies √200 ≈ 14.1 points from him as he is now)
    double added = new DriveScores(10, 20, 70).distanceTo(RETAKEN);
    assertThat(after.meanDistances().toChosen() * 21)
        .isCloseTo(
            before.meanDistances().toChosen() * 20 + added,
            org.assertj.core.data.Offset.offset(1e-9));
    var was = before.criticalOddsRatio().orElseThrow();
    var is = after.criticalOddsRatio().orElseThrow();
    // five were shown and weighed: the table gains five slots, one of them chosen
    assertThat(is.chosenAlike() - was.chosenAlike()).isBetween(0, 1);
    assertThat(is.passedOverAlike() - was.passedOverAlike()).isBetween(0, 4);
    assertThat(is.passedOverOther() - was.passedOverOther()).isBetween(0, 4);
  }

  @Test
  void aPastDecisionRecordedAfterARetakeIsJudgedAgainstTheProfileHeHadThatDay() {
    fixtures.profile(world.exec, new int[] {1, 1, 8}, new int[] {1, 1, 8});
    UUID past =
        advisor.recordPast(
            world.me(),
            DelegationWorld.critical("Last spring", new DriveScores(15, 15, 70)),
            LocalDate.now(ZoneOffset.UTC).minusDays(90),
            new DelegationAdvisor.Choice(world.alikeA.id(), "then", null));
    WorkItem.Decided d = advisor.advise(world.me(), past).work().decision();
    // that day came before his first result, so the record carries that first one, not the retake
    assertThat(d.executiveGoingWell()).isEqualTo(BEFORE);
    assertThat(
            d.candidates().stream()
                .filter(s -> s.person().equals(world.alikeA.id()))
                .findFirst()
                .orElseThrow()
                .alike())
        .isTrue();
  }

  @Test
  void beforeAndSinceTheRetakeAreMeasuredApartAndTheEarlierPartAsItWas() {
    ComfortBiasReport original = all();
    retakeThenDecideOnce();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    var whole =
        advisor.pattern(world.me(), DelegationAdvisor.Scope.ALL, DelegationAdvisor.Period.ALL);
    assertThat(whole.lastRetake()).isEqualTo(today);
    assertThat(whole.profileChanges()).containsExactly(today);
    assertThat(whole.sinceLastRetake()).isEqualTo(1);
    // the history was recorded after his first result, for days before it
    assertThat(whole.beforeFirstProfile()).isEqualTo(20);

    var before =
        advisor.pattern(world.me(), DelegationAdvisor.Scope.ALL, DelegationAdvisor.Period.BEFORE);
    assertThat(before.recorded()).isEqualTo(20);
    assertThat(before.report()).isEqualTo(original);
    assertThat(before.profileChanges()).isEmpty();

    var since =
        advisor.pattern(
            world.me(), DelegationAdvisor.Scope.CRITICAL, DelegationAdvisor.Period.SINCE);
    assertThat(since.recorded()).isEqualTo(1);
    assertThat(since.moreNeeded()).isEqualTo(9);
    assertThat(since.report()).isNull();
  }

  @Test
  void withoutARetakeThereIsOnlyTheWholeHistory() {
    var p =
        advisor.pattern(world.me(), DelegationAdvisor.Scope.ALL, DelegationAdvisor.Period.SINCE);
    assertThat(p.period()).isEqualTo(DelegationAdvisor.Period.ALL);
    assertThat(p.lastRetake()).isNull();
    assertThat(p.recorded()).isEqualTo(20);
    assertThat(p.sinceLastRetake()).isEqualTo(20);
  }

  private String page(Cookie session, String path) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return r.getContentAsString();
  }

  @Test
  void thePageSaysWhenHisProfileChangedAndShowsBeforeAndSince() throws Exception {
    Cookie session = SignInSupport.signIn(mvc, world.exec);
    assertThat(page(session, "/delegation/pattern"))
        .doesNotContain("id=\"periods\"")
        .doesNotContain("Your profile changed");

    retakeThenDecideOnce();
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    String whole = page(session, "/delegation/pattern");
    assertThat(whole)
        .contains("id=\"periods\"")
        .contains(
            "Your profile changed during this period: you retook the inventory on " + today + ".")
        .contains("Before my retake of " + today)
        .contains("Since my retake of " + today)
        .contains("period=before")
        .contains("20 of the 21 decisions analysed were made before you first took the inventory")
        .contains("Your choices lean toward people motivated like you");

    String before = page(session, "/delegation/pattern?period=before");
    assertThat(before)
        .contains("Decisions recorded before your last retake: <strong>20</strong>")
        .contains("before you retook the inventory on " + today)
        .contains("Your choices lean toward people motivated like you")
        .doesNotContain("Your profile changed during this period");

    String since = page(session, "/delegation/pattern?scope=critical&period=since");
    assertThat(since)
        .contains("Decisions recorded (critical work) since your last retake: <strong>1</strong>")
        .contains("Record 9 more decisions");
  }

  @Test
  void theApiCarriesTheRetakesAndThePeriod() throws Exception {
    String token = fixtures.token(world.exec);
    retakeThenDecideOnce();
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    String whole = api("/api/v1/delegation/pattern", token).getContentAsString();
    assertThat((String) JsonPath.read(whole, "$.period")).isEqualTo("ALL");
    assertThat((String) JsonPath.read(whole, "$.lastRetake")).isEqualTo(today);
    assertThat((List<String>) JsonPath.read(whole, "$.profileChanges")).containsExactly(today);
    assertThat((Integer) JsonPath.read(whole, "$.sinceLastRetake")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(whole, "$.beforeFirstProfile")).isEqualTo(20);

    String before = api("/api/v1/delegation/pattern?period=before", token).getContentAsString();
    assertThat((String) JsonPath.read(before, "$.period")).isEqualTo("BEFORE");
    assertThat((Integer) JsonPath.read(before, "$.recorded")).isEqualTo(20);
    assertThat((Boolean) JsonPath.read(before, "$.result.biasDetected")).isTrue();

    var bad = api("/api/v1/delegation/pattern?period=later", token);
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat((String) JsonPath.read(bad.getContentAsString(), "$.field")).isEqualTo("period");
  }

  @Test
  void nobodyButHimSeesThePatternBeforeOrSince() throws Exception {
    retakeThenDecideOnce();
    PersonView coach = fixtures.coachOf(world.exec);
    PersonView sponsor = fixtures.person(Role.SPONSOR, world.org);
    for (PersonView who : List.of(coach, sponsor, world.process)) {
      Cookie session = SignInSupport.signIn(mvc, who);
      for (String period : List.of("before", "since", "all")) {
        int status =
            mvc.perform(get("/delegation/pattern?period=" + period).cookie(session))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(who.role() + " " + period).isIn(403, 404);
        assertThat(
                api("/api/v1/delegation/pattern?period=" + period, fixtures.token(who)).getStatus())
            .isIn(403, 404);
      }
    }
    // another executive of the same organisation reads only his own, empty, record
    PersonView other = fixtures.person(Role.EXECUTIVE, world.org);
    String json =
        api("/api/v1/delegation/pattern?period=before", fixtures.token(other)).getContentAsString();
    assertThat((Integer) JsonPath.read(json, "$.recorded")).isZero();
    assertThat((Object) JsonPath.read(json, "$.lastRetake")).isNull();
  }

  private MockHttpServletResponse api(String path, String token) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }
}

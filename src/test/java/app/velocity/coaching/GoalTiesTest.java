package app.velocity.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.strengths.RankedStrength;
import app.velocity.motivation.strengths.StrengthRanking;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import app.velocity.relationships.MapEntry;
import app.velocity.relationships.RelationshipMaps;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A goal tied to one of the executive's strengths in its overdone form, or to a person on their
 * relationship map: offered only from what the writer may see, checked on the server, shown to the
 * executive and the coach and never to a sponsor, a colleague or another organisation.
 */
@IntegrationTest
class GoalTiesTest {

  private static final String LEVELS = "[\"a\", \"b\", \"c\", \"d\", \"e\"]";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired RelationshipMaps maps;

  PersonView exec, coach, sponsor, peer, otherExec, otherPeer;
  UUID engagement;
  String base;

  @BeforeEach
  void anEngagementWithAProfileAndAMap() {
    OrganisationView org = fixtures.organisation();
    OrganisationView other = fixtures.organisation();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    peer = fixtures.person(Role.COLLEAGUE, org);
    otherExec = fixtures.person(Role.EXECUTIVE, other);
    otherPeer = fixtures.person(Role.COLLEAGUE, other);
    fixtures.profile(exec, new int[] {2, 7, 1}, new int[] {1, 2, 7});
    maps.add(CurrentUser.of(exec), new MapEntry(peer.id(), 4, Frequency.WEEKLY, 2, 3, ""), null);
    maps.add(
        CurrentUser.of(otherExec),
        new MapEntry(otherPeer.id(), 4, Frequency.WEEKLY, 2, 3, ""),
        null);
    engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(),
                null,
                List.of(sponsor.id()),
                LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(11),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    base = "/api/v1/engagements/" + engagement;
  }

  private MockHttpServletResponse call(PersonView who, MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + fixtures.token(who)))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse goal(PersonView who, String tie) throws Exception {
    return call(
        who,
        post(base + "/goals")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"title\": \"Listen first\", \"levels\": " + LEVELS + tie + "}"));
  }

  private static Object json(MockHttpServletResponse response, String path) throws Exception {
    return JsonPath.read(response.getContentAsString(), path);
  }

  /** The executive's best-supported strength, as the report ranks it. */
  private static RankedStrength top() {
    return StrengthRanking.top(new DriveScores(20, 70, 10), 1).get(0);
  }

  @Test
  void offersTheExecutivesTopStrengthsAndTheMapOnlyOnceItIsShared() throws Exception {
    String id = top().strength().name().toLowerCase(Locale.ROOT);
    var asCoach = call(coach, get(base + "/goal-links"));
    assertThat(asCoach.getStatus()).isEqualTo(200);
    List<String> strengths = JsonPath.read(asCoach.getContentAsString(), "$.strengths[*].id");
    assertThat(strengths).hasSize(GoalLinks.STRENGTHS_OFFERED).startsWith(id);
    assertThat((List<?>) json(asCoach, "$.relationships")).isEmpty();

    var asExec = call(exec, get(base + "/goal-links"));
    assertThat(JsonPath.<List<String>>read(asExec.getContentAsString(), "$.relationships[*].id"))
        .containsExactly(peer.id().value().toString());

    maps.shareWithCoach(CurrentUser.of(exec), true);
    assertThat(
            JsonPath.<List<String>>read(
                call(coach, get(base + "/goal-links")).getContentAsString(),
                "$.relationships[*].label"))
        .containsExactly(peer.name());

    assertThat(call(sponsor, get(base + "/goal-links")).getStatus()).isEqualTo(404);
    assertThat(call(peer, get(base + "/goal-links")).getStatus()).isEqualTo(404);
    assertThat(call(otherExec, get(base + "/goal-links")).getStatus()).isEqualTo(404);
  }

  @Test
  void showsAStrengthTieToTheExecutiveAndTheCoachButNeverToTheSponsor() throws Exception {
    RankedStrength top = top();
    String id = top.strength().name().toLowerCase(Locale.ROOT);
    assertThat(goal(coach, ", \"strength\": \"" + id + "\"").getStatus()).isEqualTo(201);

    for (PersonView who : List.of(exec, coach)) {
      var read = call(who, get(base));
      assertThat(json(read, "$.goals[0].strength")).isEqualTo(id);
      assertThat(json(read, "$.goals[0].relationship")).isNull();
      assertThat((String) json(read, "$.goals[0].tiedTo")).contains(top.strength().overdone());
    }
    var sponsorView = call(sponsor, get(base));
    assertThat(sponsorView.getStatus()).isEqualTo(200);
    assertThat(sponsorView.getContentAsString())
        .doesNotContain(top.strength().overdone())
        .doesNotContain(id);
    assertThat(page(sponsor)).doesNotContain(top.strength().overdone());
    assertThat(page(coach)).contains("Tied to:").contains(top.strength().overdone());
  }

  @Test
  void rejectsAnUnknownStrengthAndPeopleOffTheExecutivesMapNamingTheField() throws Exception {
    var unknown = goal(exec, ", \"strength\": \"fearless\"");
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(json(unknown, "$.field")).isEqualTo("strength");

    String bottom =
        StrengthRanking.rank(new DriveScores(20, 70, 10)).get(20).strength().name().toLowerCase();
    assertThat(json(goal(exec, ", \"strength\": \"" + bottom + "\""), "$.field"))
        .isEqualTo("strength");

    for (PersonView offMap : List.of(otherPeer, otherExec, sponsor, coach)) {
      var response = goal(exec, ", \"relationship\": \"" + offMap.id().value() + "\"");
      assertThat(response.getStatus()).as(offMap.name()).isEqualTo(400);
      assertThat(json(response, "$.field")).isEqualTo("relationship");
    }
    assertThat(json(goal(exec, ", \"relationship\": \"not-an-id\""), "$.field"))
        .isEqualTo("relationship");
    // The coach may not tie a goal to the map before the executive shares it.
    assertThat(goal(coach, ", \"relationship\": \"" + peer.id().value() + "\"").getStatus())
        .isEqualTo(400);
    var both =
        goal(
            exec,
            ", \"strength\": \""
                + top().strength().name()
                + "\", \"relationship\": \""
                + peer.id().value()
                + "\"");
    assertThat(both.getStatus()).isEqualTo(400);

    assertThat((List<?>) json(call(exec, get(base)), "$.goals")).isEmpty();
  }

  @Test
  void anExecutiveWithoutAProfileIsOfferedNoStrength() throws Exception {
    PersonView fresh = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView freshCoach = fixtures.coachOf(fresh);
    UUID other =
        coaching.open(
            CurrentUser.of(freshCoach),
            new Coaching.Opening(
                fresh.id(),
                null,
                List.of(),
                LocalDate.now(),
                LocalDate.now().plusMonths(6),
                false));
    coaching.acceptAgreement(CurrentUser.of(fresh), other);
    var links = call(fresh, get("/api/v1/engagements/" + other + "/goal-links"));
    assertThat((List<?>) json(links, "$.strengths")).isEmpty();
    var refused =
        call(
            fresh,
            post("/api/v1/engagements/" + other + "/goals")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\": \"T\", \"levels\": " + LEVELS + ", \"strength\": \"driven\"}"));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat((String) json(refused, "$.detail")).contains("no profile result");
  }

  @Test
  void theFormKeepsTheInputAndShowsTheMistakeBesideTheTieThenTiesARelationship() throws Exception {
    Cookie session = SignInSupport.signIn(mvc, exec);
    MvcResult refused =
        mvc.perform(
                post("/engagements/" + engagement + "/goals")
                    .cookie(session)
                    .with(csrf())
                    .param("title", "Kept title 7431")
                    .param("levelMinus2", "a")
                    .param("levelMinus1", "b")
                    .param("level0", "c")
                    .param("levelPlus1", "d")
                    .param("levelPlus2", "e")
                    .param("tiedTo", "relationship:" + otherPeer.id().value()))
            .andReturn();
    assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/engagements/" + engagement);
    String form =
        mvc.perform(
                get("/engagements/" + engagement).cookie(session).flashAttrs(refused.getFlashMap()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("value=\"Kept title 7431\"");
    assertThat(form)
        .containsPattern(
            "(?s)<select id=\"goal-tied-to\".*?</select>\\s*<p class=\"field-error\">Choose a"
                + " person on ");
    assertThat(form).doesNotContain(otherPeer.name());

    mvc.perform(
        post("/engagements/" + engagement + "/goals")
            .cookie(session)
            .with(csrf())
            .param("title", "Hear Sam out")
            .param("levelMinus2", "a")
            .param("levelMinus1", "b")
            .param("level0", "c")
            .param("levelPlus1", "d")
            .param("levelPlus2", "e")
            .param("tiedTo", "relationship:" + peer.id().value()));
    assertThat(page(exec)).contains("The relationship with " + peer.name());
    assertThat(page(coach)).contains("The relationship with " + peer.name());
    assertThat(page(sponsor)).doesNotContain(peer.name());
    assertThat(call(sponsor, get(base)).getContentAsString())
        .doesNotContain(peer.id().value().toString());
    assertThat(call(peer, get(base)).getStatus()).isEqualTo(404);
  }

  private String page(PersonView who) throws Exception {
    return mvc.perform(get("/engagements/" + engagement).cookie(SignInSupport.signIn(mvc, who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}

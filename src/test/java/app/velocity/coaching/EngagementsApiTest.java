package app.velocity.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The coaching flow through the JSON API, with the same visibility as the pages: content for the
 * executive and the coach, aggregates for sponsors, 404 for anyone without a part.
 */
@IntegrationTest
class EngagementsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  PersonView admin, exec, coach, sponsor, otherExec, otherCoach, otherSponsor, colleague;
  Map<PersonView, String> tokens = new java.util.HashMap<>();

  @BeforeEach
  void people() {
    OrganisationView org = fixtures.organisation();
    OrganisationView other = fixtures.organisation();
    admin = fixtures.admin();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    colleague = fixtures.person(Role.COLLEAGUE, org);
    otherExec = fixtures.person(Role.EXECUTIVE, other);
    otherCoach = fixtures.coachOf(otherExec);
    otherSponsor = fixtures.person(Role.SPONSOR, other);
  }

  private String token(PersonView who) {
    return tokens.computeIfAbsent(who, fixtures::token);
  }

  private MockHttpServletResponse call(PersonView who, MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + token(who)))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse send(
      PersonView who, MockHttpServletRequestBuilder request, String json) throws Exception {
    return call(who, request.contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private static String field(MockHttpServletResponse response, String path) throws Exception {
    Object value = JsonPath.read(response.getContentAsString(), path);
    return value == null ? null : value.toString();
  }

  /** The whole flow through the API; returns the engagement and session ids. */
  private String[] aWorkingEngagement() throws Exception {
    var opened =
        send(
            coach,
            post("/api/v1/engagements"),
            """
            {"executive": "%s", "sponsors": ["%s"], "startsOn": "%s", "endsOn": "%s"}"""
                .formatted(
                    exec.id().value(),
                    sponsor.id().value(),
                    LocalDate.now().minusMonths(2),
                    LocalDate.now().plusMonths(10)));
    assertThat(opened.getStatus()).isEqualTo(201);
    String id = field(opened, "$.id");
    assertThat(field(opened, "$.status")).isEqualTo("PROPOSED");
    String base = "/api/v1/engagements/" + id;

    assertThat(call(coach, post(base + "/agreement")).getStatus()).isEqualTo(404);
    assertThat(field(call(exec, post(base + "/agreement")), "$.status")).isEqualTo("ACTIVE");

    var goal =
        send(
            coach,
            post(base + "/goals"),
            """
            {"title": "Delegate by fit", "levels": ["never", "rarely", "half", "mostly", "always"]}""");
    assertThat(goal.getStatus()).isEqualTo(201);
    String goalId = field(goal, "$.id");
    assertThat(
            send(coach, post(base + "/goals/" + goalId + "/scores"), "{\"level\": 1}").getStatus())
        .isEqualTo(204);
    var action =
        send(
            exec,
            post(base + "/actions"),
            "{\"title\": \"Secret action title\", \"dueOn\": \"%s\"}"
                .formatted(LocalDate.now().minusDays(1)));
    assertThat(action.getStatus()).isEqualTo(201);
    assertThat(
            send(
                    exec,
                    post(base + "/journal"),
                    "{\"body\": \"Secret journal text\", \"share\": true}")
                .getStatus())
        .isEqualTo(204);
    var session =
        send(
            coach,
            post(base + "/sessions"),
            """
            {"date": "%s", "time": "09:30", "timeZone": "Europe/Berlin", "minutes": 60,
             "agenda": "Secret agenda"}"""
                .formatted(LocalDate.now().plusDays(10)));
    assertThat(session.getStatus()).isEqualTo(201);
    assertThat(field(session, "$.sequence")).isEqualTo("0");
    assertThat(field(session, "$.timeZone")).isEqualTo("Europe/Berlin");
    String sessionId = field(session, "$.id");
    String sessionPath = base + "/sessions/" + sessionId;
    send(coach, put(sessionPath + "/private-notes"), "{\"notes\": \"Secret private note\"}");
    send(exec, put(sessionPath + "/notes"), "{\"notes\": \"Secret shared note\"}");
    return new String[] {id, sessionId};
  }

  @Test
  void runsTheFlowAndChangesAndCancelsASessionWithItsCalendarObject() throws Exception {
    String[] ids = aWorkingEngagement();
    String sessionPath = "/api/v1/engagements/" + ids[0] + "/sessions/" + ids[1];
    var changed =
        send(
            coach,
            put(sessionPath),
            """
            {"date": "%s", "time": "11:00", "timeZone": "Europe/Berlin", "minutes": 45}"""
                .formatted(LocalDate.now().plusDays(11)));
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(field(changed, "$.sequence")).isEqualTo("1");
    assertThat(field(call(coach, post(sessionPath + "/cancel")), "$.state")).isEqualTo("cancelled");

    var ics = call(exec, get(sessionPath + ".ics"));
    assertThat(ics.getStatus()).isEqualTo(200);
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.getContentAsString()));
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(event.getProperty("SEQUENCE").map(Property::getValue).orElseThrow()).isEqualTo("2");
    assertThat(event.getProperty("UID").map(Property::getValue).orElseThrow()).contains(ids[1]);

    var mistake =
        send(
            coach,
            post("/api/v1/engagements/" + ids[0] + "/sessions"),
            "{\"date\": \"%s\", \"time\": \"10:00\", \"minutes\": 60, \"timeZone\": \"Nowhere/City\"}"
                .formatted(LocalDate.now().plusDays(3)));
    assertThat(mistake.getStatus()).isEqualTo(400);
    assertThat(field(mistake, "$.field")).isEqualTo("timeZone");
    var mark =
        send(
            exec,
            put(
                "/api/v1/engagements/"
                    + ids[0]
                    + "/actions/"
                    + java.util.UUID.randomUUID()
                    + "/status"),
            "{\"status\": \"DONE\"}");
    assertThat(mark.getStatus()).isEqualTo(404);
  }

  @Test
  void eachCallerSeesWhatTheirPartAllowsAndOutsidersGet404() throws Exception {
    String[] ids = aWorkingEngagement();
    String base = "/api/v1/engagements/" + ids[0];
    String sessionPath = base + "/sessions/" + ids[1];

    String asExec = call(exec, get(base)).getContentAsString();
    assertThat(asExec)
        .contains("Delegate by fit", "Secret action title", "Secret journal text")
        .contains("Secret shared note", "Secret agenda")
        .doesNotContain("Secret private note");
    String asCoach = call(coach, get(base)).getContentAsString();
    assertThat(asCoach)
        .contains("Secret private note", "Secret shared note", "Secret journal text");

    for (PersonView aggregatesOnly : List.of(sponsor, admin)) {
      var response = call(aggregatesOnly, get(base));
      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getContentAsString())
          .doesNotContain("Delegate by fit")
          .doesNotContain("never")
          .doesNotContain("Secret");
      String list = call(aggregatesOnly, get("/api/v1/engagements")).getContentAsString();
      assertThat(list).contains(ids[0]).doesNotContain("Secret").doesNotContain("Delegate");
      for (String path : List.of(base + "/sessions", sessionPath, sessionPath + ".ics")) {
        assertThat(call(aggregatesOnly, get(path)).getStatus()).as(path).isEqualTo(404);
      }
    }
    var sponsorView = call(sponsor, get(base));
    assertThat(field(sponsorView, "$.progress.latestLevels[0]")).isEqualTo("1");
    assertThat(field(sponsorView, "$.progress.goalAttainmentTScore")).startsWith("60");
    assertThat(field(sponsorView, "$.progress.stakeholderSurvey")).isNotBlank();

    for (PersonView outsider : List.of(otherExec, otherCoach, otherSponsor, colleague)) {
      assertThat(call(outsider, get(base)).getStatus()).as(outsider.name()).isEqualTo(404);
      assertThat(call(outsider, get(sessionPath)).getStatus()).isEqualTo(404);
      assertThat(call(outsider, get(sessionPath + ".ics")).getStatus()).isEqualTo(404);
      assertThat(send(outsider, put(sessionPath + "/notes"), "{\"notes\": \"x\"}").getStatus())
          .isEqualTo(404);
      assertThat(send(outsider, post(base + "/journal"), "{\"body\": \"x\"}").getStatus())
          .isEqualTo(404);
      assertThat(call(outsider, get("/api/v1/engagements")).getContentAsString())
          .doesNotContain(ids[0]);
    }
    assertThat(send(sponsor, put(sessionPath + "/notes"), "{\"notes\": \"x\"}").getStatus())
        .isEqualTo(404);
    assertThat(send(exec, put(sessionPath + "/private-notes"), "{\"notes\": \"x\"}").getStatus())
        .isEqualTo(409);
  }
}

package app.velocity.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.mail.Mailer;
import app.velocity.mail.OutboxEntry;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions: invitations by e-mail with a stable UID and a rising sequence, the cancellation, notes
 * that only the right people read, and follow-up actions.
 */
@IntegrationTest
class SessionsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Scheduling scheduling;
  @Autowired Mailer mailer;

  PersonView admin, exec, coach, sponsor;
  UUID engagement;

  @BeforeEach
  void anActiveEngagement() {
    OrganisationView org = fixtures.organisation();
    admin = fixtures.admin();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    engagement =
        coaching.open(
            CurrentUser.of(admin),
            new Coaching.Opening(
                exec.id(),
                coach.id(),
                List.of(sponsor.id()),
                LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(11),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
  }

  private static Scheduling.SessionPlan plan(LocalDate date, String time, String zone) {
    return new Scheduling.SessionPlan(
        date,
        LocalTime.parse(time),
        zone,
        90,
        "Room 3",
        "https://meet.example/sam",
        "Review the delegation goal");
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").get(0);
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow();
  }

  private static String method(Calendar calendar) {
    return calendar.getProperty("METHOD").orElseThrow().getValue();
  }

  /** The invitation mails to this address, oldest first. */
  private List<OutboxEntry> invitationsTo(String address) {
    return mailer.to(address).stream()
        .filter(e -> e.attachmentType() != null && e.attachmentType().startsWith("text/calendar"))
        .sorted(java.util.Comparator.comparing(OutboxEntry::createdAt))
        .toList();
  }

  @Test
  @Tag("smoke")
  void scheduleChangeAndCancelSendInvitationsWithOneUidAndARisingSequence() throws Exception {
    LocalDate day = LocalDate.now().plusDays(20);
    UUID session =
        scheduling.schedule(CurrentUser.of(coach), engagement, plan(day, "10:00", "Europe/Berlin"));
    scheduling.change(
        CurrentUser.of(coach), engagement, session, plan(day.plusDays(1), "14:30", "Asia/Tokyo"));
    scheduling.cancel(CurrentUser.of(coach), engagement, session);

    List<OutboxEntry> toExec = invitationsTo(exec.email());
    List<OutboxEntry> toCoach = invitationsTo(coach.email());
    assertThat(toExec).hasSize(3);
    assertThat(toCoach).hasSize(3);
    assertThat(toExec.get(0).attachmentType()).contains("method=REQUEST");
    assertThat(toExec.get(1).attachmentType()).contains("method=REQUEST");
    assertThat(toExec.get(2).attachmentType()).contains("method=CANCEL");
    assertThat(toExec.get(2).subject()).startsWith("Cancelled");

    // coaching content stays out of mail: the outbox is read by firm admins
    for (OutboxEntry mail : toExec) {
      assertThat(mail.body() + mail.attachmentContent()).doesNotContain("delegation goal");
    }
    Calendar first = parse(toExec.get(0).attachmentContent());
    Calendar changed = parse(toExec.get(1).attachmentContent());
    Calendar cancelled = parse(toExec.get(2).attachmentContent());
    assertThat(method(first)).isEqualTo("REQUEST");
    assertThat(method(changed)).isEqualTo("REQUEST");
    assertThat(method(cancelled)).isEqualTo("CANCEL");
    assertThat(value(event(cancelled), "STATUS")).isEqualTo("CANCELLED");

    String uid = value(event(first), "UID");
    assertThat(uid).contains(session.toString());
    assertThat(value(event(changed), "UID")).isEqualTo(uid);
    assertThat(value(event(cancelled), "UID")).isEqualTo(uid);
    assertThat(toCoach.get(0).attachmentContent()).contains(session.toString());
    assertThat(
            List.of(
                value(event(first), "SEQUENCE"),
                value(event(changed), "SEQUENCE"),
                value(event(cancelled), "SEQUENCE")))
        .containsExactly("0", "1", "2");

    DtStart<?> start = event(first).getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
    assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
    assertThat(ZonedDateTime.from(start.getDate()))
        .isEqualTo(ZonedDateTime.of(day.atTime(10, 0), ZoneId.of("Europe/Berlin")));
    DtStart<?> moved = event(changed).getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
    assertThat(moved.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Tokyo");
    assertThat(ZonedDateTime.from(moved.getDate()).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(day.plusDays(1), LocalTime.of(14, 30)));

    assertThatThrownBy(
            () ->
                scheduling.change(
                    CurrentUser.of(coach), engagement, session, plan(day, "09:00", "UTC")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cancelled");
  }

  @Test
  void theCalendarFileFollowsTheSessionAndIsOnlyForTheExecutiveAndTheCoach() throws Exception {
    UUID session =
        scheduling.schedule(
            CurrentUser.of(coach),
            engagement,
            plan(LocalDate.now().plusDays(3), "08:15", "America/New_York"));
    String path = "/engagements/" + engagement + "/sessions/" + session + ".ics";
    var response =
        mvc.perform(get(path).cookie(SignInSupport.signIn(mvc, exec))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("text/calendar");
    Calendar calendar = parse(response.getContentAsString());
    assertThat(method(calendar)).isEqualTo("REQUEST");
    assertThat(value(event(calendar), "SEQUENCE")).isEqualTo("0");
    assertThat(value(event(calendar), "DESCRIPTION")).isEqualTo("Review the delegation goal");
    for (PersonView outsider : List.of(sponsor, admin)) {
      assertThat(
              mvc.perform(get(path).cookie(SignInSupport.signIn(mvc, outsider)))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(404);
    }
  }

  @Test
  void privateNotesReachTheCoachAndNobodyElse() throws Exception {
    UUID session =
        scheduling.schedule(
            CurrentUser.of(coach),
            engagement,
            plan(LocalDate.now().minusDays(2), "10:00", "Europe/London"));
    scheduling.writeSharedNotes(CurrentUser.of(exec), engagement, session, "We agreed on a plan");
    scheduling.writePrivateNotes(
        CurrentUser.of(coach), engagement, session, "Hypothesis: avoids conflict with Diego");
    assertThatThrownBy(
            () ->
                scheduling.writePrivateNotes(
                    CurrentUser.of(exec), engagement, session, "let me in"))
        .isInstanceOf(IllegalStateException.class);

    assertThat(page(coach)).contains("We agreed on a plan", "Hypothesis: avoids conflict");
    assertThat(page(exec)).contains("We agreed on a plan").doesNotContain("Hypothesis");
    assertThat(page(sponsor)).doesNotContain("We agreed").doesNotContain("Hypothesis");
    assertThat(page(admin)).doesNotContain("We agreed").doesNotContain("Hypothesis");
    assertThat(scheduling.view(CurrentUser.of(exec), engagement, session).privateNotes()).isNull();
    assertThat(scheduling.view(CurrentUser.of(coach), engagement, session).privateNotes())
        .startsWith("Hypothesis");
    assertThatThrownBy(() -> scheduling.view(CurrentUser.of(sponsor), engagement, session))
        .isInstanceOf(NotYourEngagement.class);
  }

  @Test
  void aSessionRecordedAfterItTookPlaceSendsNoInvitationAndCountsAsHeld() {
    scheduling.schedule(
        CurrentUser.of(coach), engagement, plan(LocalDate.now().minusDays(7), "10:00", "UTC"));
    assertThat(invitationsTo(exec.email())).isEmpty();
    assertThat(coaching.view(CurrentUser.of(sponsor), engagement).progress().sessionsHeld())
        .isEqualTo(1);
  }

  @Test
  void followUpActionsAreTheEngagementsActionsTiedToTheSession() {
    UUID session =
        scheduling.schedule(
            CurrentUser.of(coach), engagement, plan(LocalDate.now().minusDays(1), "10:00", "UTC"));
    UUID action =
        scheduling.followUp(
            CurrentUser.of(exec), engagement, session, "Ask Priya to lead", LocalDate.now());
    EngagementView seen = coaching.view(CurrentUser.of(coach), engagement);
    assertThat(seen.actions()).extracting(EngagementView.ActionView::id).contains(action);
    assertThat(seen.sessions().get(0).followUps())
        .extracting(EngagementView.ActionView::title)
        .containsExactly("Ask Priya to lead");
  }

  @Test
  void onlyTheCoachSchedulesAndMistakesNameTheField() {
    assertThatThrownBy(
            () ->
                scheduling.schedule(
                    CurrentUser.of(exec), engagement, plan(LocalDate.now(), "10:00", "UTC")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                scheduling.schedule(
                    CurrentUser.of(sponsor), engagement, plan(LocalDate.now(), "10:00", "UTC")))
        .isInstanceOf(NotYourEngagement.class);
    assertThatThrownBy(
            () ->
                scheduling.schedule(
                    CurrentUser.of(coach),
                    engagement,
                    plan(LocalDate.now(), "10:00", "Mars/Olympus_Mons")))
        .hasMessageStartingWith("timeZone:");
    assertThatThrownBy(
            () ->
                scheduling.schedule(
                    CurrentUser.of(coach),
                    engagement,
                    new Scheduling.SessionPlan(
                        LocalDate.now(), LocalTime.NOON, "UTC", 5, null, null, null)))
        .hasMessageStartingWith("minutes:");
    assertThatThrownBy(
            () ->
                scheduling.schedule(
                    CurrentUser.of(coach),
                    engagement,
                    new Scheduling.SessionPlan(
                        LocalDate.now(), LocalTime.NOON, "UTC", 60, null, "javascript:x()", null)))
        .hasMessageStartingWith("videoLink:");
  }

  @Test
  void theScheduleFormGoesBackWithTheInputKeptAndTheMistakeBesideTheField() throws Exception {
    Cookie session = SignInSupport.signIn(mvc, coach);
    var result =
        mvc.perform(
                post("/engagements/" + engagement + "/sessions")
                    .cookie(session)
                    .with(csrf())
                    .param("date", LocalDate.now().plusDays(5).toString())
                    .param("time", "10:00")
                    .param("timeZone", "Europe/Paris")
                    .param("minutes", "2")
                    .param("agenda", "Kept agenda text"))
            .andReturn();
    var flash = result.getFlashMap().get("sessionForm");
    assertThat(flash).isInstanceOf(SessionForm.class);
    String html =
        mvc.perform(
                get("/engagements/" + engagement).cookie(session).flashAttr("sessionForm", flash))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Kept agenda text", "class=\"field-error\"", "15 to 480 minutes");
    assertThat(html).containsPattern("<option value=\"Europe/Paris\" selected");
  }

  @Test
  void theCoachDashboardListsOwnClientsNextSessionsAndOverdueActions() throws Exception {
    scheduling.schedule(
        CurrentUser.of(coach), engagement, plan(LocalDate.now().plusDays(4), "11:00", "UTC"));
    coaching.commitAction(
        CurrentUser.of(exec),
        engagement,
        "Late action for the dashboard",
        LocalDate.now().minusDays(3));
    PersonView otherExec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView otherCoach = fixtures.coachOf(otherExec);

    CoachDashboard board = coaching.dashboard(CurrentUser.of(coach));
    assertThat(board.clients())
        .extracting(CoachDashboard.Client::engagement)
        .containsExactly(engagement);
    assertThat(board.nextSessions()).hasSize(1);
    assertThat(board.overdueActions())
        .extracting(CoachDashboard.OverdueAction::title)
        .containsExactly("Late action for the dashboard");
    assertThat(coaching.dashboard(CurrentUser.of(otherCoach)).clients()).isEmpty();
    assertThatThrownBy(() -> coaching.dashboard(CurrentUser.of(exec)))
        .isInstanceOf(NotYourEngagement.class);

    String html =
        mvc.perform(get("/coaching/dashboard").cookie(SignInSupport.signIn(mvc, coach)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains(exec.name(), "Late action for the dashboard");
    String home =
        mvc.perform(get("/").cookie(SignInSupport.signIn(mvc, coach)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(home).contains("href=\"/coaching/dashboard\"");
    assertThat(
            mvc.perform(get("/coaching/dashboard").cookie(SignInSupport.signIn(mvc, sponsor)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  private String page(PersonView who) throws Exception {
    return mvc.perform(get("/engagements/" + engagement).cookie(SignInSupport.signIn(mvc, who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}

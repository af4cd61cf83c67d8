package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.SignInSupport;
import app.velocity.coaching.Coaching;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An engagement with a goal, a sponsor and named stakeholders, for the survey's attack tests: the
 * people, their links and the ordinary HTTP calls an insider makes, through the same services and
 * endpoints the application offers.
 */
final class SurveyWorld {

  private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{40,})");

  final MockMvc mvc;
  final Fixtures fixtures;
  final Surveys surveys;
  final Mailer mailer;
  final PersonView exec;
  final PersonView coach;
  final PersonView sponsor;
  final UUID engagement;
  final UUID goal;

  /** The stakeholders by name, in the order named. */
  final Map<String, String> emails = new LinkedHashMap<>();

  /** One access token per person: a person may hold only so many. */
  private final Map<PersonView, String> tokens = new java.util.HashMap<>();

  /**
   * @param groups name to group (manager, peer, direct-report, other) of each stakeholder
   * @param managerShownAlone the agreement's choice about the manager
   */
  SurveyWorld(
      MockMvc mvc,
      Fixtures fixtures,
      Coaching coaching,
      Surveys surveys,
      Mailer mailer,
      Map<String, String> groups,
      boolean managerShownAlone) {
    this.mvc = mvc;
    this.fixtures = fixtures;
    this.surveys = surveys;
    this.mailer = mailer;
    OrganisationView org = fixtures.organisation();
    exec = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(exec);
    sponsor = fixtures.person(Role.SPONSOR, org);
    engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(),
                coach.id(),
                List.of(sponsor.id()),
                LocalDate.now(),
                LocalDate.now().plusMonths(12),
                managerShownAlone));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    goal =
        coaching.defineGoal(
            CurrentUser.of(coach), engagement, "Delegate by fit", List.of("a", "b", "c", "d", "e"));
    groups.forEach(
        (name, group) -> {
          String email = Fixtures.unique(name) + "@example.test";
          emails.put(name, email);
          surveys.addStakeholder(CurrentUser.of(exec), engagement, name, email, group);
        });
  }

  CurrentUser asCoach() {
    return CurrentUser.of(coach);
  }

  void confirm() {
    surveys.confirmStakeholders(
        asCoach(), engagement, surveys.stakeholderList(asCoach(), engagement).fingerprint());
  }

  /** A wave set for today and sent now; the list must be confirmed. */
  UUID sendWave(LocalDate dueOn) {
    UUID wave = surveys.scheduleWave(asCoach(), engagement, dueOn);
    surveys.sendNow(asCoach(), engagement, wave);
    return wave;
  }

  void close(UUID wave) {
    surveys.close(asCoach(), engagement, wave);
  }

  /** The link of the newest mail to this stakeholder. */
  String link(String name) {
    var mails = mailer.to(emails.get(name));
    assertThat(mails).as("mail to " + name).isNotEmpty();
    Matcher m = LINK.matcher(mails.get(0).body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** The stakeholder answers through the form: the score for the goal and a suggestion. */
  MvcResult answer(String name, String score, String suggestion) throws Exception {
    return mvc.perform(
            post("/survey/" + link(name))
                .with(csrf())
                .param("goal-" + goal, score)
                .param("followUp", "often")
                .param("suggestion", suggestion))
        .andReturn();
  }

  void answered(String name, String score, String suggestion) throws Exception {
    assertThat(answer(name, score, suggestion).getResponse().getRedirectedUrl())
        .as(name + " answers")
        .isEqualTo("/survey/thanks");
  }

  String page(PersonView who) throws Exception {
    return mvc.perform(
            get("/engagements/" + engagement + "/survey").cookie(SignInSupport.signIn(mvc, who)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String api(PersonView who, String path) throws Exception {
    return mvc.perform(
            get("/api/v1/engagements/" + engagement + path)
                .header("Authorization", "Bearer " + tokens.computeIfAbsent(who, fixtures::token)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The sponsor's engagement page. */
  String sponsorView() throws Exception {
    return mvc.perform(get("/engagements/" + engagement).cookie(SignInSupport.signIn(mvc, sponsor)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Runs the same call on two threads at once, as two instances would, and adds up the counts. */
  static int concurrently(java.util.concurrent.Callable<Integer> call) throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(call);
      var b = pool.submit(call);
      return a.get() + b.get();
    } finally {
      pool.shutdown();
    }
  }
}

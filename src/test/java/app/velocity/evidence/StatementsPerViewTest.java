package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.SqlStatements;
import app.velocity.coaching.Coaching;
import app.velocity.feedback.Surveys;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SQL statements per page view of the coaching and survey pages, counted by {@link SqlStatements}.
 * A page reads the same number of statements however many sponsors, goal reviews and stakeholders
 * an engagement has (no statement per person or per goal), and no more than a few more than the
 * pages' fixed needs (the survey page once read 51 for the demo engagement).
 */
@IntegrationTest
class StatementsPerViewTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;

  @RegisterExtension final SqlStatements statements = new SqlStatements();

  /** An engagement, its people signed in, its pages. */
  record World(UUID engagement, Map<String, Cookie> cookies) {}

  /**
   * An engagement with {@code sponsors} sponsors, two goals each reviewed {@code reviews} times,
   * {@code stakeholders} stakeholders and a sent wave.
   */
  private World engagement(int sponsors, int reviews, int stakeholders) throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    PersonView coach = fixtures.coachOf(exec);
    List<PersonView> sponsorList = new ArrayList<>();
    for (int i = 0; i < sponsors; i++) {
      sponsorList.add(fixtures.person(Role.SPONSOR, org));
    }
    CurrentUser c = CurrentUser.of(coach);
    UUID engagement =
        coaching.open(
            c,
            new Coaching.Opening(
                exec.id(),
                null,
                sponsorList.stream().map(PersonView::id).toList(),
                LocalDate.now(),
                LocalDate.now().plusMonths(12),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    List<String> levels = List.of("a", "b", "c", "d", "e");
    for (String title : List.of("Delegate by fit", "Listen first")) {
      UUID goal = coaching.defineGoal(c, engagement, title, levels);
      for (int r = 0; r < reviews; r++) {
        coaching.scoreGoal(c, engagement, goal, r % 3 - 1, null);
      }
    }
    String[] groups = {"manager", "peer", "direct-report", "other"};
    for (int i = 0; i < stakeholders; i++) {
      surveys.addStakeholder(
          CurrentUser.of(exec),
          engagement,
          "Stakeholder " + i,
          Fixtures.unique("s" + i) + "@example.test",
          groups[i == 0 ? 0 : 1 + i % 3]);
    }
    surveys.confirmStakeholders(
        c, engagement, surveys.stakeholderList(c, engagement).fingerprint());
    UUID wave = surveys.scheduleWave(c, engagement, LocalDate.now());
    surveys.sendNow(c, engagement, wave);
    Map<String, Cookie> cookies = new LinkedHashMap<>();
    cookies.put("executive", SignInSupport.signIn(mvc, exec));
    cookies.put("coach", SignInSupport.signIn(mvc, coach));
    cookies.put("sponsor", SignInSupport.signIn(mvc, sponsorList.get(0)));
    return new World(engagement, cookies);
  }

  /** Statements of one view of the page (after a first view, so that nothing is read once only). */
  private int statementsOf(String path, Cookie cookie) throws Exception {
    assertThat(mvc.perform(get(path).cookie(cookie)).andReturn().getResponse().getStatus())
        .as(path)
        .isEqualTo(200);
    statements.clear();
    mvc.perform(get(path).cookie(cookie)).andReturn();
    return statements.list().size();
  }

  private Map<String, Integer> views(World world) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String page : List.of("", "/survey")) {
      for (var who : world.cookies().entrySet()) {
        counts.put(
            who.getKey() + " " + (page.isEmpty() ? "engagement" : "survey"),
            statementsOf("/engagements/" + world.engagement() + page, who.getValue()));
      }
    }
    return counts;
  }

  @Test
  void theCoachingPagesReadAsManyStatementsForABigEngagementAsForASmallOne() throws Exception {
    Map<String, Integer> small = views(engagement(1, 1, 6));
    Map<String, Integer> big = views(engagement(3, 4, 10));
    assertThat(big).isEqualTo(small);
    // what the pages need: the session (read, last access written), the person signed in, the
    // engagement and its sponsors, the goals and their reviews, the names shown, actions,
    // sessions, organisation, journal; the survey's stakeholders and the coach's confirmation,
    // waves, follow-ups and released results (one statement for all waves); the coach's read of
    // the results is audited
    assertThat(small.get("executive engagement")).isLessThanOrEqualTo(13);
    assertThat(small.get("sponsor engagement")).isLessThanOrEqualTo(15);
    assertThat(small.get("executive survey")).isLessThanOrEqualTo(19);
    assertThat(small.get("coach survey")).isLessThanOrEqualTo(20);
  }

  /** Statements of the dashboard of a coach with so many engagements, each with an action. */
  private int dashboardWith(int engagements) throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView first = fixtures.person(Role.EXECUTIVE, org);
    PersonView coach = fixtures.coachOf(first);
    for (int i = 0; i < engagements; i++) {
      PersonView exec = i == 0 ? first : fixtures.person(Role.EXECUTIVE, org);
      fixtures.directory().assignCoach(exec.id(), coach.id());
      UUID engagement =
          coaching.open(
              CurrentUser.of(coach),
              new Coaching.Opening(
                  exec.id(),
                  null,
                  List.of(fixtures.person(Role.SPONSOR, org).id()),
                  LocalDate.now(),
                  LocalDate.now().plusMonths(12),
                  false));
      coaching.acceptAgreement(CurrentUser.of(exec), engagement);
      coaching.commitAction(
          CurrentUser.of(coach), engagement, "Ask before deciding", LocalDate.now().plusDays(7));
    }
    return statementsOf("/coaching/dashboard", SignInSupport.signIn(mvc, coach));
  }

  @Test
  void theCoachsDashboardReadsAsManyStatementsForThreeEngagementsAsForOne() throws Exception {
    assertThat(dashboardWith(3)).isEqualTo(dashboardWith(1));
  }

  @Test
  void theCountsAreCountsOfStatementsSent() throws Exception {
    // the counter is not blind: one more statement per view is one more counted
    World world = engagement(1, 1, 6);
    Cookie executive = world.cookies().get("executive");
    int page = statementsOf("/engagements/" + world.engagement(), executive);
    assertThat(page).isGreaterThan(5);
    statements.clear();
    fixtures.directory().person(new PersonId(UUID.randomUUID()));
    assertThat(statements.list()).hasSize(1);
  }
}

package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.items.ItemBank;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import app.velocity.relationships.EstimatesTestData;
import app.velocity.relationships.MapEntry;
import app.velocity.relationships.RelationshipMaps;
import app.velocity.relationships.Teams;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The differencing suite (docs/design.md §9, issue 14 §7): every aggregate a role sees, attacked
 * the two ways an insider would, by reading it before and after one more person and by reading two
 * overlapping groups. Each attack compares what the attacker reads; a difference would single
 * someone out. Stakeholder-survey results have their own attacks in {@code
 * feedback/results/DifferencingAttacks}; the comfort-bias measurement after a colleague stopped
 * sharing is attacked in {@code delegation/WithdrawnConsentAttackTest}.
 */
@IntegrationTest
class DifferencingSuiteTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired Teams teams;
  @Autowired RelationshipMaps maps;

  // A sponsor's team distribution

  /**
   * Everything a sponsor reads of a team, without its id and name (the picture's title names the
   * team, and each picture has its own element ids).
   */
  private String distribution(PersonView sponsor, UUID team) throws Exception {
    String json =
        mvc.perform(
                get("/api/v1/teams/" + team)
                    .header("Authorization", "Bearer " + fixtures.token(sponsor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> parts = new ArrayList<>();
    for (String field :
        List.of(
            "svg",
            "typeCounts",
            "summary",
            "missingDrives",
            "clashPairs",
            "members",
            "notCounted",
            "tooSmall")) {
      parts.add(String.valueOf(JsonPath.<Object>read(json, "$." + field)));
    }
    return String.join("\n", parts)
        .replace(JsonPath.<String>read(json, "$.name"), "the team")
        .replaceAll("tri-?[0-9a-f]+-", "tri-");
  }

  private PersonView colleague(OrganisationView org, int[] points, PersonView... sharesWith) {
    PersonView p = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(p, points, points);
    for (PersonView viewer : sharesWith) {
      sharing.share(p.id(), viewer.id());
    }
    return p;
  }

  private UUID team(PersonView executive, List<PersonView> members) {
    return teams.create(
        CurrentUser.of(executive),
        Fixtures.unique("Team"),
        members.stream().map(PersonView::id).toList());
  }

  @Test
  void sponsorTeamBeforeAndAfterOneMorePersonAndAcrossOverlappingTeams() throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView executive = fixtures.person(Role.EXECUTIVE, org);
    PersonView sponsor = fixtures.person(Role.SPONSOR, org);
    List<PersonView> five = new ArrayList<>();
    int[][] points = {{6, 2, 2}, {2, 6, 2}, {2, 2, 6}, {5, 4, 1}, {4, 3, 3}};
    for (int[] p : points) {
      five.add(colleague(org, p, executive, sponsor));
    }
    // shared with the executive only, each with a type nobody of the five has
    PersonView x = colleague(org, new int[] {1, 4, 5}, executive);
    PersonView y = colleague(org, new int[] {1, 5, 4}, executive);

    String before = distribution(sponsor, team(executive, five));
    assertThat(before).contains("5 members");

    // before/after one more person
    List<PersonView> withX = new ArrayList<>(five);
    withX.add(x);
    assertThat(distribution(sponsor, team(executive, withX))).isEqualTo(before);

    // two overlapping teams that differ in one person each
    List<PersonView> withY = new ArrayList<>(five);
    withY.add(y);
    assertThat(distribution(sponsor, team(executive, withY)))
        .isEqualTo(distribution(sponsor, team(executive, withX)));

    // one fewer who shared with the sponsor: nothing is shown rather than a smaller group
    List<PersonView> four = new ArrayList<>(five.subList(0, 4));
    four.add(x);
    String small = distribution(sponsor, team(executive, four));
    assertThat(small).contains("Fewer than 5").doesNotContain("members:");

    // what does change a sponsor's figures is someone who shared with them, whose result they
    // may open on its own anyway
    PersonView sixth = colleague(org, new int[] {1, 4, 5}, executive, sponsor);
    List<PersonView> six = new ArrayList<>(five);
    six.add(sixth);
    assertThat(distribution(sponsor, team(executive, six))).isNotEqualTo(before);
    int opened =
        mvc.perform(
                get("/people/" + sixth.id() + "/profile")
                    .cookie(SignInSupport.signIn(mvc, sponsor)))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(opened).isEqualTo(200);
  }

  // A firm admin's psychometric statistics

  private static final Pattern COMPLETED =
      Pattern.compile("<dt>Completed responses</dt><dd>(\\d+)</dd>");

  private String psychometricsPage(Cookie admin) throws Exception {
    return mvc.perform(get("/admin/psychometrics").cookie(admin))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static int completed(String page) {
    Matcher m = COMPLETED.matcher(page);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** The figures the page shows, "n completed so far" aside. */
  private static String figures(String page) {
    String main = page.substring(page.indexOf("<h1>Psychometrics</h1>"), page.indexOf("</main>"));
    return COMPLETED.matcher(main).replaceAll("");
  }

  private static int takenFrom(String page) {
    Matcher m =
        Pattern.compile("id=\"taken-" + ItemBank.CURRENT_VERSION + "\">(\\d+) completed")
            .matcher(page);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private void completeOne(int i) {
    PersonView p = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    fixtures.profile(p, new int[] {i % 7, 10 - i % 7, 0}, new int[] {0, i % 9, 10 - i % 9});
  }

  @Test
  void psychometricsBeforeAndAfterOneMoreCompletion() throws Exception {
    Cookie admin = SignInSupport.signIn(mvc, fixtures.admin());
    String page = psychometricsPage(admin);
    int i = 0;
    // whatever other tests left, come to the moment right after a snapshot was taken: from 30
    // completed responses on, and again after each further 30, so within 60 more at the latest
    while (takenFrom(page) != completed(page)) {
      assertThat(i).as("completions without the page taking a snapshot").isLessThan(60);
      completeOne(i++);
      page = psychometricsPage(admin);
    }
    String before = psychometricsPage(admin);
    int count = completed(before);
    assertThat(before).contains("Cronbach");

    completeOne(i++);
    String after = psychometricsPage(admin);
    assertThat(completed(after)).isEqualTo(count + 1);
    assertThat(figures(after)).isEqualTo(figures(before));
  }

  // An executive's combined observer estimate

  private void estimate(PersonView estimator, PersonView subject, String drive) throws Exception {
    Cookie session = SignInSupport.signIn(mvc, estimator);
    assertThat(EstimatesTestData.estimate(mvc, session, subject, drive).getStatus()).isEqualTo(302);
  }

  private String mapEntryProfile(PersonView executive, PersonView subject) throws Exception {
    String json =
        mvc.perform(
                get("/api/v1/map").header("Authorization", "Bearer " + fixtures.token(executive)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Object> found =
        JsonPath.read(json, "$.entries[?(@.person == '" + subject.id() + "')].profile");
    assertThat(found).hasSize(1);
    return String.valueOf(found.get(0));
  }

  @Test
  void combinedEstimateBeforeAndAfterOneMoreEstimatorTheViewerMayNotSee() throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView one = fixtures.person(Role.EXECUTIVE, org);
    PersonView other = fixtures.person(Role.EXECUTIVE, org);
    PersonView subject = fixtures.person(Role.COLLEAGUE, org);
    for (PersonView e : List.of(one, other)) {
      maps.add(CurrentUser.of(e), new MapEntry(subject.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
    }
    estimate(one, subject, "PEOPLE");
    String before = mapEntryProfile(one, subject);
    assertThat(before).contains("ESTIMATE");

    estimate(other, subject, "PROCESS");
    assertThat(mapEntryProfile(one, subject)).isEqualTo(before);
    // the control: the other executive's own view is made of his own estimate alone
    assertThat(mapEntryProfile(other, subject)).isNotEqualTo(before);
  }
}

package app.velocity.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 4, "Privacy, tested": a result that was not shared never reaches the inviter, the coach or
 * a sponsor on any page, PDF or API answer of the relationships module; revoking removes it on the
 * next request; an estimate never appears to the person estimated; nothing crosses organisations.
 */
@IntegrationTest
@Tag("smoke")
class RelationshipPrivacyTest {

  private static final String SOLID = "r=\"6\" fill=\"#222222\"";
  private static final String HOLLOW = "r=\"6\" fill=\"#ffffff\"";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired RelationshipMaps maps;
  @Autowired ProfileSharing sharing;
  @Autowired ObserverEstimates estimates;
  @Autowired Teams teams;

  OrganisationView org;
  PersonView executive;
  PersonView coach;
  PersonView sponsor;
  PersonView priya;
  String executiveToken;

  @BeforeEach
  void anExecutiveWithAColleagueWhoTookTheInventoryButSharedNothing() {
    org = fixtures.organisation();
    executive = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(executive);
    sponsor = fixtures.person(Role.SPONSOR, org);
    priya = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(executive, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    fixtures.profile(priya, new int[] {1, 1, 8}, new int[] {1, 1, 8});
    maps.add(me(), new MapEntry(priya.id(), 5, Frequency.RARELY, 1, 2, ""), null);
    maps.shareWithCoach(me(), true);
    executiveToken = fixtures.token(executive);
  }

  private CurrentUser me() {
    return CurrentUser.of(executive);
  }

  private MockHttpServletResponse page(PersonView viewer, String path) throws Exception {
    Cookie session = SignInSupport.signIn(mvc, viewer);
    return mvc.perform(get(path).cookie(session)).andReturn().getResponse();
  }

  private MockHttpServletResponse api(String token, String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }

  private static int count(String html, String marker) {
    return html.split(java.util.regex.Pattern.quote(marker), -1).length - 1;
  }

  private String playbook() {
    return "/map/" + priya.id() + "/playbook";
  }

  @Test
  void anUnsharedResultReachesNeitherTheExecutiveNorTheCoachAnywhere() throws Exception {
    String map = page(executive, "/map").getContentAsString();
    assertThat(count(map, SOLID)).isEqualTo(1); // the executive only
    assertThat(map).contains("id=\"unknown-list\"").doesNotContain("Own result, shared");
    assertThat(page(executive, playbook()).getContentAsString())
        .contains("has no profile you may see yet");
    assertThat(page(executive, playbook() + ".pdf").getStatus()).isEqualTo(404);
    assertThat(api(executiveToken, "/api/v1/map").getContentAsString())
        .contains("\"profile\":null")
        .doesNotContain("\"source\"");
    assertThat(api(executiveToken, "/api/v1/map/entries/" + priya.id() + "/playbook").getStatus())
        .isEqualTo(409);
    assertThat(maps.profilesOnMap(executive.id())).isEmpty();

    String coachMap = page(coach, "/map/of/" + executive.id()).getContentAsString();
    assertThat(coachMap).contains(priya.name()).doesNotContain("Own result, shared");
    assertThat(count(coachMap, SOLID)).isEqualTo(1); // the client, whose coach may see them
  }

  @Test
  void sharingWithTheExecutiveShowsItToThemOnlyAndRevokingHidesItOnTheNextRequest()
      throws Exception {
    sharing.share(priya.id(), executive.id());
    Cookie session = SignInSupport.signIn(mvc, executive);
    String map =
        mvc.perform(get("/map").cookie(session)).andReturn().getResponse().getContentAsString();
    assertThat(count(map, SOLID)).isEqualTo(2);
    assertThat(map).contains("Own result, shared");
    assertThat(
            mvc.perform(get(playbook() + ".pdf").cookie(session))
                .andReturn()
                .getResponse()
                .getContentType())
        .isEqualTo("application/pdf");
    assertThat(maps.profilesOnMap(executive.id()))
        .singleElement()
        .satisfies(p -> assertThat(p.source()).isEqualTo(MappedProfile.Source.SELF));
    // shared with the executive, not with the coach: the coach still does not see it
    assertThat(page(coach, "/map/of/" + executive.id()).getContentAsString())
        .doesNotContain("Own result, shared");

    sharing.revoke(priya.id(), executive.id());
    map = mvc.perform(get("/map").cookie(session)).andReturn().getResponse().getContentAsString();
    assertThat(count(map, SOLID)).isEqualTo(1);
    assertThat(map).doesNotContain("Own result, shared");
    assertThat(
            mvc.perform(get(playbook() + ".pdf").cookie(session))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(api(executiveToken, "/api/v1/map").getContentAsString())
        .contains("\"profile\":null");
    assertThat(maps.profilesOnMap(executive.id())).isEmpty();
  }

  @Test
  void anEstimateNeverAppearsToThePersonEstimatedNorToAnotherExecutive() throws Exception {
    PersonView lena = fixtures.person(Role.EXECUTIVE, org);
    maps.add(me(), new MapEntry(lena.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
    Cookie session = SignInSupport.signIn(mvc, executive);
    EstimatesTestData.estimate(mvc, session, lena, "PEOPLE");
    assertThat(count(page(executive, "/map").getContentAsString(), HOLLOW)).isEqualTo(1);

    // Lena puts the estimator on her own map: nothing of the estimate of her reaches her
    CurrentUser asLena = CurrentUser.of(lena);
    maps.add(asLena, new MapEntry(executive.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
    assertThat(estimates.visibleOf(asLena, lena.id())).isEmpty();
    assertThat(estimates.own(asLena)).isEmpty();
    String hers = page(lena, "/map").getContentAsString();
    assertThat(count(hers, HOLLOW)).isZero();
    assertThat(api(fixtures.token(lena), "/api/v1/estimates").getContentAsString())
        .doesNotContain(lena.name());
    assertThat(page(lena, "/map/" + lena.id() + "/estimate").getStatus()).isEqualTo(404);

    // another executive of the organisation, with Lena on the map, sees no estimate of her
    PersonView other = fixtures.person(Role.EXECUTIVE, org);
    maps.add(CurrentUser.of(other), new MapEntry(lena.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
    assertThat(maps.profilesOnMap(other.id())).isEmpty();
    assertThat(count(page(other, "/map").getContentAsString(), HOLLOW)).isZero();

    // the coach sees the estimate only once the estimator shares it
    CurrentUser asCoach = CurrentUser.of(coach);
    assertThat(estimates.visibleOf(asCoach, lena.id())).isEmpty();
    StoredEstimate mine = estimates.own(me()).get(0);
    estimates.shareWithCoach(me(), mine.id(), true);
    assertThat(estimates.visibleOf(asCoach, lena.id())).hasSize(1);
    assertThat(count(page(coach, "/map/of/" + executive.id()).getContentAsString(), HOLLOW))
        .isEqualTo(1);
  }

  @Test
  void aSponsorSeesOnlyTheDistributionAndTheDotsOfPeopleWhoSharedWithThem() throws Exception {
    PersonView ann = fixtures.person(Role.COLLEAGUE, org);
    PersonView bob = fixtures.person(Role.COLLEAGUE, org);
    PersonView cy = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(ann, new int[] {6, 2, 2}, new int[] {6, 2, 2});
    fixtures.profile(bob, new int[] {2, 2, 6}, new int[] {2, 2, 6});
    fixtures.profile(cy, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    for (PersonView p : List.of(priya, ann, bob, cy)) {
      sharing.share(p.id(), executive.id());
    }
    sharing.share(ann.id(), sponsor.id());
    // a sponsor's distribution counts only people who shared with the sponsor, from 5 of them on
    List<PersonId> withSponsor = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      PersonView p = fixtures.person(Role.COLLEAGUE, org);
      fixtures.profile(p, new int[] {4, 3, 3}, new int[] {3, 4, 3});
      sharing.share(p.id(), sponsor.id());
      withSponsor.add(p.id());
    }
    List<PersonId> members =
        new java.util.ArrayList<>(List.of(priya.id(), ann.id(), bob.id(), cy.id(), executive.id()));
    members.addAll(withSponsor);
    UUID team = teams.create(me(), "Ops", members);

    String seen = page(sponsor, "/teams/" + team).getContentAsString();
    assertThat(seen).contains("Spread of types").contains(ann.name());
    assertThat(seen)
        .doesNotContain(priya.name())
        .doesNotContain(bob.name())
        .doesNotContain(cy.name())
        .doesNotContain("Pairs most likely to clash");
    assertThat(count(seen, SOLID)).isEqualTo(5); // those who shared with the sponsor only
    assertThat(page(sponsor, "/teams").getContentAsString()).contains("Ops");
    assertThat(page(sponsor, "/map").getStatus()).isIn(403, 404);
    assertThat(page(sponsor, "/map/of/" + executive.id()).getStatus()).isIn(403, 404);
    assertThat(page(sponsor, playbook()).getStatus()).isIn(403, 404);
    assertThat(api(fixtures.token(sponsor), "/api/v1/map").getStatus()).isIn(403, 404);
    assertThat(api(fixtures.token(sponsor), "/api/v1/teams/" + team).getContentAsString())
        .doesNotContain(priya.name())
        .doesNotContain(bob.name());

    // the executive sees everyone by name, with the pairs likely to clash
    String own = page(executive, "/teams/" + team).getContentAsString();
    assertThat(own).contains(priya.name()).contains(bob.name());
    assertThat(count(own, SOLID)).isEqualTo(5);

    // a sponsor of another organisation sees nothing
    PersonView elsewhere = fixtures.person(Role.SPONSOR, fixtures.organisation());
    assertThat(page(elsewhere, "/teams/" + team).getStatus()).isEqualTo(404);
    assertThat(page(elsewhere, "/teams").getContentAsString()).doesNotContain("Ops");
  }

  @Test
  void nothingCrossesOrganisations() throws Exception {
    PersonView outsider = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    UUID team = teams.create(me(), "Ops", List.of(priya.id(), executive.id()));
    assertThat(page(outsider, "/map/" + priya.id() + "/estimate").getStatus()).isEqualTo(404);
    assertThat(page(outsider, playbook()).getStatus()).isEqualTo(404);
    assertThat(page(outsider, "/teams/" + team).getStatus()).isEqualTo(404);
    assertThat(page(outsider, "/map").getContentAsString()).doesNotContain(priya.name());
    String token = fixtures.token(outsider);
    assertThat(api(token, "/api/v1/teams/" + team).getStatus()).isEqualTo(404);
    assertThat(api(token, "/api/v1/map/entries/" + priya.id() + "/playbook").getStatus())
        .isEqualTo(404);
    PersonView otherCoach = fixtures.person(Role.COACH, null);
    assertThat(page(otherCoach, "/map/of/" + executive.id()).getStatus()).isEqualTo(404);
    assertThat(page(otherCoach, "/teams/" + team).getStatus()).isEqualTo(404);
  }
}

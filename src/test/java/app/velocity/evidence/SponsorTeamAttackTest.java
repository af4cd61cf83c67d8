package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import app.velocity.relationships.Teams;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, §7 (sponsors' team views) and §9 (whose read it is), as a sponsor tries them: the
 * distribution counted people who had shared their result with the team's executive only ("2
 * Performance, 1 Process…"), and the owners found the sponsor's reads logged under the executive's
 * name. Now a sponsor's distribution counts only people who shared with that sponsor, from 5 of
 * them on, and each read is logged under the sponsor.
 */
@IntegrationTest
class SponsorTeamAttackTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired Teams teams;

  OrganisationView org;
  PersonView executive, sponsor;
  final List<PersonView> sharedWithExecutiveOnly = new ArrayList<>();
  final List<PersonView> sharedWithSponsor = new ArrayList<>();

  @BeforeEach
  void anExecutiveWhoseColleaguesSharedWithHimAndSomeWithTheSponsor() {
    org = fixtures.organisation();
    executive = fixtures.person(Role.EXECUTIVE, org);
    sponsor = fixtures.person(Role.SPONSOR, org);
    for (int i = 0; i < 3; i++) {
      PersonView p = fixtures.person(Role.COLLEAGUE, org);
      fixtures.profile(p, new int[] {1, 8, 1}, new int[] {1, 8, 1});
      sharing.share(p.id(), executive.id());
      sharedWithExecutiveOnly.add(p);
    }
    for (int i = 0; i < 5; i++) {
      PersonView p = fixtures.person(Role.COLLEAGUE, org);
      fixtures.profile(p, new int[] {8, 1, 1}, new int[] {8, 1, 1});
      sharing.share(p.id(), executive.id());
      sharing.share(p.id(), sponsor.id());
      sharedWithSponsor.add(p);
    }
  }

  private UUID team(String name, List<PersonView> members) {
    return teams.create(
        CurrentUser.of(executive), name, members.stream().map(PersonView::id).toList());
  }

  private String asSponsor(String url) throws Exception {
    return mvc.perform(get(url).header("Authorization", "Bearer " + fixtures.token(sponsor)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void peopleWhoNeverSharedWithTheSponsorAreNotCounted() throws Exception {
    UUID team = team("Ops", sharedWithExecutiveOnly);
    String seen = asSponsor("/api/v1/teams/" + team);
    assertThat(JsonPath.<List<Object>>read(seen, "$.typeCounts")).isEmpty();
    assertThat(seen).doesNotContain("Performance\",\"count\"").doesNotContain("3 members");

    List<PersonView> mixed = new ArrayList<>(sharedWithExecutiveOnly);
    mixed.addAll(sharedWithSponsor);
    String both = asSponsor("/api/v1/teams/" + team("Ops and more", mixed));
    // five People-led who shared with the sponsor; none of the three Performance-led
    assertThat(JsonPath.<List<String>>read(both, "$.typeCounts[?(@.count > 0)].type"))
        .containsExactly("People");
    assertThat(JsonPath.<List<Integer>>read(both, "$.typeCounts[?(@.count > 0)].count"))
        .containsExactly(5);
    for (PersonView p : sharedWithExecutiveOnly) {
      assertThat(both).doesNotContain(p.name());
    }
  }

  @Test
  void fewerThanFiveWhoSharedWithTheSponsorShowNothing() throws Exception {
    List<PersonView> four = new ArrayList<>(sharedWithSponsor.subList(0, 4));
    four.addAll(sharedWithExecutiveOnly);
    String seen = asSponsor("/api/v1/teams/" + team("Four", four));
    assertThat(JsonPath.<List<Object>>read(seen, "$.typeCounts")).isEmpty();
    assertThat(JsonPath.<String>read(seen, "$.tooSmall")).contains("Fewer than 5");
    for (PersonView p : four) {
      assertThat(seen).doesNotContain(p.name());
    }
  }

  @Test
  void aSponsorsReadIsLoggedUnderTheSponsorAndAReadThatShowedNothingIsNotLogged() throws Exception {
    UUID small = team("Small", List.of(sharedWithSponsor.get(0), sharedWithExecutiveOnly.get(0)));
    asSponsor("/api/v1/teams/" + small);
    assertThat(sharing.readsOf(sharedWithSponsor.get(0).id(), 20)).isEmpty();

    asSponsor("/api/v1/teams/" + team("Five", sharedWithSponsor));
    for (PersonView owner : sharedWithSponsor) {
      List<ProfileSharing.Read> reads = sharing.readsOf(owner.id(), 20);
      assertThat(reads).extracting(ProfileSharing.Read::who).containsExactly(sponsor.name());
    }
    // and on the owner's own page
    String page =
        mvc.perform(get("/profile").cookie(SignInSupport.signIn(mvc, sharedWithSponsor.get(0))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String reads = page.substring(page.indexOf("reads-heading"));
    reads = reads.substring(0, reads.indexOf("</section>"));
    assertThat(reads).contains(sponsor.name()).doesNotContain(executive.name());
    assertThat(sharing.readsOf(sharedWithExecutiveOnly.get(0).id(), 20)).isEmpty();
  }

  @Test
  void everyDotASponsorSeesIsAResultTheyCouldOpenOneByOne() throws Exception {
    List<PersonView> mixed = new ArrayList<>(sharedWithSponsor);
    mixed.addAll(sharedWithExecutiveOnly);
    String seen = asSponsor("/api/v1/teams/" + team("Everyone", mixed));
    var session = SignInSupport.signIn(mvc, sponsor);
    for (PersonView p : mixed) {
      int status =
          mvc.perform(get("/people/" + p.id() + "/profile").cookie(session))
              .andReturn()
              .getResponse()
              .getStatus();
      boolean shown = seen.contains(p.name());
      assertThat(shown).as(p.name()).isEqualTo(sharedWithSponsor.contains(p));
      if (shown) {
        assertThat(status).isEqualTo(200);
      } else {
        assertThat(status).isEqualTo(404);
      }
    }
  }
}

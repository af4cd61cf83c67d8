package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.audit.AuditLog;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A result is seen by its owner, their coach and the people it is shared with, and by nobody else;
 * revoking takes effect on the next request; reads by others are audited.
 */
@IntegrationTest
@Tag("smoke")
class ProfileSharingTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired AuditLog audit;

  OrganisationView org;
  PersonView owner;
  PersonView inviter;
  PersonView coach;

  @BeforeEach
  void aClientWithAResult() {
    org = fixtures.organisation();
    owner = fixtures.person(Role.EXECUTIVE, org);
    inviter = fixtures.person(Role.EXECUTIVE, org);
    coach = fixtures.coachOf(owner);
    fixtures.profile(owner, new int[] {2, 2, 6}, new int[] {6, 2, 2});
  }

  private int status(PersonView viewer, String path) throws Exception {
    Cookie session = SignInSupport.signIn(mvc, viewer);
    return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
  }

  private String page() {
    return "/people/" + owner.id().value() + "/profile";
  }

  @Test
  void anUnsharedResultReachesNobodyButTheOwnerAndTheirCoach() throws Exception {
    assertThat(status(inviter, page())).isEqualTo(404);
    assertThat(status(inviter, page() + "/report.pdf")).isEqualTo(404);
    assertThat(status(fixtures.person(Role.SPONSOR, org), page())).isEqualTo(404);
    assertThat(status(fixtures.admin(), page())).isEqualTo(404);
    assertThat(status(fixtures.person(Role.COACH, null), page())).isEqualTo(404);
    assertThat(status(coach, page())).isEqualTo(200);
  }

  @Test
  void sharingShowsTheReportAndRevokingHidesItAtOnce() throws Exception {
    sharing.share(owner.id(), inviter.id());
    Cookie session = SignInSupport.signIn(mvc, inviter);
    String html =
        mvc.perform(get(page()).cookie(session)).andReturn().getResponse().getContentAsString();
    assertThat(html).contains(owner.name() + "'s profile").contains(inviter.name());
    assertThat(
            mvc.perform(get(page() + "/report.pdf").cookie(session))
                .andReturn()
                .getResponse()
                .getContentType())
        .isEqualTo("application/pdf");

    sharing.revoke(owner.id(), inviter.id());
    assertThat(mvc.perform(get(page()).cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(sharing.latestVisibleTo(CurrentUser.of(inviter), owner.id(), "test")).isEmpty();
  }

  @Test
  void sharingWithOnePersonShowsNothingToAnother() throws Exception {
    sharing.share(owner.id(), inviter.id());
    PersonView otherExecutive = fixtures.person(Role.EXECUTIVE, org);
    assertThat(status(otherExecutive, page())).isEqualTo(404);
    PersonView elsewhere = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    assertThat(status(elsewhere, page())).isEqualTo(404);
  }

  @Test
  void readsBySomeoneElseAreAuditedAndTheOwnersOwnAreNot() throws Exception {
    sharing.share(owner.id(), inviter.id());
    status(inviter, page());
    sharing.latestVisibleTo(CurrentUser.of(owner), owner.id(), "own page");
    var entries = audit.about(owner.id(), 10);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).actor()).isEqualTo(inviter.id());
    assertThat(entries.get(0).action()).isEqualTo("profile.read");
    Cookie own = SignInSupport.signIn(mvc, owner);
    assertThat(
            mvc.perform(get("/profile").cookie(own)).andReturn().getResponse().getContentAsString())
        .contains("Who has looked at your result")
        .contains(inviter.name());
  }

  @Test
  void theOwnerSeesWhoCanSeeTheirResult() throws Exception {
    assertThat(sharing.whoCanSee(owner.id())).isEqualTo("You and your coach " + coach.name());
    sharing.share(owner.id(), inviter.id());
    assertThat(sharing.whoCanSee(owner.id()))
        .isEqualTo("You, your coach " + coach.name() + " and " + inviter.name());
    Cookie session = SignInSupport.signIn(mvc, owner);
    assertThat(
            mvc.perform(get("/profile").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("You, your coach " + coach.name() + " and " + inviter.name());
  }
}

package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.audit.AuditLog;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
  void manyAtOnceSeeExactlyWhatOneAtATimeSeesAndAuditOneLinePerPersonShown() {
    // every case of the rule: shared, shared then revoked, never shared, shared without a result,
    // the coach's client, the viewer themselves
    PersonView shared = fixtures.person(Role.COLLEAGUE, org);
    PersonView revoked = fixtures.person(Role.COLLEAGUE, org);
    PersonView unshared = fixtures.person(Role.COLLEAGUE, org);
    PersonView noResult = fixtures.person(Role.COLLEAGUE, org);
    for (PersonView p : List.of(shared, revoked, unshared, inviter)) {
      fixtures.profile(p, new int[] {6, 2, 2}, new int[] {2, 2, 6});
    }
    fixtures.profile(
        shared, new int[] {2, 6, 2}, new int[] {6, 2, 2}); // a retake: the latest counts
    for (PersonView p : List.of(owner, shared, revoked, noResult)) {
      sharing.share(p.id(), inviter.id());
    }
    sharing.revoke(revoked.id(), inviter.id());
    List<PersonId> subjects =
        Stream.of(owner, shared, revoked, unshared, noResult, inviter).map(PersonView::id).toList();

    for (PersonView viewer : List.of(inviter, coach)) {
      CurrentUser who = CurrentUser.of(viewer);
      Map<PersonId, Long> before = readsBy(viewer, subjects);
      Map<PersonId, ProfileResult> atOnce = sharing.latestVisibleTo(who, subjects, "test page");
      Map<PersonId, Long> afterOnce = readsBy(viewer, subjects);
      for (PersonId subject : subjects) {
        Optional<ProfileResult> alone = sharing.latestVisibleTo(who, subject, "test page");
        assertThat(Optional.ofNullable(atOnce.get(subject)))
            .as(viewer.name() + " reading " + subject)
            .isEqualTo(alone);
        long lines = afterOnce.get(subject) - before.get(subject);
        assertThat(lines)
            .as("audit lines of " + subject + " read by " + viewer.name())
            .isEqualTo(alone.isPresent() && !subject.equals(viewer.id()) ? 1 : 0);
      }
    }
    assertThat(sharing.latestVisibleTo(CurrentUser.of(inviter), subjects, "test page").keySet())
        .containsExactly(owner.id(), shared.id(), inviter.id());
    assertThat(sharing.latestVisibleTo(CurrentUser.of(coach), subjects, "test page").keySet())
        .containsExactly(owner.id());
  }

  private Map<PersonId, Long> readsBy(PersonView viewer, List<PersonId> subjects) {
    Map<PersonId, Long> reads = new HashMap<>();
    for (PersonId subject : subjects) {
      reads.put(
          subject,
          audit.about(subject, 100).stream()
              .filter(e -> e.actor().equals(viewer.id()) && e.action().equals("profile.read"))
              .filter(e -> "test page".equals(e.detail()))
              .count());
    }
    return reads;
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

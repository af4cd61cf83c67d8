package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.DriveScores;
import app.velocity.organisations.PersonView;
import app.velocity.relationships.RelationshipMaps;
import app.velocity.relationships.Teams;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, §6, as the executive tries it: after a colleague stopped sharing her result, his
 * delegation records kept showing her exact scores, fit and a reason quoting them, while her page
 * told her "they no longer see your result anywhere". Now her snapshots keep whom he weighed and
 * chose and the rank; the scores, the fit and the reason are gone from every page, API answer and
 * the database, and the comfort-bias measurement keeps nothing from which they could be read back.
 */
@IntegrationTest
class WithdrawnConsentAttackTest {

  /** How the Process-led colleague's scores read on the decision page and in the API. */
  private static final String HER_SCORES = "People 10 · Performance 20 · Process 70";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired RelationshipMaps maps;
  @Autowired DelegationAdvisor advisor;
  @Autowired Teams teams;
  @Autowired JdbcClient jdbc;

  private UUID decidedFor(DelegationWorld w, PersonView chosen) {
    return advisor.recordPast(
        w.me(),
        DelegationWorld.critical("Audit the suppliers", new DriveScores(15, 15, 70)),
        LocalDate.now().minusDays(3),
        new DelegationAdvisor.Choice(
            chosen.id(), "She knows the detail", List.of(w.process.id(), w.people.id())));
  }

  private String api(String token, String url) throws Exception {
    return mvc.perform(get(url).header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String page(Cookie session, String url) throws Exception {
    return mvc.perform(get(url).cookie(session)).andReturn().getResponse().getContentAsString();
  }

  /** Her candidate in the decision as the API gives it. */
  private static Map<String, Object> her(String work, PersonView colleague) {
    List<Map<String, Object>> found =
        JsonPath.read(work, "$.candidates[?(@.person == '" + colleague.id() + "')]");
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private Map<String, Object> storedSnapshot(UUID work, PersonView colleague) {
    return jdbc.sql(
            "select going_people, going_performance, going_process, conflict_people,"
                + " conflict_performance, conflict_process, fit, reason, ranked, considered,"
                + " alike, withdrawn_at from work_candidates where work_id = ? and person_id = ?")
        .params(work, colleague.id().value())
        .query()
        .singleRow();
  }

  private void stopsSharingOnThePage(PersonView owner, PersonView viewer) throws Exception {
    Cookie session = SignInSupport.signIn(mvc, owner);
    assertThat(page(session, "/sharing")).contains("they no longer see your result anywhere");
    var stopped =
        mvc.perform(
                post("/sharing/viewers/" + viewer.id() + "/revoke").cookie(session).with(csrf()))
            .andReturn();
    assertThat(stopped.getResponse().getStatus()).isEqualTo(302);
    assertThat(stopped.getFlashMap().get("notice"))
        .isEqualTo(viewer.name() + " no longer sees your result.");
  }

  @Test
  void theDecisionRecordKeepsNoScoreFitOrReasonOfAColleagueWhoStoppedSharing() throws Exception {
    DelegationWorld w = new DelegationWorld(fixtures, sharing, maps);
    UUID work = decidedFor(w, w.process);
    String token = fixtures.token(w.exec);
    String url = "/api/v1/work/" + work;
    Map<String, Object> before = her(api(token, url), w.process);
    assertThat(before.get("fit")).isNotNull();
    assertThat(page(SignInSupport.signIn(mvc, w.exec), "/delegation/" + work)).contains(HER_SCORES);

    stopsSharingOnThePage(w.process, w.exec);

    String after = api(token, url);
    Map<String, Object> now = her(after, w.process);
    assertThat(now.get("fit")).isNull();
    assertThat(now.get("goingWell")).isNull();
    assertThat(now.get("withdrawn")).isEqualTo(true);
    assertThat(now.get("rank")).isEqualTo(before.get("rank"));
    assertThat(now.get("considered")).isEqualTo(true);
    assertThat(now.get("chosen")).isEqualTo(true);
    assertThat((String) now.get("reason")).doesNotContain("Process").doesNotContain("Fit");
    assertThat(after).doesNotContain(String.valueOf(before.get("fit")));
    assertThat(JsonPath.<String>read(after, "$.decision.chosen"))
        .isEqualTo(w.process.id().toString());
    // the other candidate, who still shares, keeps everything
    assertThat(her(after, w.people).get("fit")).isNotNull();

    Cookie session = SignInSupport.signIn(mvc, w.exec);
    String html = page(session, "/delegation/" + work);
    assertThat(html).doesNotContain(HER_SCORES).contains(w.process.name()).contains("not kept");
    assertThat(api(token, "/api/v1/work")).doesNotContain(String.valueOf(before.get("fit")));

    // nor can anyone reading the database find them
    Map<String, Object> row = storedSnapshot(work, w.process);
    for (String column :
        List.of(
            "going_people",
            "going_performance",
            "going_process",
            "conflict_people",
            "conflict_performance",
            "conflict_process",
            "fit",
            "reason")) {
      assertThat(row.get(column)).as(column).isNull();
    }
    assertThat(row.get("withdrawn_at")).isNotNull();
    assertThat(row.get("alike")).isEqualTo(false); // Process-led, the executive Performance-led
    assertThat(row.get("ranked")).isNotNull();
  }

  @Test
  void stoppingThroughTheApiOrByKeepingAnInvitationPrivateWithdrawsAsWell() throws Exception {
    DelegationWorld w = new DelegationWorld(fixtures, sharing, maps);
    UUID work = decidedFor(w, w.people);
    int status =
        mvc.perform(
                delete("/api/v1/profile/shares/" + w.exec.id())
                    .header("Authorization", "Bearer " + fixtures.token(w.process)))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(204);
    assertThat(storedSnapshot(work, w.process).get("fit")).isNull();
    assertThat(her(api(fixtures.token(w.exec), "/api/v1/work/" + work), w.process).get("fit"))
        .isNull();
    // the one who still shares is untouched
    assertThat(storedSnapshot(work, w.people).get("fit")).isNotNull();
  }

  @Test
  void everyReadHidesTheScoresAtOnceEvenWhereTheRecordWasNotYetCleaned() throws Exception {
    DelegationWorld w = new DelegationWorld(fixtures, sharing, maps);
    UUID work = decidedFor(w, w.process);
    // a share withdrawn without the application's event, as an older release left them
    jdbc.sql(
            "update profile_shares set revoked_at = current_timestamp"
                + " where owner_id = ? and viewer_id = ?")
        .params(w.process.id().value(), w.exec.id().value())
        .update();
    assertThat(storedSnapshot(work, w.process).get("fit")).isNotNull();

    String token = fixtures.token(w.exec);
    assertThat(her(api(token, "/api/v1/work/" + work), w.process).get("goingWell")).isNull();
    assertThat(page(SignInSupport.signIn(mvc, w.exec), "/delegation/" + work))
        .doesNotContain(HER_SCORES);
  }

  @Test
  void mapTeamsAndAdvisorStopShowingHerAndSharingAgainBringsHerBackLive() throws Exception {
    DelegationWorld w = new DelegationWorld(fixtures, sharing, maps);
    UUID work = decidedFor(w, w.process);
    UUID team =
        teams.create(w.me(), "Finance", List.of(w.process.id(), w.people.id(), w.exec.id()));
    stopsSharingOnThePage(w.process, w.exec);

    Cookie session = SignInSupport.signIn(mvc, w.exec);
    assertThat(maps.profilesOnMap(w.exec.id()))
        .noneMatch(
            p ->
                p.person().equals(w.process.id())
                    && p.source() == app.velocity.relationships.MappedProfile.Source.SELF);
    assertThat(teams.view(w.me(), team).notCounted()).contains(w.process.name());
    assertThat(
            mvc.perform(get("/map/" + w.process.id() + "/playbook.pdf").cookie(session))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(advisor.candidatesFor(w.me(), new DriveScores(15, 15, 70)))
        .noneMatch(c -> c.person().equals(w.process.id().toString()) && !c.estimate());

    Cookie hers = SignInSupport.signIn(mvc, w.process);
    assertThat(page(hers, "/sharing")).contains("You stopped sharing with").contains(w.exec.name());
    assertThat(
            mvc.perform(
                    post("/sharing/viewers/" + w.exec.id() + "/share").cookie(hers).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(302);
    assertThat(sharing.isSharedWith(w.process.id(), w.exec.id())).isTrue();
    assertThat(advisor.candidatesFor(w.me(), new DriveScores(15, 15, 70)))
        .anyMatch(c -> c.person().equals(w.process.id().toString()) && !c.estimate());
    assertThat(teams.view(w.me(), team).notCounted()).doesNotContain(w.process.name());
    // the record from before stays as it was kept: sharing again starts from now
    assertThat(her(api(fixtures.token(w.exec), "/api/v1/work/" + work), w.process).get("fit"))
        .isNull();
    // someone she never shared with cannot be "shared again" through the same door
    PersonView stranger = fixtures.person(app.velocity.organisations.Role.EXECUTIVE, w.org);
    mvc.perform(post("/sharing/viewers/" + stranger.id() + "/share").cookie(hers).with(csrf()));
    assertThat(sharing.isSharedWith(w.process.id(), stranger.id())).isFalse();
  }

  /**
   * Twelve decisions, nine of them weighing the Process-led colleague, recorded by an executive in
   * a world where her points are {@code herPoints}; she then stops sharing when {@code withdraw}.
   */
  private String patternOf(int[] herPoints, boolean withdraw) throws Exception {
    DelegationWorld w = new DelegationWorld(fixtures, sharing, maps, herPoints);
    List<List<PersonView>> sets =
        List.of(
            List.of(w.alikeA, w.process, w.people),
            List.of(w.alikeB, w.people, w.peopleProcess),
            List.of(w.alikeA, w.process, w.peopleProcess),
            List.of(w.alikeB, w.process, w.people));
    List<DriveScores> demands =
        List.of(
            new DriveScores(15, 15, 70), new DriveScores(70, 15, 15), new DriveScores(20, 60, 20));
    for (int i = 0; i < 12; i++) {
      List<PersonView> considered = sets.get(i % sets.size());
      PersonView chosen = considered.get(i % 3);
      advisor.recordPast(
          w.me(),
          DelegationWorld.critical("Work " + i, demands.get(i % demands.size())),
          LocalDate.now().minusDays(300 - 20L * i),
          new DelegationAdvisor.Choice(
              chosen.id(), "reason " + i, considered.stream().map(PersonView::id).toList()));
    }
    if (withdraw) {
      sharing.revoke(w.process.id(), w.exec.id());
    }
    return api(fixtures.token(w.exec), "/api/v1/delegation/pattern?scope=all");
  }

  @Test
  void thePatternKeepsNothingFromWhichHerScoresCouldBeReadBack() throws Exception {
    // two executives whose histories differ only in her scores: both Process-led, neither alike
    int[] one = {1, 2, 7};
    int[] other = {2, 1, 7};
    String oneShared = patternOf(one, false);
    String otherShared = patternOf(other, false);
    // while she shares, her scores weigh in the distances and the fit given up
    assertThat(oneShared).isNotEqualTo(otherShared);

    String oneWithdrawn = patternOf(one, true);
    String otherWithdrawn = patternOf(other, true);
    assertThat(JsonPath.<Integer>read(oneWithdrawn, "$.result.decisions")).isEqualTo(12);
    assertThat(JsonPath.<Integer>read(oneWithdrawn, "$.result.measuredDecisions")).isEqualTo(3);
    assertThat(oneWithdrawn).isEqualTo(otherWithdrawn);
    assertThat(JsonPath.<List<String>>read(oneWithdrawn, "$.result.summary"))
        .anyMatch(s -> s.contains("stopped sharing their result"));
  }
}

package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.DriveScores;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The executive's path through the pages and the service: create, compare, choose, rate, see. */
@IntegrationTest
class DelegationFlowTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileSharing sharing;
  @Autowired app.velocity.relationships.RelationshipMaps maps;
  @Autowired DelegationAdvisor advisor;

  DelegationWorld world;
  Cookie session;

  @BeforeEach
  void world() throws Exception {
    world = new DelegationWorld(fixtures, sharing, maps);
    session = SignInSupport.signIn(mvc, world.exec);
  }

  private MockHttpServletResponse postNew(String... fields) throws Exception {
    var request = post("/delegation").cookie(session).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private String page(String path) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return r.getContentAsString();
  }

  @Test
  void workCreatedWithNumbersShowsSharedColleaguesRankedWithReasons() throws Exception {
    var created =
        postNew(
            "title", "Audit the warehouse stock counts",
            "criticality", "CRITICAL",
            "mode", "numbers",
            "people", "15",
            "performance", "15",
            "process", "70");
    assertThat(created.getStatus()).isEqualTo(302);
    String html = page(created.getRedirectedUrl());
    assertThat(html).contains("Audit the warehouse stock counts", "Compare your candidates");
    // the best fit first, side by side with the next two, each with its reason
    int first = html.indexOf(world.process.name());
    assertThat(first).isPositive();
    assertThat(html.indexOf(world.peopleProcess.name())).isGreaterThan(first);
    assertThat(html).contains("Process is " + world.process.name() + "'s strongest drive");
    assertThat(html.split("class=\"card candidate\"", -1)).hasSize(4);
    // who shared and who did not: privacy decides the pool
    assertThat(html).doesNotContain(world.unshared.name()).doesNotContain(world.outsider.name());
    assertThat(html).contains("Who can see this: only you");
  }

  @Test
  void aDemandThatDoesNotAddUpGoesBackToTheFormWithTheInputKept() throws Exception {
    var response =
        postNew(
            "title", "Quarterly plan",
            "criticality", "IMPORTANT",
            "mode", "numbers",
            "people", "50",
            "performance", "30",
            "process", "10",
            "skills", "forecasting");
    assertThat(response.getStatus()).isEqualTo(200);
    String html = response.getContentAsString();
    assertThat(html)
        .contains("The three numbers add up to 90; they must add up to 100.")
        .contains("value=\"Quarterly plan\"")
        .contains("value=\"50\"")
        .contains("value=\"forecasting\"")
        .contains("aria-invalid=\"true\"");
    assertThat(advisor.workOf(world.me())).isEmpty();
  }

  @Test
  void numbersThatAddUpToNearly100AreScaledAndTheExecutiveIsToldHow() throws Exception {
    var request =
        post("/delegation")
            .cookie(session)
            .with(csrf())
            .param("title", "Plan the offsite")
            .param("criticality", "IMPORTANT")
            .param("mode", "numbers")
            .param("people", "33")
            .param("performance", "33")
            .param("process", "33");
    var result = mvc.perform(request).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat((String) result.getFlashMap().get("notice"))
        .startsWith(
            "Your three numbers did not quite add up to 100, so Velocity scaled them: People 33.3,"
                + " Performance 33.3, Process 33.3.");
    WorkItem work = advisor.workOf(world.me()).get(0);
    assertThat(work.demand().people()).isCloseTo(100.0 / 3, within());
    assertThat(work.demand().process()).isCloseTo(100.0 / 3, within());

    // one decimal, with a comma as many keyboards write it, and a total of 100.1
    assertThat(
            postNew(
                    "title", "Close the books",
                    "criticality", "ROUTINE",
                    "mode", "numbers",
                    "people", "10,1",
                    "performance", "20",
                    "process", "70")
                .getStatus())
        .isEqualTo(302);
    assertThat(advisor.workOf(world.me())).hasSize(2);
    // further off than rounding: back to the form, as before
    assertThat(
            postNew(
                    "title", "x",
                    "criticality", "ROUTINE",
                    "mode", "numbers",
                    "people", "33",
                    "performance", "33",
                    "process", "32")
                .getContentAsString())
        .contains("The three numbers add up to 98; they must add up to 100.");
    assertThat(
            postNew(
                    "title", "x",
                    "criticality", "ROUTINE",
                    "mode", "numbers",
                    "people", "1e2",
                    "performance", "0",
                    "process", "0")
                .getContentAsString())
        .contains("People must be a number from 0 to 100");
  }

  @Test
  void theGuidedQuestionsProduceTheDemand() throws Exception {
    var created =
        postNew(
            "title", "Win back the Rotterdam account",
            "criticality", "CRITICAL",
            "mode", "questions",
            "q1", "PERFORMANCE",
            "q2", "PERFORMANCE",
            "q3", "PEOPLE",
            "q4", "BALANCED");
    assertThat(created.getStatus()).isEqualTo(302);
    WorkItem work = advisor.workOf(world.me()).get(0);
    // 10 + 2×17.5 Performance, 10 + 17.5 People, each + 17.5/3 for the balanced answer
    assertThat(work.demand().performance()).isCloseTo(45 + 17.5 / 3, within());
    assertThat(work.demand().people()).isCloseTo(27.5 + 17.5 / 3, within());
    assertThat(work.demand().process()).isCloseTo(10 + 17.5 / 3, within());

    var missing =
        postNew("title", "x", "criticality", "CRITICAL", "mode", "questions", "q1", "PEOPLE");
    assertThat(missing.getContentAsString()).contains("Answer question 2");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  @Test
  void choosingStoresASnapshotThatLaterProfileChangesDoNotTouch() throws Exception {
    UUID id = world.openCritical(advisor);
    var chose =
        mvc.perform(
                post("/delegation/" + id + "/choice")
                    .cookie(session)
                    .with(csrf())
                    .param("chosen", world.alikeA.id().toString())
                    .param("why", "Knows the carriers")
                    .param("considered", world.process.id().toString())
                    .param("considered", world.alikeA.id().toString()))
            .andReturn()
            .getResponse();
    assertThat(chose.getStatus()).isEqualTo(302);
    WorkItem before = advisor.advise(world.me(), id).work();
    var snapshotBefore = before.decision().candidates();
    assertThat(before.decision().chosenName()).isEqualTo(world.alikeA.name());
    assertThat(before.decision().considered()).hasSize(2);
    assertThat(before.decision().executiveGoingWell()).isEqualTo(new DriveScores(20, 60, 20));

    // Alex retakes the inventory and comes out Process-led; Priya stops sharing
    fixtures.profile(world.alikeA, new int[] {1, 1, 8}, new int[] {1, 1, 8});
    sharing.revoke(world.process.id(), world.exec.id());

    WorkItem after = advisor.advise(world.me(), id).work();
    // a retake leaves the snapshot as it was; Priya's withdrawal takes her scores out of it
    // (issue 14 §6)
    assertThat(after.decision().candidates())
        .isEqualTo(
            snapshotBefore.stream()
                .map(s -> s.person().equals(world.process.id()) ? s.withdrawnNow() : s)
                .toList());
    var alex =
        after.decision().candidates().stream()
            .filter(c -> c.person().equals(world.alikeA.id()))
            .findFirst()
            .orElseThrow();
    assertThat(alex.profile().goingWell()).isEqualTo(new DriveScores(20, 60, 20));
    String html = page("/delegation/" + id);
    assertThat(html).contains("Handed to " + world.alikeA.name(), "Knows the carriers");

    assertThatThrownBy(
            () ->
                advisor.choose(
                    world.me(), id, new DelegationAdvisor.Choice(world.people.id(), "again", null)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aChoiceWithoutAReasonOrOfSomeoneNotShownIsRefusedWithTheInputKept() throws Exception {
    UUID id = world.openCritical(advisor);
    String noWhy =
        mvc.perform(
                post("/delegation/" + id + "/choice")
                    .cookie(session)
                    .with(csrf())
                    .param("chosen", world.process.id().toString())
                    .param("why", " "))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(noWhy).contains("Say in a few words why you chose them.");
    assertThatThrownBy(
            () ->
                advisor.choose(
                    world.me(), id, new DelegationAdvisor.Choice(world.unshared.id(), "x", null)))
        .hasMessageStartingWith("chosen:");
    assertThat(advisor.advise(world.me(), id).work().decided()).isFalse();
  }

  @Test
  void theNudgeAppearsBeforeDecidingWhenRecentCriticalWorkWentToPeopleLikeHim() throws Exception {
    world.history(advisor, 8, true);
    UUID open = world.openCritical(advisor);
    assertThat(advisor.advise(world.me(), open).nudge())
        .startsWith(
            "Before you choose: 6 of your last 8 critical pieces of work went to people"
                + " motivated like you");
    assertThat(page("/delegation/" + open)).contains("6 of your last 8 critical pieces");
  }

  @Test
  void noNudgeWhenHeChoosesByFit() throws Exception {
    world.history(advisor, 8, false);
    UUID open = world.openCritical(advisor);
    assertThat(advisor.advise(world.me(), open).nudge()).isNull();
    assertThat(page("/delegation/" + open)).doesNotContain("Before you choose");
  }

  @Test
  void theDashboardSaysHowManyMoreDecisionsItNeedsThenShowsThePattern() throws Exception {
    world.history(advisor, 7, true);
    String early = page("/delegation/pattern");
    assertThat(early).contains("Record 3 more decisions").doesNotContain("Odds ratio");

    world.history(advisor, 13, true);
    String html = page("/delegation/pattern");
    assertThat(html)
        .contains("Decisions recorded: <strong>20</strong>")
        .contains("Your choices lean toward people motivated like you")
        .contains("Odds ratio (95% interval)")
        .contains("<svg")
        .contains("Fit given up");
    DelegationAdvisor.Pattern pattern =
        advisor.pattern(world.me(), DelegationAdvisor.Scope.CRITICAL);
    assertThat(pattern.report().biasDetected()).isTrue();
    assertThat(pattern.report().criticalToAlike()).isGreaterThan(10);
  }

  @Test
  void theOutcomeIsRatedAfterTheChoice() throws Exception {
    UUID id = world.openCritical(advisor);
    assertThatThrownBy(() -> advisor.rateOutcome(world.me(), id, 4, ""))
        .isInstanceOf(IllegalStateException.class);
    advisor.choose(
        world.me(), id, new DelegationAdvisor.Choice(world.process.id(), "best fit", List.of()));
    String bad =
        mvc.perform(
                post("/delegation/" + id + "/outcome")
                    .cookie(session)
                    .with(csrf())
                    .param("rating", "9")
                    .param("note", "keep me"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(bad).contains("from 1 (badly) to 5").contains("keep me");
    mvc.perform(
        post("/delegation/" + id + "/outcome")
            .cookie(session)
            .with(csrf())
            .param("rating", "4")
            .param("note", "On time"));
    assertThat(advisor.advise(world.me(), id).work().outcome().rating()).isEqualTo(4);
    assertThat(page("/delegation")).contains("4 of 5");
  }
}

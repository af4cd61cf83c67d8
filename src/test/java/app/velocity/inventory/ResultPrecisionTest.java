package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.motivation.ItemSpread;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every stored result carries its margin: the spread of its answers is stored when it is submitted,
 * computed from the stored answers for results taken before (migration V160), and shown on the
 * report page, in the history and through the API.
 */
@IntegrationTest
@Tag("smoke")
class ResultPrecisionTest {

  @Autowired Inventory inventory;
  @Autowired Profiles profiles;
  @Autowired Responses responses;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ProfileSharing sharing;

  /** Points for the n-th item (0-based) of a part. */
  interface Answers extends BiFunction<Condition, Integer, int[]> {}

  /** Answers the person's open response on any bank with these points, and submits it. */
  private ProfileResult take(PersonView person, InventoryResponse r, Answers points) {
    for (Condition c : Condition.values()) {
      List<Item> items = r.bank().part(c).items();
      for (int i = 0; i < items.size(); i++) {
        int[] p = points.apply(c, i);
        inventory.answer(
            person.id(),
            r.id(),
            items.get(i).id(),
            InventoryFlowTest.points(items.get(i), p[0], p[1], p[2]));
      }
    }
    return inventory.complete(person.id(), r.id());
  }

  private static int[][] rows(ItemBank bank, Condition c, Answers points) {
    int[][] rows = new int[bank.part(c).items().size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = points.apply(c, i);
    }
    return rows;
  }

  /**
   * People 60 going well, on items that alternate between 9-0-1 and 3-4-3: a wide spread between
   * People and Performance, a narrow one for Process.
   */
  private static final Answers SWINGING_PEOPLE =
      (c, i) ->
          c == Condition.GOING_WELL
              ? (i % 2 == 0 ? new int[] {9, 0, 1} : new int[] {3, 4, 3})
              : (i % 3 == 0 ? new int[] {1, 1, 8} : new int[] {2, 3, 5});

  @Test
  void theSpreadOfEachPartIsStoredWithTheResultAndReadBack() {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    ProfileResult result = take(me, inventory.startOrResume(me.id()), SWINGING_PEOPLE);
    ItemBank bank = ItemBank.current();
    assertThat(result.goingWellSpread())
        .isEqualTo(ItemSpread.of(rows(bank, Condition.GOING_WELL, SWINGING_PEOPLE)));
    assertThat(result.conflictSpread())
        .isEqualTo(ItemSpread.of(rows(bank, Condition.CONFLICT, SWINGING_PEOPLE)));
    assertThat(result.goingWellSpread().people()).isGreaterThan(3);
    assertThat(profiles.latest(me.id())).contains(result);
    assertThat(result.reading()).isPresent();
    assertThat(result.reading().orElseThrow().goingWellRegion().radius())
        .isEqualTo(bank.firmnessRadius());
  }

  @Test
  void resultsTakenBeforeGetTheirSpreadFromTheirStoredAnswers() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    // a result on v1 as it stood before V160: answers and scores, no spread
    UUID id = UUID.randomUUID();
    responses.create(id, me.id(), "v1", 7, Instant.now());
    ProfileResult stored = take(me, inventory.response(me.id(), id), SWINGING_PEOPLE);
    assertThat(stored.version()).isEqualTo("v1");
    jdbc.sql(
            "update profile_results set going_well_spread_people = null,"
                + " going_well_spread_performance = null, going_well_spread_cross = null,"
                + " conflict_spread_people = null, conflict_spread_performance = null,"
                + " conflict_spread_cross = null where id = ?")
        .param(stored.id())
        .update();
    ProfileResult before = profiles.latest(me.id()).orElseThrow();
    assertThat(before.error()).isEmpty();

    String migration =
        Files.readString(Path.of("src/main/resources/db/migration/V160__result_spread.sql"));
    String backfill = migration.substring(migration.indexOf("update profile_results"));
    jdbc.sql(backfill.substring(0, backfill.lastIndexOf(';'))).update();

    ProfileResult after = profiles.latest(me.id()).orElseThrow();
    ItemBank v1 = ItemBank.load("v1");
    assertThat(after.goingWellSpread().items()).isEqualTo(12);
    assertThat(
            spreadClose(after.goingWellSpread(), rows(v1, Condition.GOING_WELL, SWINGING_PEOPLE)))
        .isTrue();
    assertThat(spreadClose(after.conflictSpread(), rows(v1, Condition.CONFLICT, SWINGING_PEOPLE)))
        .isTrue();
    // read with the wider radius calibrated for the 12 items of v1
    assertThat(after.reading().orElseThrow().goingWellRegion().radius())
        .isEqualTo(v1.firmnessRadius())
        .isGreaterThan(ItemBank.current().firmnessRadius());
  }

  private static boolean spreadClose(ItemSpread s, int[][] rows) {
    ItemSpread expected = ItemSpread.of(rows);
    return s.items() == expected.items()
        && Math.abs(s.people() - expected.people()) < 1e-9
        && Math.abs(s.performance() - expected.performance()) < 1e-9
        && Math.abs(s.cross() - expected.cross()) < 1e-9;
  }

  @Test
  void theReportShowsTheMarginTheReadingAndWhetherARetakeMovedBeyondIt() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    take(me, inventory.startOrResume(me.id()), SWINGING_PEOPLE);
    // People 55: 5 points from the first, along the direction in which these answers swing most,
    // so within what a retake alone gives
    take(
        me,
        inventory.startOrResume(me.id()),
        (c, i) ->
            c == Condition.GOING_WELL
                ? (i % 2 == 0 ? new int[] {8, 1, 1} : new int[] {3, 4, 3})
                : SWINGING_PEOPLE.apply(c, i));
    // Performance 60: far beyond it
    take(
        me,
        inventory.startOrResume(me.id()),
        (c, i) ->
            c == Condition.GOING_WELL
                ? (i % 2 == 0 ? new int[] {1, 8, 1} : new int[] {3, 4, 3})
                : SWINGING_PEOPLE.apply(c, i));
    String page =
        mvc.perform(get("/profile").cookie(SignInSupport.signIn(mvc, me)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("<span class=\"margin\">±")
        .contains("The margin of these answers is ±")
        .contains("the shaded area around your dot")
        .contains("moved 5 points: within what a retake alone gives (up to ")
        .containsPattern("moved [0-9.]+ points: more than what a retake alone gives")
        .contains("margin of the answers")
        .contains("fill-opacity=\"0.14\"")
        .contains("stroke-dasharray=\"4 3\"/>");
    ReportView view = ReportView.of(me.name(), profiles.history(me.id()), "Only you");
    assertThat(view.badge()).isIn("firm", "between");
    assertThat(view.scores()).allSatisfy(row -> assertThat(row.goingWellMargin()).startsWith("±"));
  }

  @Test
  void aResultWhoseAnswersAreLostSaysItsMarginIsNotKnown() throws Exception {
    PersonView me = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    ProfileResult r = take(me, inventory.startOrResume(me.id()), SWINGING_PEOPLE);
    jdbc.sql(
            "update profile_results set going_well_spread_people = null,"
                + " conflict_spread_cross = null where id = ?")
        .param(r.id())
        .update();
    mvc.perform(get("/profile").cookie(SignInSupport.signIn(mvc, me)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("its margin is not known")));
  }

  @Test
  void aSharedViewerSeesTheMarginButNoSingleAnswer() throws Exception {
    var org = fixtures.organisation();
    PersonView owner = fixtures.person(Role.EXECUTIVE, org);
    PersonView viewer = fixtures.person(Role.EXECUTIVE, org);
    InventoryResponse response = inventory.startOrResume(owner.id());
    take(owner, response, SWINGING_PEOPLE);
    sharing.share(owner.id(), viewer.id());
    var session = SignInSupport.signIn(mvc, viewer);
    String page =
        mvc.perform(get("/people/" + owner.id().value() + "/profile").cookie(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("The margin of these answers is ±").contains("margin of the answers");
    // the margin is three numbers per part; the answers themselves stay the owner's
    for (Item item : response.items()) {
      assertThat(page).doesNotContain(item.stem());
    }
    mvc.perform(
            get("/api/v1/profile/responses/" + response.id())
                .header("Authorization", "Bearer " + fixtures.token(viewer)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiGivesEachResultItsPrecision() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    take(me, inventory.startOrResume(me.id()), SWINGING_PEOPLE);
    String token = fixtures.token(me);
    mvc.perform(get("/api/v1/profile").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result.precision.radius").value(ItemBank.current().firmnessRadius()))
        .andExpect(jsonPath("$.result.precision.goingWellMargin.PEOPLE").isNumber())
        .andExpect(jsonPath("$.result.precision.spans[0]").value("PEOPLE"))
        .andExpect(jsonPath("$.result.precision.firm").isBoolean())
        .andExpect(jsonPath("$.result.precision.conflictSequenceWithinErrorCode").isString());
    mvc.perform(get("/api/v1/profile/history").header("Authorization", "Bearer " + token))
        .andExpect(jsonPath("$[0].precision.conflictMargin.PROCESS").isNumber());
  }
}

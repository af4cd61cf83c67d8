package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's live statistics: computed from real answers, aggregates only, admins only. */
@IntegrationTest
class PsychometricsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Inventory inventory;
  @Autowired Psychometrics psychometrics;

  /** Answers leaning toward a person's own preferred drive, with noise, twice. */
  private void takeTwice(PersonView person, Drive preferred, SplittableRandom random) {
    for (int round = 0; round < 2; round++) {
      InventoryResponse r = inventory.startOrResume(person.id());
      for (Item item : r.items()) {
        int favoured = 4 + random.nextInt(5);
        int rest = 10 - favoured;
        int first = random.nextInt(rest + 1);
        int[] p = new int[3];
        p[preferred.ordinal()] = favoured;
        p[(preferred.ordinal() + 1) % 3] = first;
        p[(preferred.ordinal() + 2) % 3] = rest - first;
        inventory.answer(
            person.id(), r.id(), item.id(), InventoryResponseTest.points(item, p[0], p[1], p[2]));
      }
      inventory.complete(person.id(), r.id());
    }
  }

  @Test
  void showsAlphaItemStatisticsAndRetestToFirmAdminsOnly() throws Exception {
    var org = fixtures.organisation();
    SplittableRandom random = new SplittableRandom(11);
    List<PersonView> people = new ArrayList<>();
    // statistics and the retest correlation are shown from 30 responses and 30 retest pairs on
    for (int i = 0; i < 30; i++) {
      PersonView p = fixtures.person(Role.EXECUTIVE, org);
      takeTwice(p, Drive.values()[i % 3], random);
      people.add(p);
    }
    Psychometrics.VersionStatistics current = psychometrics.statistics().get(0);
    assertThat(current.version()).isEqualTo("v2");
    assertThat(current.responses()).isGreaterThanOrEqualTo(24);
    assertThat(current.scales()).hasSize(6);
    assertThat(current.scales()).allSatisfy(s -> assertThat(s.alpha()).isBetween(-5.0, 1.0));
    assertThat(current.items()).hasSize(72);
    assertThat(current.retest().pairs()).isGreaterThanOrEqualTo(12);
    // people answered in line with a stable preference, so their scores correlate at retest
    assertThat(current.retest().correlation().get(Drive.PEOPLE)).isGreaterThan(0.5);

    PersonView admin = fixtures.admin();
    var session = SignInSupport.signIn(mvc, admin);
    // the menu and the home page lead there
    mvc.perform(get("/").cookie(session))
        .andExpect(content().string(Matchers.containsString("<a href=\"/admin/psychometrics\"")))
        .andExpect(content().string(Matchers.containsString("Item-bank versions and statistics")));
    String page =
        mvc.perform(get("/admin/psychometrics").cookie(session))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Cronbach")))
            .andExpect(content().string(Matchers.containsString("GW01")))
            .andExpect(content().string(Matchers.containsString("Test-retest")))
            .andExpect(content().string(Matchers.containsString("Nunnally")))
            .andExpect(content().string(Matchers.containsString("Same type both times")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (PersonView p : people) {
      assertThat(page).doesNotContain(p.name());
    }
    mvc.perform(get("/admin/psychometrics").cookie(SignInSupport.signIn(mvc, people.get(0))))
        .andExpect(status().isForbidden());
  }

  @Test
  void saysNotEnoughDataBelowTheMinimums() {
    var few =
        new Psychometrics.VersionStatistics(
            "v1", 3, false, List.of(), List.of(), new Psychometrics.Retest(2, false, Map.of()));
    PsychometricsView view = PsychometricsView.of(few, "v1");
    assertThat(view.enough()).isFalse();
    assertThat(view.retest()).containsOnly("not enough data");
    assertThat(view.minimumResponses()).isEqualTo(30);
    assertThat(view.minimumPairs()).isEqualTo(30);
  }

  /** One more completion, answered the same way each time, with its own random noise. */
  private void completeOne(SplittableRandom random) {
    PersonView p = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    InventoryResponse r = inventory.startOrResume(p.id());
    for (Item item : r.items()) {
      int a = random.nextInt(11);
      int b = random.nextInt(11 - a);
      inventory.answer(
          p.id(), r.id(), item.id(), InventoryResponseTest.points(item, a, b, 10 - a - b));
    }
    inventory.complete(p.id(), r.id());
  }

  /** What a reader of the page could compare: every figure of the version. */
  private static String figures(Psychometrics.VersionStatistics s) {
    return s.responses() + " " + s.scales() + " " + s.items() + " " + s.retest();
  }

  @Test
  void oneMoreCompletionChangesNoFigureUntilAWholeBatchHasBeenCompleted() {
    ItemBank bank = ItemBank.load(ItemBank.CURRENT_VERSION);
    SplittableRandom random = new SplittableRandom(29);
    // Bring the page to a fresh snapshot, whatever other tests left in the database: complete
    // responses until the page takes one.
    Psychometrics.VersionStatistics shown = psychometrics.shown(bank);
    for (int i = 0; !shown.enough() || shown.completed() != shown.responses(); i++) {
      assertThat(i)
          .as("completions without a snapshot")
          .isLessThan(Psychometrics.MINIMUM_RESPONSES + Psychometrics.BATCH);
      completeOne(random);
      shown = psychometrics.shown(bank);
    }
    // read back as the page reads it, from the stored snapshot
    String before = figures(psychometrics.shown(bank));

    for (int i = 1; i < Psychometrics.BATCH; i++) {
      completeOne(random);
      Psychometrics.VersionStatistics after = psychometrics.shown(bank);
      assertThat(after.completed()).isEqualTo(shown.completed() + i);
      assertThat(figures(after)).as("after %d more", i).isEqualTo(before);
    }

    completeOne(random);
    Psychometrics.VersionStatistics batch = psychometrics.shown(bank);
    assertThat(batch.responses()).isEqualTo(shown.responses() + Psychometrics.BATCH);
    assertThat(figures(batch)).isNotEqualTo(before);
  }
}

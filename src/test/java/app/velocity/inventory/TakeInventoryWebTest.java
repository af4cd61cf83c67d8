package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Item;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Taking the inventory through the pages, as a browser without JavaScript would. */
@IntegrationTest
class TakeInventoryWebTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Inventory inventory;

  private MockHttpServletRequestBuilder answer(
      Cookie session, InventoryResponse r, int step, String people, String perf, String proc) {
    Item item = r.item(step).orElseThrow();
    return post("/profile/take/" + r.id() + "/items/" + step)
        .cookie(session)
        .with(csrf())
        .param(item.endingFor(Drive.PEOPLE).id(), people)
        .param(item.endingFor(Drive.PERFORMANCE).id(), perf)
        .param(item.endingFor(Drive.PROCESS).id(), proc);
  }

  @Test
  void startsAtThePartIntroductionAndSavesEachAnswerBeforeMovingOn() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    Cookie session = SignInSupport.signIn(mvc, me);
    mvc.perform(get("/profile").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Take the inventory")))
        .andExpect(
            content()
                .string(Matchers.containsString("only the people you choose to share it with")));
    mvc.perform(get("/profile/take").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("72 short questions")));
    String intro =
        mvc.perform(post("/profile/take").cookie(session).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    InventoryResponse r = inventory.open(me.id()).orElseThrow();
    assertThat(intro).isEqualTo("/profile/take/" + r.id() + "/parts/1");
    mvc.perform(get(intro).cookie(session))
        .andExpect(content().string(Matchers.containsString("When things go well")));

    mvc.perform(get("/profile/take/" + r.id() + "/items/3").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Item 3 of 72")))
        .andExpect(content().string(Matchers.containsString(r.item(3).orElseThrow().stem())));
    // the endings appear in this respondent's order, the same on every visit
    String page =
        mvc.perform(get("/profile/take/" + r.id() + "/items/3").cookie(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    var order = r.endingsInOrder(r.item(3).orElseThrow());
    assertThat(page.indexOf("p-" + order.get(0).id()))
        .isLessThan(page.indexOf("p-" + order.get(1).id()));
    assertThat(page.indexOf("p-" + order.get(1).id()))
        .isLessThan(page.indexOf("p-" + order.get(2).id()));
    mvc.perform(answer(session, r, 1, "5", "", "5"))
        .andExpect(redirectedUrl("/profile/take/" + r.id() + "/items/2"));
    mvc.perform(answer(session, r, 48, "0", "10", "0"))
        .andExpect(redirectedUrl("/profile/take/" + r.id() + "/parts/2"));
    mvc.perform(answer(session, r, 72, "1", "2", "7"))
        .andExpect(redirectedUrl("/profile/take/" + r.id() + "/review"));
    InventoryResponse saved = inventory.response(me.id(), r.id());
    assertThat(saved.answered()).isEqualTo(3);
    assertThat(saved.answerTo(r.item(1).orElseThrow().id()).orElseThrow().performance()).isZero();

    // resuming, here or on another device, goes to the first unanswered item
    Cookie elsewhere = SignInSupport.signIn(mvc, me);
    mvc.perform(get("/profile/take").cookie(elsewhere))
        .andExpect(redirectedUrl("/profile/take/" + r.id() + "/items/2"));
    // an answered item shows its saved points
    mvc.perform(get("/profile/take/" + r.id() + "/items/72").cookie(elsewhere))
        .andExpect(content().string(Matchers.containsString("value=\"7\"")));
  }

  @Test
  void aBadDistributionIsExplainedNextToTheItemAndKeepsTheInput() throws Exception {
    PersonView me = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    Cookie session = SignInSupport.signIn(mvc, me);
    InventoryResponse r = inventory.startOrResume(me.id());
    mvc.perform(answer(session, r, 2, "3", "3", "3"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("add up to 9; give 1 more")))
        .andExpect(content().string(Matchers.containsString("role=\"alert\"")))
        .andExpect(content().string(Matchers.containsString("value=\"3\"")))
        .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
    mvc.perform(answer(session, r, 2, "4", "x", "3"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("not a whole number")))
        .andExpect(content().string(Matchers.containsString("value=\"x\"")));
    mvc.perform(answer(session, r, 2, "12", "-2", "0").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("cannot be negative")));
    assertThat(inventory.response(me.id(), r.id()).answered()).isZero();
  }

  @Test
  void submittingIsRefusedUntilEveryItemIsAnsweredThenShowsTheReport() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    Cookie session = SignInSupport.signIn(mvc, me);
    InventoryResponse r = inventory.startOrResume(me.id());
    for (int step = 1; step <= 71; step++) {
      mvc.perform(answer(session, r, step, "2", "6", "2")).andExpect(status().is3xxRedirection());
    }
    mvc.perform(get("/profile/take/" + r.id() + "/review").cookie(session))
        .andExpect(content().string(Matchers.containsString("1 item still needs")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Submit and see"))));
    mvc.perform(post("/profile/take/" + r.id() + "/complete").cookie(session).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(Matchers.containsString("1 item still needs an answer")));

    mvc.perform(answer(session, r, 72, "3", "3", "4"))
        .andExpect(redirectedUrl("/profile/take/" + r.id() + "/review"));
    // changing an answer of a complete response leads back to the review
    mvc.perform(answer(session, r, 5, "2", "7", "1"))
        .andExpect(redirectedUrl("/profile/take/" + r.id() + "/review"));
    mvc.perform(post("/profile/take/" + r.id() + "/complete").cookie(session).with(csrf()))
        .andExpect(redirectedUrl("/profile"));
    mvc.perform(get("/profile").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<svg")))
        .andExpect(content().string(Matchers.containsString("Performance")))
        .andExpect(content().string(Matchers.containsString("Who can see this:</strong> Only you")))
        .andExpect(content().string(Matchers.containsString("Conflict sequence")))
        .andExpect(content().string(Matchers.containsString("Overdone")))
        .andExpect(content().string(Matchers.containsString("Retake the inventory")));
    // the finished response can no longer be changed through its pages
    mvc.perform(answer(session, r, 1, "10", "0", "0")).andExpect(redirectedUrl("/profile"));
  }

  @Test
  void anotherPersonCanNeverReadOrAnswerMyResponse() throws Exception {
    var org = fixtures.organisation();
    PersonView me = fixtures.person(Role.EXECUTIVE, org);
    PersonView other = fixtures.person(Role.EXECUTIVE, org);
    InventoryResponse mine = inventory.startOrResume(me.id());
    Cookie theirs = SignInSupport.signIn(mvc, other);
    mvc.perform(get("/profile/take/" + mine.id() + "/items/1").cookie(theirs))
        .andExpect(status().isNotFound());
    mvc.perform(get("/profile/take/" + mine.id() + "/review").cookie(theirs))
        .andExpect(status().isNotFound());
    mvc.perform(answer(theirs, mine, 1, "10", "0", "0")).andExpect(status().isNotFound());
    mvc.perform(post("/profile/take/" + mine.id() + "/complete").cookie(theirs).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(inventory.response(me.id(), mine.id()).answered()).isZero();
  }

  @Test
  void theMenuOffersYourProfileToExecutivesAndColleagues() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    Cookie session = SignInSupport.signIn(mvc, me);
    mvc.perform(get("/").cookie(session))
        .andExpect(content().string(Matchers.containsString("href=\"/profile\"")))
        .andExpect(content().string(Matchers.containsString("Your profile")));
    PersonView sponsor = fixtures.person(Role.SPONSOR, fixtures.organisation());
    mvc.perform(get("/profile").cookie(SignInSupport.signIn(mvc, sponsor)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/profile/take").cookie(session).header("HX-Request", "true"))
        .andExpect(header().doesNotExist("HX-Push-Url"));
  }
}

package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page's tiles count what they name (counted in the database, not by loading it all). */
@IntegrationTest
class HomeTilesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private String home(PersonView person) throws Exception {
    return mvc.perform(get("/").cookie(SignInSupport.signIn(mvc, person)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theFirmAdminSeesHowManyOrganisationsAndCoachesThereAre() throws Exception {
    fixtures.organisation();
    fixtures.person(Role.COACH, null);
    var directory = fixtures.directory();
    assertThat(home(fixtures.admin()))
        .contains(directory.organisations().size() + " organisations and their people")
        .contains(directory.withRole(Role.COACH).size() + " coaches in the firm");
  }

  @Test
  void aCoachSeesHowManyExecutivesTheyCoach() throws Exception {
    var org = fixtures.organisation();
    PersonView first = fixtures.person(Role.EXECUTIVE, org);
    PersonView coach = fixtures.coachOf(first);
    fixtures.directory().assignCoach(fixtures.person(Role.EXECUTIVE, org).id(), coach.id());
    assertThat(home(coach)).contains("2 executives you coach");
  }
}

package app.velocity.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.SqlStatements;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The relationship map reads the estimates of everyone on it in one statement, and the
 * organisation's people once for the map and the list of people who may be added: a map with more
 * estimated and unknown people costs no more statements than a small one.
 */
@IntegrationTest
class MapStatementsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired RelationshipMaps maps;

  @RegisterExtension final SqlStatements statements = new SqlStatements();

  /** Statements of the second view of the executive's map with so many estimated and unknown. */
  private int mapWith(int estimated, int unknown) throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView executive = fixtures.person(Role.EXECUTIVE, org);
    Cookie session = SignInSupport.signIn(mvc, executive);
    CurrentUser me = CurrentUser.of(executive);
    List<PersonView> onMap = new ArrayList<>();
    for (int i = 0; i < estimated + unknown; i++) {
      PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
      maps.add(me, new MapEntry(colleague.id(), 3, Frequency.WEEKLY, 3, 3, ""), null);
      onMap.add(colleague);
    }
    for (PersonView colleague : onMap.subList(0, estimated)) {
      assertThat(EstimatesTestData.estimate(mvc, session, colleague, "PEOPLE").getStatus())
          .isEqualTo(302);
    }
    // a session of its own: the forms' flash messages stay out of the session read and written
    Cookie viewer = SignInSupport.signIn(mvc, executive);
    String page =
        mvc.perform(get("/map").cookie(viewer)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(onMap.get(0).name());
    statements.clear();
    mvc.perform(get("/map").cookie(viewer)).andReturn();
    return statements.list().size();
  }

  @Test
  void aBiggerMapReadsNoMoreStatements() throws Exception {
    int small = mapWith(1, 1);
    int big = mapWith(5, 4);
    assertThat(big).isEqualTo(small);
  }
}

package app.velocity.evidence;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.SignInSupport;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One signed-in person of every role in one organisation (the executive coached by the coach), each
 * with a session and a personal access token, plus a victim organisation and person whose ids
 * hostile requests aim at, so that nobody the suite signs in as is changed under its feet.
 */
final class World {

  final OrganisationView home;
  final OrganisationView victimOrganisation;
  final PersonView victim;
  final Map<Role, PersonView> people = new EnumMap<>(Role.class);
  final Map<Role, Cookie> sessions = new EnumMap<>(Role.class);
  final Map<Role, String> tokens = new EnumMap<>(Role.class);

  World(MockMvc mvc, Fixtures fixtures) throws Exception {
    home = fixtures.organisation();
    victimOrganisation = fixtures.organisation();
    victim = fixtures.person(Role.EXECUTIVE, victimOrganisation);
    for (Role role : Role.values()) {
      people.put(role, fixtures.person(role, home));
    }
    fixtures.directory().assignCoach(people.get(Role.EXECUTIVE).id(), people.get(Role.COACH).id());
    for (Role role : Role.values()) {
      sessions.put(role, SignInSupport.signIn(mvc, people.get(role)));
      tokens.put(role, fixtures.token(people.get(role)));
    }
  }

  List<Role> roles() {
    return List.of(Role.values());
  }

  /** A fresh session that may be spent, e.g. by signing out. */
  static Cookie freshSession(MockMvc mvc, PersonView person) throws Exception {
    return SignInSupport.sessionCookie(
        mvc.perform(
                post("/sign-in")
                    .param("email", person.email())
                    .param("password", Fixtures.PASSWORD)
                    .with(csrf()))
            .andReturn());
  }
}

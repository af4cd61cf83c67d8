package app.velocity.identity;

import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a person has open, on any instance (they live in the database), so that a password
 * change ends all but the one it was made in. Each session is indexed by the person's id rather
 * than by the e-mail address it signed in with, which a firm admin may change meanwhile.
 */
@Component
class PersonSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  PersonSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Marks a session that just signed in as this person's. */
  static void index(HttpSession session, PersonId person) {
    session.setAttribute(
        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, person.value().toString());
  }

  /**
   * Ends every session of the person except {@code keep} (null: ends them all), and answers how
   * many it ended. Sessions opened before sessions were indexed by id are found by address.
   */
  int endAllBut(PersonView person, String keep) {
    Set<String> ids =
        new HashSet<>(sessions.findByPrincipalName(person.id().value().toString()).keySet());
    ids.addAll(sessions.findByPrincipalName(person.email()).keySet());
    if (keep != null) {
      ids.remove(keep);
    }
    ids.forEach(sessions::deleteById);
    return ids.size();
  }
}

package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** Two requests of one session that add the same attribute at once both succeed. */
@IntegrationTest
@Tag("smoke")
class SessionStoreTest {

  @Autowired SessionRepository<?> sessions;

  @Test
  void theSecondOfTwoRequestsAddingOneAttributeReplacesItInsteadOfFailing() {
    assertThat(addTheSameAttributeFromTwoRequests(sessions)).isEqualTo("second");
  }

  private static <S extends Session> String addTheSameAttributeFromTwoRequests(
      SessionRepository<S> sessions) {
    S session = sessions.createSession();
    sessions.save(session);
    // both requests loaded the session before either saved
    S first = sessions.findById(session.getId());
    S second = sessions.findById(session.getId());

    first.setAttribute("chosen", "first");
    second.setAttribute("chosen", "second");
    sessions.save(first);
    sessions.save(second);

    return sessions.findById(session.getId()).getAttribute("chosen");
  }
}

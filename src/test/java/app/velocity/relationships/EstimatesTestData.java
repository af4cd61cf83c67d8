package app.velocity.relationships;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.motivation.estimates.ObserverQuestion;
import app.velocity.motivation.estimates.ObserverQuestionnaire;
import app.velocity.organisations.PersonView;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Submits the estimate form the way a browser does. */
public final class EstimatesTestData {

  private EstimatesTestData() {}

  /** Picks {@code drive} on every question, known for years, weekly, seen under pressure. */
  public static MockHttpServletResponse estimate(
      MockMvc mvc, Cookie session, PersonView subject, String drive) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/map/" + subject.id() + "/estimate")
            .cookie(session)
            .with(csrf())
            .param("knownFor", "ONE_TO_THREE_YEARS")
            .param("closeness", "WEEKLY")
            .param("settings", "ROUTINE_WORK", "UNDER_PRESSURE");
    for (ObserverQuestion q : ObserverQuestionnaire.current().questions()) {
      request.param(q.id(), drive);
    }
    return mvc.perform(request).andReturn().getResponse();
  }
}

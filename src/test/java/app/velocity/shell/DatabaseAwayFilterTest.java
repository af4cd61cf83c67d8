package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.IntegrationTest;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionSystemException;

/**
 * A database failure that escapes every filter (seen in the full load run: the session lookup's
 * rollback met a dead connection before any page was chosen, and the error page, needing the same
 * session, failed too) still answers 503 with the message, never a bare 500.
 */
@IntegrationTest
@Tag("smoke")
class DatabaseAwayFilterTest {

  @Autowired FilterRegistrationBean<DatabaseAwayFilter> registration;

  /** What PostgreSQL restarting looked like from the session lookup. */
  private static ServletException sessionLookupFailed() {
    return new ServletException(
        "Request processing failed",
        new TransactionSystemException(
            "Could not roll back JDBC transaction", new SQLException("Connection is closed")));
  }

  private static MockHttpServletResponse whenTheSessionLookupFails(String path) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new DatabaseAwayFilter()
        .doFilter(
            new MockHttpServletRequest("GET", path),
            response,
            (req, res) -> {
              throw sessionLookupFailed();
            });
    return response;
  }

  @Test
  void aPageAnswers503WithTheMessageAndNothingOfTheFailure() throws Exception {
    MockHttpServletResponse response = whenTheSessionLookupFails("/");

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getContentType()).startsWith("text/html");
    assertThat(response.getContentAsString())
        .contains("Velocity cannot reach its database just now")
        .contains("Everything saved before is safe")
        .doesNotContain("Connection is closed")
        .doesNotContain("JDBC");
  }

  @Test
  void theApiAnswersAProblemDetail() throws Exception {
    MockHttpServletResponse response = whenTheSessionLookupFails("/api/v1/me");

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString())
        .contains("\"status\":503")
        .contains("Velocity cannot reach its database just now");
  }

  @Test
  void anyOtherFailurePassesOnUnchanged() {
    IllegalStateException bug = new IllegalStateException("a bug");
    assertThatThrownBy(
            () ->
                new DatabaseAwayFilter()
                    .doFilter(
                        new MockHttpServletRequest("GET", "/"),
                        new MockHttpServletResponse(),
                        (req, res) -> {
                          throw bug;
                        }))
        .isSameAs(bug);
  }

  @Test
  void itRunsBeforeTheSessionIsLookedUp() {
    assertThat(registration.getOrder()).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
  }
}

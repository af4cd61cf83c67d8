package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.velocity.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When the database is out of reach, people get a 503 with a message they can act on (wait and
 * retry; nothing saved is lost), not a generic server error.
 */
@IntegrationTest
class DatabaseAwayTest {

  @Autowired MockMvc mvc;

  private static final String MESSAGE = "Velocity cannot reach its database just now";

  @Test
  void aPageSaysTheDatabaseIsAwayAndThatNothingSavedIsLost() throws Exception {
    var response =
        mvc.perform(
                get("/error")
                    .accept(MediaType.TEXT_HTML)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                    .requestAttr(
                        RequestDispatcher.ERROR_EXCEPTION,
                        new IllegalStateException(
                            new CannotGetJdbcConnectionException("Connection refused"))))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString())
        .contains(MESSAGE)
        .contains("Everything saved before is safe")
        .doesNotContain("Connection refused");
  }

  @Test
  void aRollbackOnAConnectionThatDiedIsTheDatabaseBeingAwayToo() throws Exception {
    // seen when PostgreSQL restarted under load: the rollback met a closed connection
    var rollbackFailed =
        new org.springframework.transaction.TransactionSystemException(
            "JDBC rollback failed", new java.sql.SQLException("Connection is closed"));
    var response =
        mvc.perform(
                get("/error")
                    .accept(MediaType.TEXT_HTML)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                    .requestAttr(RequestDispatcher.ERROR_EXCEPTION, rollbackFailed))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString()).contains(MESSAGE);
    assertThat(
            app.velocity.identity.DatabaseAway.causedBy(
                new java.sql.SQLException("syntax error", "42601")))
        .as("a bug in SQL is not the database being away")
        .isFalse();
  }

  @Test
  void signingInWhileTheDatabaseIsAwaySaysSoRatherThanWrongPassword() throws Exception {
    assertThat(
            mvc.perform(get("/sign-in").param("away", ""))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(MESSAGE)
        .doesNotContain("do not match");
  }

  @Test
  void anOrdinaryServerErrorIsNotBlamedOnTheDatabase() throws Exception {
    var response =
        mvc.perform(
                get("/error")
                    .accept(MediaType.APPLICATION_JSON)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                    .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new NullPointerException()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString()).doesNotContain(MESSAGE);
  }
}

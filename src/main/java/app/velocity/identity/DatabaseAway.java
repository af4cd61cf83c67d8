package app.velocity.identity;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database being out of reach (restarting, network, no free connection) from
 * a bug, wherever it surfaces: a page, the API, the sign-in, a filter. Such a failure answers 503
 * with {@link #MESSAGE}, never 500 or "wrong password".
 */
public final class DatabaseAway {

  public static final String MESSAGE =
      "Velocity cannot reach its database just now (it may be restarting or too busy)."
          + " Everything saved before is safe; try again in a minute.";

  /** How long a client is told to wait before it retries, in seconds. */
  public static final String RETRY_AFTER_SECONDS = "30";

  private DatabaseAway() {}

  /** Answers 503 with {@link #MESSAGE} as a problem detail, and when to retry. */
  public static void answerProblem(jakarta.servlet.http.HttpServletResponse response)
      throws java.io.IOException {
    response.setStatus(503);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\""
                + MESSAGE
                + "\"}");
  }

  public static boolean causedBy(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
      // a commit or rollback refused by the driver: the connection died under it (Hikari then
      // says "Connection is closed", with no SQL state)
      if (t instanceof TransactionSystemException && t.getCause() instanceof SQLException) {
        return true;
      }
      // SQL state class 08: connection exception (PostgreSQL's driver, and Hikari's "Connection
      // is closed" when a rollback meets a dead connection); 57P0x: the server shutting down
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }
}

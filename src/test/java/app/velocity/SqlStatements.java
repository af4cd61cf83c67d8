package app.velocity;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the SQL statements the application sends from the current thread. Every statement goes
 * through Spring's {@link JdbcTemplate} (Spring Data JDBC, {@code JdbcClient}, Spring Session),
 * which logs each one at DEBUG; MockMvc serves a page on the test's thread, so what is counted
 * between {@link #clear()} and {@link #list()} is what one page view sent. Register it in a test
 * class with {@code @RegisterExtension final SqlStatements statements = new SqlStatements();}: it
 * counts during each test.
 */
public final class SqlStatements implements BeforeEachCallback, AfterEachCallback {

  /** What JdbcTemplate logs once per statement sent (not its "Executing prepared SQL query"). */
  static final Pattern STATEMENT =
      Pattern.compile("Executing (prepared )?SQL (statement|batch update|query|update) \\[");

  private final Logger log = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
  private Level level;
  private volatile String thread;
  private final List<String> statements = new ArrayList<>();
  private final AppenderBase<ILoggingEvent> counter =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          if (event.getThreadName().equals(thread)
              && STATEMENT.matcher(event.getFormattedMessage()).find()) {
            synchronized (statements) {
              statements.add(event.getFormattedMessage());
            }
          }
        }
      };

  /** Starts counting the test thread's statements. */
  @Override
  public void beforeEach(ExtensionContext context) {
    thread = Thread.currentThread().getName();
    level = log.getLevel();
    // counted here only, not written to the test log as well
    log.setAdditive(false);
    log.setLevel(Level.DEBUG);
    counter.start();
    log.addAppender(counter);
  }

  public void clear() {
    synchronized (statements) {
      statements.clear();
    }
  }

  /** The statements sent since the last {@link #clear()}, as logged. */
  public List<String> list() {
    synchronized (statements) {
      return List.copyOf(statements);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    log.detachAppender(counter);
    counter.stop();
    log.setLevel(level);
    log.setAdditive(true);
  }
}

package app.velocity.identity;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database, safe when two requests of one session add the same attribute at once
 * (two tabs, or requests the page sends side by side right after sign-in). Spring Session writes a
 * new attribute with a plain insert, so the second request failed on the primary key with a 500.
 * Here a new attribute is inserted or, if the other request was first, replaces it.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

  /** H2's form of "insert, or update on the same key" (PostgreSQL's is Spring Session's own). */
  static final String H2_MERGE_ATTRIBUTE =
      "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)"
          + " KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesSafeUnderConcurrency(
      DataSource dataSource) {
    String product = product(dataSource);
    if (product.contains("postgres")) {
      return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
    if (product.contains("h2")) {
      return repository -> repository.setCreateSessionAttributeQuery(H2_MERGE_ATTRIBUTE);
    }
    return repository -> {};
  }

  private static String product(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database holds the sessions", e);
    }
  }
}

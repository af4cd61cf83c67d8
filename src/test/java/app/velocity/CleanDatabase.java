package app.velocity;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every test application context starts on an empty, freshly migrated database, so that a run never
 * depends on what an earlier run left behind. Test classes create the data they need.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {

  @Bean
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }
}

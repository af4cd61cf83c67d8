package app.velocity;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Velocity: a platform for executive coaching built on motivational values. */
@SpringBootApplication
public class VelocityApplication {

  public static void main(String[] args) {
    SpringApplication.run(VelocityApplication.class, args);
  }

  /** One clock for the whole application, so that time can be fixed in tests. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}

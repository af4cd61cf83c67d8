package app.velocity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Velocity: a platform for executive coaching built on motivational values. */
@SpringBootApplication
public class VelocityApplication {

  public static void main(String[] args) {
    SpringApplication.run(VelocityApplication.class, args);
  }
}

package app.velocity.identity;

import app.velocity.organisations.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The password hash of each person who has a password. */
@Repository
class Credentials {

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final Clock clock;

  Credentials(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.clock = clock;
  }

  Optional<String> passwordHash(PersonId person) {
    return jdbc.sql("select password_hash from credentials where person_id = ?")
        .param(person.value())
        .query(String.class)
        .optional();
  }

  boolean exists(PersonId person) {
    return passwordHash(person).isPresent();
  }

  @Transactional
  void setPassword(PersonId person, String rawPassword) {
    String hash = encoder.encode(rawPassword);
    Timestamp now = Timestamp.from(clock.instant());
    int updated =
        jdbc.sql("update credentials set password_hash = ?, updated_at = ? where person_id = ?")
            .param(hash)
            .param(now)
            .param(person.value())
            .update();
    if (updated == 0) {
      jdbc.sql("insert into credentials (person_id, password_hash, updated_at) values (?, ?, ?)")
          .param(person.value())
          .param(hash)
          .param(now)
          .update();
    }
  }

  boolean matches(String raw, String hash) {
    return encoder.matches(raw, hash);
  }
}

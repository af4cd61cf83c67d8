package app.velocity.identity;

import app.velocity.organisations.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Password hashes and the sign-in failure count and lock of each person who has a password. */
@Repository
class Credentials {

  /** After this many failed sign-ins in a row the account is locked for {@link #LOCK}. */
  static final int MAX_FAILURES = 5;

  static final Duration LOCK = Duration.ofMinutes(15);

  record Stored(String passwordHash, int failedSignIns, Instant lockedUntil) {}

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final Clock clock;

  Credentials(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.clock = clock;
  }

  Optional<Stored> find(PersonId person) {
    return jdbc.sql(
            "select password_hash, failed_sign_ins, locked_until from credentials where person_id = ?")
        .param(person.value())
        .query(
            (rs, n) -> {
              Timestamp locked = rs.getTimestamp("locked_until");
              return new Stored(
                  rs.getString("password_hash"),
                  rs.getInt("failed_sign_ins"),
                  locked == null ? null : locked.toInstant());
            })
        .optional();
  }

  boolean exists(PersonId person) {
    return find(person).isPresent();
  }

  @Transactional
  void setPassword(PersonId person, String rawPassword) {
    String hash = encoder.encode(rawPassword);
    Timestamp now = Timestamp.from(clock.instant());
    int updated =
        jdbc.sql(
                "update credentials set password_hash = ?, failed_sign_ins = 0, locked_until = null,"
                    + " updated_at = ? where person_id = ?")
            .param(hash)
            .param(now)
            .param(person.value())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into credentials (person_id, password_hash, failed_sign_ins, updated_at)"
                  + " values (?, ?, 0, ?)")
          .param(person.value())
          .param(hash)
          .param(now)
          .update();
    }
  }

  /** Counts a failure in one statement, so that concurrent attempts cannot slip past the lock. */
  void recordFailure(PersonId person) {
    Timestamp lockUntil = Timestamp.from(clock.instant().plus(LOCK));
    jdbc.sql(
            """
            update credentials set
              locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end,
              failed_sign_ins = case when failed_sign_ins + 1 >= ? then 0 else failed_sign_ins + 1 end
            where person_id = ?""")
        .param(MAX_FAILURES)
        .param(lockUntil)
        .param(MAX_FAILURES)
        .param(person.value())
        .update();
  }

  void recordSuccess(PersonId person) {
    jdbc.sql(
            "update credentials set failed_sign_ins = 0, locked_until = null where person_id = ?"
                + " and (failed_sign_ins <> 0 or locked_until is not null)")
        .param(person.value())
        .update();
  }

  boolean matches(String raw, String hash) {
    return encoder.matches(raw, hash);
  }
}

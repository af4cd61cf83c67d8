package app.velocity.identity;

import app.velocity.identity.ThrottleRule.Counter;
import app.velocity.identity.ThrottleRule.Decision;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters behind every {@link ThrottleRule}, in the database so that they hold across
 * instances. Each attempt locks its counter's row for the rest of the caller's transaction, so two
 * attempts at once are counted one after the other and cannot both slip under a limit. Counters are
 * created beforehand ({@link #prepare}), outside that transaction: a second transaction of its own
 * for them would hold two pooled connections per request, and a burst of new keys could then take
 * every connection.
 */
@Repository
class Throttles {

  /** Counters untouched for this long, and not blocking anyone, are deleted. */
  static final Duration KEPT_FOR = Duration.ofDays(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  Throttles(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Makes sure a counter exists for each key, each in a statement of its own (call it outside a
   * transaction); then clears out counters nobody has touched for a day, so that keys made up by an
   * attacker do not pile up.
   */
  void prepare(String... keys) {
    Instant now = clock.instant();
    boolean created = false;
    for (String key : keys) {
      String hash = Secrets.hash(key);
      boolean exists =
          jdbc.sql("select count(*) from throttles where key_hash = ?")
                  .param(hash)
                  .query(Long.class)
                  .single()
              > 0;
      if (!exists) {
        try {
          insert(hash, now);
          created = true;
        } catch (DuplicateKeyException e) {
          // created by another request at the same moment: just as good
        }
      }
    }
    if (created) {
      jdbc.sql(
              "delete from throttles where last_hit_at < ?"
                  + " and (blocked_until is null or blocked_until < ?)")
          .param(Timestamp.from(now.minus(KEPT_FOR)))
          .param(Timestamp.from(now))
          .update();
    }
  }

  /**
   * Counts one attempt for {@code key} under {@code rule}; answers the moment to retry at if the
   * attempt must wait (and is not counted). Call it inside a transaction, after {@link #prepare}.
   */
  Optional<Instant> attempt(String key, ThrottleRule rule) {
    String hash = Secrets.hash(key);
    Instant now = clock.instant();
    Optional<Counter> current = lock(hash);
    if (current.isEmpty()) {
      // forgotten since it was prepared: start it again, now inside the caller's transaction
      insert(hash, now);
      current = lock(hash);
    }
    Decision decision = rule.attempt(current, now);
    if (decision.refused()) {
      return Optional.of(decision.retryAt());
    }
    Counter counted = decision.counted();
    jdbc.sql(
            "update throttles set hits = ?, window_start = ?, last_hit_at = ?, blocked_until = ?"
                + " where key_hash = ?")
        .param(counted.hits())
        .param(Timestamp.from(counted.windowStart()))
        .param(Timestamp.from(counted.lastHit()))
        .param(counted.blockedUntil() == null ? null : Timestamp.from(counted.blockedUntil()))
        .param(hash)
        .update();
    return Optional.empty();
  }

  /** Until when attempts for {@code key} must wait, if they must; counts nothing. */
  Optional<Instant> blockedUntil(String key) {
    Instant now = clock.instant();
    return jdbc
        .sql("select blocked_until from throttles where key_hash = ?")
        .param(Secrets.hash(key))
        .query((rs, n) -> rs.getTimestamp(1))
        .list()
        .stream()
        .filter(Objects::nonNull)
        .map(Timestamp::toInstant)
        .filter(until -> until.isAfter(now))
        .findFirst();
  }

  /** Starts {@code key} afresh, as if it had never been tried. */
  void forget(String key) {
    jdbc.sql("delete from throttles where key_hash = ?").param(Secrets.hash(key)).update();
  }

  private void insert(String hash, Instant now) {
    jdbc.sql(
            "insert into throttles (key_hash, hits, window_start, last_hit_at) values (?, 0, ?, ?)")
        .param(hash)
        .param(Timestamp.from(now))
        .param(Timestamp.from(now))
        .update();
  }

  private Optional<Counter> lock(String hash) {
    return jdbc.sql(
            "select hits, window_start, last_hit_at, blocked_until from throttles"
                + " where key_hash = ? for update")
        .param(hash)
        .query(
            (rs, n) -> {
              Timestamp blocked = rs.getTimestamp("blocked_until");
              return new Counter(
                  rs.getInt("hits"),
                  rs.getTimestamp("window_start").toInstant(),
                  rs.getTimestamp("last_hit_at").toInstant(),
                  blocked == null ? null : blocked.toInstant());
            })
        .optional();
  }
}

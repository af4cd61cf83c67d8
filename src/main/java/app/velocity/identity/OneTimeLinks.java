package app.velocity.identity;

import app.velocity.organisations.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring links for password reset and invitations to join. The link carries a random
 * secret; only its hash is stored.
 */
@Service
class OneTimeLinks {

  private final JdbcClient jdbc;
  private final Clock clock;

  OneTimeLinks(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Issues a new link and returns its secret, which is shown or sent once and never stored. */
  @Transactional
  String issue(PersonId person, LinkPurpose purpose) {
    String secret = Secrets.newSecret();
    Instant now = clock.instant();
    jdbc.sql(
            "insert into one_time_links (id, person_id, purpose, token_hash, expires_at, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .param(UUID.randomUUID())
        .param(person.value())
        .param(purpose.name())
        .param(Secrets.hash(secret))
        .param(Timestamp.from(now.plus(purpose.validity())))
        .param(Timestamp.from(now))
        .update();
    return secret;
  }

  /** The person a still-valid link belongs to, without using it up (to show the form). */
  PersonId check(String secret, LinkPurpose purpose) {
    return find(secret, purpose).person();
  }

  /** Uses the link up and returns its person; fails if unknown, expired or used. */
  @Transactional
  PersonId redeem(String secret, LinkPurpose purpose) {
    Found link = find(secret, purpose);
    int updated =
        jdbc.sql("update one_time_links set used_at = ? where id = ? and used_at is null")
            .param(Timestamp.from(clock.instant()))
            .param(link.id())
            .update();
    if (updated == 0) {
      // someone else redeemed it between our read and our write
      throw new LinkProblem.LinkAlreadyUsed();
    }
    return link.person();
  }

  private record Found(UUID id, PersonId person) {}

  private Found find(String secret, LinkPurpose purpose) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      throw new LinkProblem.LinkUnknown();
    }
    record Row(UUID id, UUID person, Instant expires, Instant used) {}
    Row row =
        jdbc.sql(
                "select id, person_id, expires_at, used_at from one_time_links"
                    + " where token_hash = ? and purpose = ?")
            .param(Secrets.hash(secret))
            .param(purpose.name())
            .query(
                (rs, n) -> {
                  Timestamp used = rs.getTimestamp("used_at");
                  return new Row(
                      rs.getObject("id", UUID.class),
                      rs.getObject("person_id", UUID.class),
                      rs.getTimestamp("expires_at").toInstant(),
                      used == null ? null : used.toInstant());
                })
            .optional()
            .orElseThrow(LinkProblem.LinkUnknown::new);
    if (row.used() != null) {
      throw new LinkProblem.LinkAlreadyUsed();
    }
    if (!row.expires().isAfter(clock.instant())) {
      throw new LinkProblem.LinkExpired();
    }
    return new Found(row.id(), new PersonId(row.person()));
  }
}

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
 * Single-use, expiring links for password reset, invitations to join, sign-in by e-mail and
 * invitations to take the inventory. The link carries a random secret; only its hash is stored.
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
    return issue(person, purpose, clock.instant().plus(purpose.validity())).secret();
  }

  /** A link's row id (to find or spend it later) and its secret. */
  record Issued(UUID id, String secret) {}

  /** Issues a link that expires at the given moment rather than after the purpose's validity. */
  @Transactional
  Issued issue(PersonId person, LinkPurpose purpose, Instant expiresAt) {
    String secret = Secrets.newSecret();
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into one_time_links (id, person_id, purpose, token_hash, expires_at, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .param(id)
        .param(person.value())
        .param(purpose.name())
        .param(Secrets.hash(secret))
        .param(Timestamp.from(expiresAt))
        .param(Timestamp.from(now))
        .update();
    return new Issued(id, secret);
  }

  /** The person a still-valid link belongs to, without using it up (to show the form). */
  PersonId check(String secret, LinkPurpose purpose) {
    return lookUp(secret, purpose).person();
  }

  /** The row and person of a still-valid link, without using it up. */
  Found find(String secret, LinkPurpose purpose) {
    return lookUp(secret, purpose);
  }

  /** Uses the link up and returns its person; fails if unknown, expired or used. */
  @Transactional
  PersonId redeem(String secret, LinkPurpose purpose) {
    return redeemLink(secret, purpose).person();
  }

  /** Uses the link up and returns its row and person; fails if unknown, expired or used. */
  @Transactional
  Found redeemLink(String secret, LinkPurpose purpose) {
    Found link = lookUp(secret, purpose);
    int updated =
        jdbc.sql("update one_time_links set used_at = ? where id = ? and used_at is null")
            .param(Timestamp.from(clock.instant()))
            .param(link.id())
            .update();
    if (updated == 0) {
      // someone else redeemed it between our read and our write
      throw new LinkProblem.LinkAlreadyUsed();
    }
    return link;
  }

  /** Uses a link up without its secret, so that it no longer works (a withdrawn invitation). */
  void spend(UUID id) {
    jdbc.sql("update one_time_links set used_at = ? where id = ? and used_at is null")
        .param(Timestamp.from(clock.instant()))
        .param(id)
        .update();
  }

  /**
   * Uses up every link of these purposes the person still holds, so that none issued before a
   * password change (or before the link just used) works afterwards.
   */
  void spendAll(PersonId person, java.util.Set<LinkPurpose> purposes) {
    for (LinkPurpose purpose : purposes) {
      jdbc.sql(
              "update one_time_links set used_at = ? where person_id = ? and purpose = ?"
                  + " and used_at is null")
          .param(Timestamp.from(clock.instant()))
          .param(person.value())
          .param(purpose.name())
          .update();
    }
  }

  /** Whether the person was ever sent an invitation link; they may choose a first password. */
  boolean wasInvited(PersonId person) {
    return jdbc.sql("select count(*) from one_time_links where person_id = ? and purpose = ?")
            .param(person.value())
            .param(LinkPurpose.INVITATION.name())
            .query(Long.class)
            .single()
        > 0;
  }

  record Found(UUID id, PersonId person) {}

  private Found lookUp(String secret, LinkPurpose purpose) {
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

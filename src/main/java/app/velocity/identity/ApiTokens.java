package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonDeactivated;
import app.velocity.organisations.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Personal access tokens for the API. A token is shown once when created; only its hash is stored;
 * its owner can revoke it at any time, with immediate effect.
 */
@Service
public class ApiTokens {

  static final String PREFIX = "vel_";
  static final int MAX_ACTIVE_PER_PERSON = 20;

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, Directory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /** A new token: its record and the secret to show once. */
  public record Created(ApiToken token, String secret) {}

  @Transactional
  public Created create(PersonId owner, String name) {
    String checked = name == null ? "" : name.strip();
    // control characters (a NUL above all, which PostgreSQL refuses) are no part of a name
    if (checked.isEmpty()
        || checked.length() > 100
        || checked.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("name: give the token a name of 1 to 100 characters");
    }
    long active =
        jdbc.sql("select count(*) from api_tokens where person_id = ? and revoked_at is null")
            .param(owner.value())
            .query(Long.class)
            .single();
    if (active >= MAX_ACTIVE_PER_PERSON) {
      throw new IllegalArgumentException(
          "name: you already have " + active + " active tokens; revoke one first");
    }
    String secret = PREFIX + Secrets.newSecret();
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            "insert into api_tokens (id, person_id, name, token_hash, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .param(id)
        .param(owner.value())
        .param(checked)
        .param(Secrets.hash(secret))
        .param(Timestamp.from(now))
        .update();
    return new Created(new ApiToken(id, checked, now, null, null), secret);
  }

  public List<ApiToken> of(PersonId owner) {
    return jdbc.sql(
            "select id, name, created_at, last_used_at, revoked_at from api_tokens"
                + " where person_id = ? order by created_at desc")
        .param(owner.value())
        .query(
            (rs, n) ->
                new ApiToken(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(),
                    instant(rs.getTimestamp("last_used_at")),
                    instant(rs.getTimestamp("revoked_at"))))
        .list();
  }

  /** Revokes one of the owner's tokens; returns false when the owner has no such token. */
  @Transactional
  public boolean revoke(PersonId owner, UUID token) {
    forgetRecentNowAndAfterCommit();
    return jdbc.sql(
                "update api_tokens set revoked_at = ? where id = ? and person_id = ?"
                    + " and revoked_at is null")
            .param(Timestamp.from(clock.instant()))
            .param(token)
            .param(owner.value())
            .update()
        > 0;
  }

  /**
   * How long a token found valid is taken as valid without asking the database again. An API client
   * saving answers one by one would otherwise cost two queries per request for the token alone. A
   * revocation or a deactivation through this instance takes effect at once; one made through
   * another instance of Velocity takes effect here within this time.
   */
  static final Duration RECENTLY_CHECKED = Duration.ofSeconds(5);

  private static final int RECENT_MAX = 10_000;

  private record Checked(CurrentUser user, long at) {}

  /** Tokens found valid in the last {@link #RECENTLY_CHECKED}, by hash. */
  private final Map<String, Checked> recent = new ConcurrentHashMap<>();

  /** The active person a presented token belongs to, if the token is valid and not revoked. */
  Optional<CurrentUser> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = Secrets.hash(secret);
    Checked checked = recent.get(hash);
    long now = System.nanoTime();
    if (checked != null && now - checked.at() < RECENTLY_CHECKED.toNanos()) {
      return Optional.of(checked.user());
    }
    Optional<CurrentUser> user = lookUp(hash);
    if (recent.size() >= RECENT_MAX) {
      recent.clear();
    }
    user.ifPresentOrElse(u -> recent.put(hash, new Checked(u, now)), () -> recent.remove(hash));
    return user;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PersonDeactivated deactivated) {
    recent.clear();
  }

  /** Also after the commit: a request between now and then may have found the token still valid. */
  private void forgetRecentNowAndAfterCommit() {
    recent.clear();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              recent.clear();
            }
          });
    }
  }

  private Optional<CurrentUser> lookUp(String hash) {
    record Row(UUID id, UUID person, Instant lastUsed) {}
    Optional<Row> row =
        jdbc.sql(
                "select id, person_id, last_used_at from api_tokens"
                    + " where token_hash = ? and revoked_at is null")
            .param(hash)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        instant(rs.getTimestamp("last_used_at"))))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    // Record use at most once a minute: a write per API call would cost more than the call.
    if (row.get().lastUsed() == null
        || row.get().lastUsed().isBefore(now.minus(Duration.ofMinutes(1)))) {
      jdbc.sql("update api_tokens set last_used_at = ? where id = ?")
          .param(Timestamp.from(now))
          .param(row.get().id())
          .update();
    }
    return directory
        .person(new PersonId(row.get().person()))
        .filter(p -> p.active())
        .map(CurrentUser::of);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

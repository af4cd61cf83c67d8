package app.velocity.identity;

import java.time.Instant;
import java.util.UUID;

/** A personal access token as its owner sees it later: never the secret itself. */
public record ApiToken(
    UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}

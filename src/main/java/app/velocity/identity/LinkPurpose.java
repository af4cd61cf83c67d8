package app.velocity.identity;

import java.time.Duration;

/** What a one-time link is for, and how long it stays valid. */
enum LinkPurpose {
  PASSWORD_RESET(Duration.ofHours(1)),
  JOIN(Duration.ofDays(7)),
  /** A sign-in without password, asked for on the sign-in page; always open to the owner. */
  SIGN_IN(Duration.ofMinutes(15)),
  /** An invitation to take the inventory; the inviting module sets the expiry itself. */
  INVITATION(Duration.ofDays(14));

  private final Duration validity;

  LinkPurpose(Duration validity) {
    this.validity = validity;
  }

  Duration validity() {
    return validity;
  }
}

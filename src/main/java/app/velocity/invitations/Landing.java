package app.velocity.invitations;

import java.time.Instant;

/** What the page behind an invitation link shows before the colleague signs in. */
public record Landing(
    String inviteeName,
    String inviterName,
    String organisation,
    String note,
    Instant expiresAt,
    boolean withdrawn) {}

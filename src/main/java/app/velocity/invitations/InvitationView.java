package app.velocity.invitations;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as its inviter sees it: whom, when, how often reminded, and the status. It never
 * says whether an answered colleague kept the result private or has not decided yet.
 *
 * @param reportHref where the colleague's report is, while it is shared with the inviter; else null
 */
public record InvitationView(
    UUID id,
    UUID personId,
    String name,
    String email,
    String note,
    Instant sentAt,
    Instant expiresAt,
    int remindersSent,
    InvitationStatus status,
    boolean withdrawable,
    String reportHref) {}

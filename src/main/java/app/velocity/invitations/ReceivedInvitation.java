package app.velocity.invitations;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as the invited colleague sees it.
 *
 * @param awaitsDecision the colleague has not yet said whether to share with the inviter
 * @param shared the inviter sees the colleague's result right now
 * @param stoppedSharing the colleague shared with the inviter and then stopped
 */
public record ReceivedInvitation(
    UUID id,
    String inviterName,
    String note,
    Instant sentAt,
    boolean awaitsDecision,
    boolean shared,
    boolean stoppedSharing) {}

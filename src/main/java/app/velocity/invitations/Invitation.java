package app.velocity.invitations;

import app.velocity.organisations.OrganisationId;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One executive's invitation to one colleague. It is open from sending until it is answered,
 * withdrawn or expires; only an open invitation gets reminders or can be withdrawn.
 */
record Invitation(
    UUID id,
    OrganisationId organisation,
    PersonId inviter,
    PersonId invitee,
    String note,
    Instant sentAt,
    Instant expiresAt,
    int remindersSent,
    Instant lastRemindedAt,
    Instant answeredAt,
    Instant decidedAt,
    Instant withdrawnAt) {

  static final int MAX_NOTE = 1000;

  boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  boolean isAnswered() {
    return answeredAt != null;
  }

  boolean hasExpired(Instant now) {
    return !expiresAt.isAfter(now);
  }

  boolean isOpen(Instant now) {
    return !isWithdrawn() && !isAnswered() && !hasExpired(now);
  }

  /** Whether the colleague still owes the inviter a decision about sharing. */
  boolean awaitsDecision() {
    return !isWithdrawn() && decidedAt == null;
  }

  /**
   * The status as the inviter sees it; {@code shared} is whether the result is shared right now.
   */
  InvitationStatus statusFor(Instant now, boolean shared) {
    if (isWithdrawn()) {
      return InvitationStatus.WITHDRAWN;
    }
    if (shared) {
      return InvitationStatus.SHARED;
    }
    if (isAnswered()) {
      return InvitationStatus.ANSWERED;
    }
    if (hasExpired(now)) {
      return InvitationStatus.LAPSED;
    }
    return remindersSent > 0 ? InvitationStatus.REMINDED : InvitationStatus.SENT;
  }

  /** The next reminder if one is due at {@code now}: its number (1, 2), or empty. */
  Optional<Integer> reminderDue(Instant now, InvitationSettings settings) {
    if (!isOpen(now) || remindersSent >= settings.reminders().size()) {
      return Optional.empty();
    }
    Instant due = sentAt.plus(settings.reminders().get(remindersSent));
    return due.isAfter(now) ? Optional.empty() : Optional.of(remindersSent + 1);
  }

  /** "inviter:invitee", held while open so that a pair has at most one open invitation. */
  static String openKey(PersonId inviter, PersonId invitee) {
    return inviter.value() + ":" + invitee.value();
  }

  /** Withdrawing is only for open invitations; the exception says why not. */
  void checkWithdrawable(Instant now) {
    if (isWithdrawn()) {
      throw new IllegalStateException("This invitation was withdrawn already.");
    }
    if (isAnswered()) {
      throw new IllegalStateException(
          "This invitation was answered; there is nothing to withdraw.");
    }
    if (hasExpired(now)) {
      throw new IllegalStateException("This invitation has lapsed; there is nothing to withdraw.");
    }
  }
}

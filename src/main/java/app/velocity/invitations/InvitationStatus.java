package app.velocity.invitations;

/**
 * Where an invitation stands, as its inviter may know it. "Answered" covers both a colleague who
 * kept the result private and one who has not decided yet: the inviter is never told which.
 */
public enum InvitationStatus {
  SENT("Sent"),
  REMINDED("Reminded"),
  ANSWERED("Answered"),
  SHARED("Shared with you"),
  LAPSED("Lapsed"),
  WITHDRAWN("Withdrawn");

  private final String label;

  InvitationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

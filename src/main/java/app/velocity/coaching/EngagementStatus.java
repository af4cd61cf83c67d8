package app.velocity.coaching;

/** Where an engagement stands. Work starts only once the executive accepted the agreement. */
public enum EngagementStatus {
  /** Opened; waiting for the executive to accept the agreement. */
  PROPOSED("Waiting for the agreement"),
  ACTIVE("Active"),
  COMPLETED("Completed"),
  CANCELLED("Cancelled");

  private final String label;

  EngagementStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

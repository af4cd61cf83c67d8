package app.velocity.delegation.analysis;

/** How much rides on a piece of delegated work. */
public enum Criticality {
  /** Everyday work; a poor fit costs little. */
  ROUTINE,
  /** Work that matters to results this quarter. */
  IMPORTANT,
  /** Work whose outcome the executive will be judged on. */
  CRITICAL
}

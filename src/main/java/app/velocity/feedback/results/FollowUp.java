package app.velocity.feedback.results;

/**
 * The answer to "since the last survey (or since coaching began), how often did this leader follow
 * up with you about the goals?", the follow-up factor of stakeholder-centred coaching.
 */
public enum FollowUp {
  /** Not at all. */
  NEVER,
  /** Once. */
  ONCE,
  /** Two or three times. */
  SOMETIMES,
  /** Regularly: about monthly or more. */
  OFTEN
}

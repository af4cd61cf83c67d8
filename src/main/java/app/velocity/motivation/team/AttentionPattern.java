package app.velocity.motivation.team;

/** Why a relationship may need attention, in the order they rank (see {@link AttentionRanking}). */
public enum AttentionPattern {
  /** Important (4–5), hard (ease 1–2) and rare (monthly or less). */
  VEERING_AWAY,
  /** Important (4–5) but not working (effectiveness 1–2). */
  IMPORTANT_BUT_INEFFECTIVE,
  /** Easy (4–5) but not working (effectiveness 1–2). */
  EASY_BUT_INEFFECTIVE,
  /**
   * A very similar profile (less than 10 points apart) and very frequent (several times a week or
   * daily).
   */
  COMFORT_ZONE,
  /** None of the above. */
  NONE
}

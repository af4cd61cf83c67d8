package app.velocity.motivation.team;

/** What the viewer of a team analysis may see. */
public enum TeamView {
  /**
   * The executive's or coach's view: aggregates, plus members who agreed by name with their dots
   * and the pairs among them likely to clash.
   */
  NAMED,
  /**
   * A sponsor's view: aggregates only, plus the dots of members who agreed; no pairs. Needs at
   * least {@link TeamAnalysis#MIN_FOR_DISTRIBUTION} members.
   */
  DISTRIBUTION_ONLY
}

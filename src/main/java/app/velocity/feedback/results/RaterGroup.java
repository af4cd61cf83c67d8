package app.velocity.feedback.results;

/** How a stakeholder relates to the executive; results are shown per group and overall. */
public enum RaterGroup {
  MANAGER,
  PEER,
  DIRECT_REPORT,
  OTHER
}

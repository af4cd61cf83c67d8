package app.velocity.organisations;

/** What a person is to the firm; it decides what they may see (docs/design.md §1). */
public enum Role {
  /** The coaching firm's staff: coaches, organisations, engagements; no coaching content. */
  FIRM_ADMIN("Firm admin", false),
  /** A coach of the firm: sees their own clients only. */
  COACH("Coach", false),
  /** The coached leader: owns everything of their own. */
  EXECUTIVE("Executive", true),
  /** Anyone an executive works with: their own profile, surveys answered anonymously. */
  COLLEAGUE("Colleague", true),
  /** HR or the executive's manager: aggregates only. */
  SPONSOR("Sponsor", true);

  private final String label;
  private final boolean belongsToClient;

  Role(String label, boolean belongsToClient) {
    this.label = label;
    this.belongsToClient = belongsToClient;
  }

  public String label() {
    return label;
  }

  /** Whether people in this role belong to a client organisation rather than to the firm. */
  public boolean belongsToClient() {
    return belongsToClient;
  }

  /** Parses a role written by a person (CSV, forms), forgiving case and spaces. */
  public static Role parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a role is required");
    }
    String normal = text.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    for (Role role : values()) {
      if (role.name().equals(normal)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "\"" + text.trim() + "\" is not a role; use executive, colleague or sponsor");
  }
}

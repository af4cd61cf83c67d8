package app.velocity.feedback;

import app.velocity.feedback.results.RaterGroup;
import java.util.Locale;

/** How a stakeholder relates to the executive; results are shown per group, never per person. */
public enum StakeholderGroup {
  MANAGER("Manager", "manager"),
  PEER("Peer", "peers"),
  DIRECT_REPORT("Direct report", "direct reports"),
  OTHER("Other", "others");

  private final String label;
  private final String plural;

  StakeholderGroup(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  public String label() {
    return label;
  }

  public String plural() {
    return plural;
  }

  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  RaterGroup raterGroup() {
    return RaterGroup.valueOf(name());
  }

  /** From a form or JSON value such as {@code direct-report} or {@code DIRECT_REPORT}. */
  static StakeholderGroup parse(String value) {
    if (value != null) {
      String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (StakeholderGroup group : values()) {
        if (group.name().equals(key)) {
          return group;
        }
      }
    }
    throw new IllegalArgumentException("group: choose manager, peer, direct report or other");
  }
}

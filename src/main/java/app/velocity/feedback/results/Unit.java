package app.velocity.feedback.results;

import java.util.Optional;

/**
 * What a published number is about: all raters of a wave, or one rater group. There is no unit
 * smaller than a group: nothing is ever published per rater.
 */
public enum Unit {
  OVERALL(null),
  MANAGER(RaterGroup.MANAGER),
  PEERS(RaterGroup.PEER),
  DIRECT_REPORTS(RaterGroup.DIRECT_REPORT),
  OTHERS(RaterGroup.OTHER);

  private final RaterGroup group;

  Unit(RaterGroup group) {
    this.group = group;
  }

  public static Unit of(RaterGroup group) {
    return switch (group) {
      case MANAGER -> MANAGER;
      case PEER -> PEERS;
      case DIRECT_REPORT -> DIRECT_REPORTS;
      case OTHER -> OTHERS;
    };
  }

  /** The rater group, empty for the overall. */
  public Optional<RaterGroup> group() {
    return Optional.ofNullable(group);
  }
}

package app.velocity.motivation.team;

import app.velocity.motivation.Profile;

/**
 * One member of a team as the analysis receives it. Pass only profiles the viewer may use at all
 * (shared results, or estimates the viewer may see); {@code agreedToBeShown} then decides whether
 * the member may appear individually, by name, in any output.
 *
 * @param estimated whether the profile is an observer estimate rather than the member's own result
 * @param agreedToBeShown whether the member agreed to be shown individually to this viewer
 */
public record TeamMember(String name, Profile profile, boolean estimated, boolean agreedToBeShown) {

  public TeamMember {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a team member needs a name");
    }
    if (profile == null) {
      throw new IllegalArgumentException("a team member needs a profile");
    }
  }
}

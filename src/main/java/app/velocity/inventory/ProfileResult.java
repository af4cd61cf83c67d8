package app.velocity.inventory;

import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.util.UUID;

/**
 * One completed inventory: the scores of both conditions, the item-bank version they were answered
 * on and when. Immutable; a retake adds a new result and never changes an old one.
 *
 * @param id stable id of this result
 * @param person whose result it is
 * @param version the item-bank version answered, such as {@code v1}
 * @param profile going-well and conflict scores, each summing to 100
 * @param completedAt when the last answer was submitted
 */
public record ProfileResult(
    UUID id, PersonId person, String version, Profile profile, Instant completedAt) {

  private static final ProfileCalculator CALCULATOR =
      new ProfileCalculator(ModelSettings.defaults());

  public ProfileResult {
    if (id == null || person == null || version == null || profile == null || completedAt == null) {
      throw new IllegalArgumentException("every part of a result is required");
    }
  }

  /** Type, leaning, conflict sequence and triangle geometry under the product's settings. */
  public ProfileAnalysis analysis() {
    return CALCULATOR.analyse(profile);
  }
}

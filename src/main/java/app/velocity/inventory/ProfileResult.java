package app.velocity.inventory;

import app.velocity.motivation.ItemSpread;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.motivation.ProfileError;
import app.velocity.motivation.ProfileReading;
import app.velocity.motivation.UncertaintyRule;
import app.velocity.motivation.items.ItemBank;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One completed inventory: the scores of both conditions, the item-bank version they were answered
 * on and when, and how the answers spread in each part, which is what the result's measurement
 * error is computed from. Immutable; a retake adds a new result and never changes an old one.
 *
 * @param id stable id of this result
 * @param person whose result it is
 * @param version the item-bank version answered, such as {@code v1}
 * @param profile going-well and conflict scores, each summing to 100
 * @param completedAt when the last answer was submitted
 * @param goingWellSpread how the going-well answers spread; null only if they were lost
 * @param conflictSpread how the conflict answers spread; null only if they were lost
 */
public record ProfileResult(
    UUID id,
    PersonId person,
    String version,
    Profile profile,
    Instant completedAt,
    ItemSpread goingWellSpread,
    ItemSpread conflictSpread) {

  private static final ModelSettings SETTINGS = ModelSettings.defaults();
  private static final ProfileCalculator CALCULATOR = new ProfileCalculator(SETTINGS);

  public ProfileResult {
    if (id == null || person == null || version == null || profile == null || completedAt == null) {
      throw new IllegalArgumentException("every part of a result is required");
    }
    if ((goingWellSpread == null) != (conflictSpread == null)) {
      throw new IllegalArgumentException("a result has the spread of both parts or of neither");
    }
  }

  /** A result whose answers are not known, so neither is its precision. */
  public ProfileResult(
      UUID id, PersonId person, String version, Profile profile, Instant completedAt) {
    this(id, person, version, profile, completedAt, null, null);
  }

  /** Type, leaning, conflict sequence and triangle geometry under the product's settings. */
  public ProfileAnalysis analysis() {
    return CALCULATOR.analyse(profile);
  }

  /** The measurement error of both parts; empty when the answers are not known. */
  public Optional<ProfileError> error() {
    return goingWellSpread == null
        ? Optional.empty()
        : Optional.of(ProfileError.of(goingWellSpread, conflictSpread));
  }

  /**
   * The result read with its error: the regions, how firmly the type may be stated, and the
   * conflict sequence within the error, at the radius calibrated for its item bank. Empty when the
   * error is not known.
   */
  public Optional<ProfileReading> reading() {
    return error()
        .map(
            e ->
                new UncertaintyRule(SETTINGS, ItemBank.load(version).firmnessRadius())
                    .read(analysis(), e));
  }
}

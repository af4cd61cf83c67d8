package app.velocity.motivation.team;

import app.velocity.motivation.Profile;
import java.util.Optional;

/**
 * What the executive knows of a colleague's profile: their own shared result, an estimate, or
 * nothing.
 */
public sealed interface ColleagueProfile {

  /** The scores, if any are known. */
  Optional<Profile> known();

  /** A result the colleague took and shared. */
  record SelfReported(Profile profile) implements ColleagueProfile {
    public SelfReported {
      if (profile == null) {
        throw new IllegalArgumentException("a self-reported profile needs its scores");
      }
    }

    @Override
    public Optional<Profile> known() {
      return Optional.of(profile);
    }
  }

  /** An observer estimate (possibly combined), with its confidence in (0, 1). */
  record Estimated(Profile profile, double confidence) implements ColleagueProfile {
    public Estimated {
      if (profile == null) {
        throw new IllegalArgumentException("an estimated profile needs its scores");
      }
      if (!(confidence > 0 && confidence < 1)) {
        throw new IllegalArgumentException(
            "an estimate's confidence lies strictly between 0 and 1");
      }
    }

    @Override
    public Optional<Profile> known() {
      return Optional.of(profile);
    }
  }

  /** Neither a shared result nor an estimate. */
  record Unknown() implements ColleagueProfile {
    @Override
    public Optional<Profile> known() {
      return Optional.empty();
    }
  }

  static ColleagueProfile selfReported(Profile profile) {
    return new SelfReported(profile);
  }

  static ColleagueProfile estimated(Profile profile, double confidence) {
    return new Estimated(profile, confidence);
  }

  static ColleagueProfile unknown() {
    return new Unknown();
  }
}

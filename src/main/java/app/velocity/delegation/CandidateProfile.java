package app.velocity.delegation;

import app.velocity.motivation.Profile;
import app.velocity.organisations.PersonId;
import java.util.Objects;

/**
 * Someone who could take on the executive's work, with the profile the executive may see: a
 * self-reported result (confidence 1) or an observer's estimate (confidence below 1).
 */
record CandidateProfile(
    PersonId person, String name, Source source, Profile profile, double confidence) {

  /** Where the profile comes from. */
  enum Source {
    SELF,
    ESTIMATE
  }

  CandidateProfile {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(profile, "profile");
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1], not " + confidence);
    }
  }
}

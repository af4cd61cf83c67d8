package app.velocity.relationships;

import app.velocity.motivation.Profile;
import app.velocity.organisations.PersonId;

/**
 * A person on an executive's relationship map whose profile the executive may see: their own
 * result, shared with the executive, or the executive's (possibly combined) estimate. Never both: a
 * shared result always wins over an estimate, and the two are never merged.
 *
 * @param confidence 1.0 for a self-reported result; the estimate's confidence otherwise
 */
public record MappedProfile(
    PersonId person, String name, Source source, Profile profile, double confidence) {

  /** Where the profile comes from. */
  public enum Source {
    /** The person's own result, which they shared. */
    SELF,
    /** An observer estimate (hollow on the triangle). */
    ESTIMATE
  }

  public MappedProfile {
    if (person == null || name == null || source == null || profile == null) {
      throw new IllegalArgumentException("a mapped profile needs a person, a name and a profile");
    }
    if (source == Source.SELF && confidence != 1.0) {
      throw new IllegalArgumentException("a self-reported result has confidence 1");
    }
  }
}

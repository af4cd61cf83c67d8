package app.velocity.relationships;

import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.motivation.team.ColleagueProfile;
import java.util.List;

/**
 * What one viewer may know of one person's profile: their shared result, the estimates the viewer
 * may see (combined), or nothing.
 *
 * @param estimators how many estimates were combined (0 for a self-reported result)
 * @param notes plain sentences on what limits an estimate
 */
public record KnownProfile(
    MappedProfile.Source source,
    Profile profile,
    double confidence,
    int estimators,
    List<String> notes) {

  private static final ProfileCalculator CALCULATOR =
      new ProfileCalculator(ModelSettings.defaults());

  public KnownProfile {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  static KnownProfile unknown() {
    return new KnownProfile(null, null, 0, 0, List.of());
  }

  public boolean known() {
    return profile != null;
  }

  public boolean estimate() {
    return source == MappedProfile.Source.ESTIMATE;
  }

  public ProfileAnalysis analysis() {
    return CALCULATOR.analyse(profile);
  }

  /** As the attention ranking takes it. */
  ColleagueProfile asColleague() {
    if (profile == null) {
      return new ColleagueProfile.Unknown();
    }
    return estimate()
        ? new ColleagueProfile.Estimated(profile, confidence)
        : new ColleagueProfile.SelfReported(profile);
  }

  /** In words, such as "Own result, shared" or "Estimate, 2 people, 71% confidence". */
  public String describe() {
    if (profile == null) {
      return "Unknown";
    }
    if (!estimate()) {
      return "Own result, shared";
    }
    return "Estimate"
        + (estimators > 1 ? ", " + estimators + " people" : "")
        + ", "
        + Math.round(confidence * 100)
        + "% confidence";
  }

  /** The type in words, or an empty string when unknown. */
  public String typeLabel() {
    if (profile == null) {
      return "";
    }
    ProfileAnalysis a = analysis();
    return (a.leaning() ? "leaning " : "") + a.type().label();
  }
}

package app.velocity.relationships;

import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.motivation.ScoresInput;
import app.velocity.motivation.report.PairPlaybook;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/profiles/compare}: the caller's own profile and the other
 * person's, self-reported or estimated. Checked field by field, so that every error names the field
 * to fix ({@code other.conflict.PROCESS}, {@code other.confidence}, …).
 */
@Schema(name = "CompareRequest")
record CompareRequest(Self self, Other other) {

  /** Longest name echoed into the playbook's sentences. */
  static final int MAX_NAME = 80;

  /** How the other person is called when the caller gives no name. */
  static final String UNNAMED = "your colleague";

  @Schema(name = "CompareSelf", description = "Your own profile, self-reported")
  record Self(
      @Schema(
              description = "Scores when things go well; PEOPLE, PERFORMANCE and PROCESS, sum 100",
              example = "{\"PEOPLE\": 50, \"PERFORMANCE\": 30, \"PROCESS\": 20}")
          Map<String, Double> goingWell,
      @Schema(
              description = "Scores under conflict or opposition; same keys, sum 100",
              example = "{\"PEOPLE\": 30, \"PERFORMANCE\": 50, \"PROCESS\": 20}")
          Map<String, Double> conflict) {}

  @Schema(
      name = "CompareOther",
      description = "The colleague's profile, self-reported or estimated")
  record Other(
      @Schema(
              description = "Scores when things go well; PEOPLE, PERFORMANCE and PROCESS, sum 100",
              example = "{\"PEOPLE\": 15, \"PERFORMANCE\": 25, \"PROCESS\": 60}")
          Map<String, Double> goingWell,
      @Schema(
              description = "Scores under conflict or opposition; same keys, sum 100",
              example = "{\"PEOPLE\": 20, \"PERFORMANCE\": 20, \"PROCESS\": 60}")
          Map<String, Double> conflict,
      @Schema(
              description =
                  "Set only when the profile is an observer's estimate: how sure the estimate is,"
                      + " 0 to 1. Absent means a self-reported result.",
              minimum = "0",
              maximum = "1",
              nullable = true)
          Double confidence,
      @Schema(
              description = "How the colleague is called in the text; \"your colleague\" if absent",
              maxLength = MAX_NAME,
              nullable = true,
              example = "Priya")
          String name) {}

  /**
   * The two sides as the playbook needs them.
   *
   * @param selfNormalised whether a triple of self's was rescaled to sum to 100
   * @param otherNormalised likewise for other's
   */
  record Pair(
      PairPlaybook.Person self,
      PairPlaybook.Person other,
      boolean selfNormalised,
      boolean otherNormalised) {}

  /**
   * Checks every field and analyses both profiles.
   *
   * @throws IllegalArgumentException "field: what is wrong" for the first field at fault
   */
  Pair toPair(ProfileCalculator calculator) {
    if (self == null) {
      throw new IllegalArgumentException("self: is required, with goingWell and conflict scores");
    }
    if (other == null) {
      throw new IllegalArgumentException("other: is required, with goingWell and conflict scores");
    }
    ScoresInput.Read myWell = ScoresInput.read("self.goingWell", self.goingWell());
    ScoresInput.Read myConflict = ScoresInput.read("self.conflict", self.conflict());
    ScoresInput.Read theirWell = ScoresInput.read("other.goingWell", other.goingWell());
    ScoresInput.Read theirConflict = ScoresInput.read("other.conflict", other.conflict());
    Profile mine = new Profile(myWell.scores(), myConflict.scores());
    Profile theirs = new Profile(theirWell.scores(), theirConflict.scores());
    String name = nameOf(other.name());
    Double confidence = other.confidence();
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "other.confidence: must lie between 0 and 1, or be left out for a self-reported result");
    }
    var you = PairPlaybook.Person.selfReported("you", calculator.analyse(mine));
    var them =
        confidence == null
            ? PairPlaybook.Person.selfReported(name, calculator.analyse(theirs))
            : PairPlaybook.Person.estimated(name, calculator.analyse(theirs), confidence);
    return new Pair(
        you,
        them,
        myWell.normalised() || myConflict.normalised(),
        theirWell.normalised() || theirConflict.normalised());
  }

  private static String nameOf(String given) {
    if (given == null || given.isBlank()) {
      return UNNAMED;
    }
    String name = given.strip();
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException("other.name: must be at most " + MAX_NAME + " characters");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("other.name: must not contain control characters");
    }
    return name;
  }
}

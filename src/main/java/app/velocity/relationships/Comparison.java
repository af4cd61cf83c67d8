package app.velocity.relationships;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.report.PairPlaybook;
import app.velocity.motivation.report.Section;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/v1/profiles/compare}: both profiles as the model reads them and
 * the pair playbook, one array of sentences per section. A pure function of the request.
 */
@Schema(
    name = "Comparison",
    description =
        "The pair playbook for you and one colleague: one array of sentences per section, every"
            + " sentence drawn from both profiles, and both profiles as the model reads them.")
record Comparison(
    @Schema(description = "Your profile") ProfileSummary self,
    @Schema(description = "The colleague's profile") ProfileSummary other,
    @Schema(
            description =
                "What is specific to the two of you: both regions, how they relate, where you"
                    + " differ most; first, because it matters most")
        List<String> pair,
    @Schema(description = "What each of you may misread in the other") List<String> misreadings,
    @Schema(description = "How to approach them") List<String> approach,
    @Schema(description = "What motivates them") List<String> motivate,
    @Schema(description = "How to recognise them") List<String> recognise,
    @Schema(description = "How to delegate to them") List<String> delegate,
    @Schema(description = "What sets off conflict between you") List<String> conflict,
    @Schema(description = "What happens when you are both under pressure")
        List<String> underPressure,
    @Schema(description = "How they probably see you") List<String> howTheySeeYou,
    @Schema(description = "Words that work with them") List<String> wordsToUse,
    @Schema(description = "Words to avoid with them") List<String> wordsToAvoid,
    @Schema(description = "The heading of each section, by its key") Map<String, String> headings) {

  @Schema(name = "ComparedProfile")
  record ProfileSummary(
      @Schema(description = "How the person is called in the text", example = "Priya") String name,
      @Schema(description = "Whether the profile is an observer's estimate") boolean estimate,
      @Schema(description = "1 for a self-reported result; the estimate's confidence otherwise")
          double confidence,
      Map<String, Double> goingWell,
      Map<String, Double> conflict,
      @Schema(description = "The type of the going-well scores", example = "PEOPLE_PROCESS")
          String type,
      @Schema(example = "People & Process") String typeLabel,
      @Schema(description = "Closer than the leaning margin to another type: 'leaning', not firm")
          boolean leaning,
      @Schema(example = "PEOPLE") String dominantDrive,
      Sequence conflictSequence,
      @Schema(description = "Length of the arrow from going-well to conflict, 0..100 points")
          double arrowLength,
      @Schema(
              description =
                  "True when a triple given summed to 100 only within rounding (1.5) and was"
                      + " rescaled; goingWell and conflict are the scores used")
          boolean normalised) {

    static ProfileSummary of(PairPlaybook.Person person, boolean normalised) {
      ProfileAnalysis a = person.analysis();
      return new ProfileSummary(
          person.name(),
          person.estimate(),
          person.confidence(),
          byName(a.profile().goingWell()),
          byName(a.profile().conflict()),
          a.type().name(),
          a.type().label(),
          a.leaning(),
          a.dominantDrive().name(),
          new Sequence(
              a.conflictSequence().code(),
              a.conflictSequence().label(),
              a.conflictSequence().stages().stream()
                  .map(stage -> stage.stream().map(Drive::name).toList())
                  .toList()),
          a.arrow().length(),
          normalised);
    }
  }

  @Schema(name = "ConflictSequence")
  record Sequence(
      @Schema(example = "PROCESS>PEOPLE=PERFORMANCE") String code,
      @Schema(example = "Process, then People and Performance") String label,
      @Schema(description = "The stages, first first; tied drives share a stage")
          List<List<String>> stages) {}

  static Comparison of(CompareRequest.Pair pair) {
    PairPlaybook playbook = PairPlaybook.of(pair.self(), pair.other());
    boolean unnamed = CompareRequest.UNNAMED.equals(pair.other().name());
    Map<String, String> headings = new LinkedHashMap<>();
    for (Section s : playbook.sections()) {
      headings.put(s.key(), unnamed ? capitalised(s.heading()) : s.heading());
    }
    return new Comparison(
        ProfileSummary.of(pair.self(), pair.selfNormalised()),
        ProfileSummary.of(pair.other(), pair.otherNormalised()),
        sentences(playbook, "pair", unnamed),
        sentences(playbook, "misreadings", unnamed),
        sentences(playbook, "approach", unnamed),
        sentences(playbook, "motivate", unnamed),
        sentences(playbook, "recognise", unnamed),
        sentences(playbook, "delegate", unnamed),
        sentences(playbook, "conflict", unnamed),
        sentences(playbook, "underPressure", unnamed),
        sentences(playbook, "howTheySeeYou", unnamed),
        sentences(playbook, "wordsToUse", unnamed),
        sentences(playbook, "wordsToAvoid", unnamed),
        headings);
  }

  private static List<String> sentences(PairPlaybook playbook, String key, boolean unnamed) {
    List<String> s = playbook.section(key).sentences();
    // "your colleague" may open a sentence; a given name is left exactly as the caller wrote it
    return unnamed ? s.stream().map(Comparison::capitalised).toList() : s;
  }

  private static String capitalised(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static Map<String, Double> byName(DriveScores scores) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (Drive d : Drive.values()) {
      map.put(d.name(), scores.of(d));
    }
    return map;
  }
}

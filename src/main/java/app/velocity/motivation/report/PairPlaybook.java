package app.velocity.motivation.report;

import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.ProfileAnalysis;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How an executive can work with one colleague, from both profiles. Sections have the keys {@link
 * #KEYS}; what is specific to the pair comes first: both regions (single, blend or Flexible, and
 * leaning where a point lies near a boundary), the drive where the two differ most, and what each
 * may misread in the other. Then how to approach, motivate, recognise and delegate to the
 * colleague, read from the colleague's region rather than from a top score alone, and both conflict
 * sequences met stage by stage. The same pair always yields the same playbook.
 *
 * <p>Written in two steps: {@link PairFacts} gathers what there is to say, {@link PairText} says it
 * with the templates of {@link PairSentence}.
 *
 * <p>When the colleague's profile is an estimate, the first section says so with its confidence,
 * and the colleague is described with "probably" where the wording makes a claim about them.
 */
public record PairPlaybook(List<Section> sections) {

  /** The section keys, in order. */
  public static final List<String> KEYS =
      List.of(
          "pair",
          "misreadings",
          "howTheySeeYou",
          "approach",
          "motivate",
          "recognise",
          "delegate",
          "conflict",
          "underPressure",
          "wordsToUse",
          "wordsToAvoid");

  public PairPlaybook {
    sections = List.copyOf(sections);
  }

  /**
   * One side of the pair.
   *
   * @param name how the colleague is called in the text; for the executive, unused ("you")
   * @param estimate whether the profile was estimated by others rather than self-reported
   * @param confidence 0..1; 1 for a self-reported profile
   */
  public record Person(String name, ProfileAnalysis analysis, boolean estimate, double confidence) {

    public Person {
      Objects.requireNonNull(analysis, "a profile analysis is required");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a name is required");
      }
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence must lie between 0 and 1");
      }
      if (!estimate && confidence != 1) {
        throw new IllegalArgumentException("a self-reported profile has confidence 1");
      }
    }

    public static Person selfReported(String name, ProfileAnalysis analysis) {
      return new Person(name, analysis, false, 1);
    }

    public static Person estimated(String name, ProfileAnalysis analysis, double confidence) {
      return new Person(name, analysis, true, confidence);
    }
  }

  /** The playbook for {@code executive} working with {@code colleague}, under default settings. */
  public static PairPlaybook of(Person executive, Person colleague) {
    return of(executive, colleague, ModelSettings.defaults());
  }

  /**
   * The playbook for {@code executive} working with {@code colleague}, both analysed under {@code
   * settings}.
   */
  public static PairPlaybook of(Person executive, Person colleague, ModelSettings settings) {
    return PairText.write(PairFacts.of(executive, colleague, settings));
  }

  public Section section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  public String fullText() {
    return sections.stream()
        .map(s -> s.heading() + "\n" + String.join("\n", s.sentences()))
        .collect(Collectors.joining("\n\n"));
  }
}

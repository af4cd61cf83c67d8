package app.velocity.motivation.estimates;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A versioned set of observer questions, read from {@code /estimates/observer-questions-<version>
 * .json} on the class path. Like the item bank, a version is never edited once answered; wording
 * changes go into a new version so that old estimates keep meaning what they meant.
 *
 * <p>Checked when built: ids unique (questions and options), one option per drive, at least {@link
 * #MIN_GOING_WELL} going-well questions and {@link #MIN_CONFLICT} conflict questions of which at
 * least one asks for the first move, and the three acquaintance questions with option values that
 * match {@link KnownFor}, {@link Closeness} and {@link ObservedSetting} exactly.
 *
 * @param cantSay the wording of the "can't say" choice offered with every question
 */
public record ObserverQuestionnaire(
    String version,
    String cantSay,
    List<ObserverQuestion> questions,
    List<AcquaintanceQuestion> acquaintance) {

  /** The version new estimates are given. */
  public static final String CURRENT_VERSION = "v1";

  public static final int MIN_GOING_WELL = 6;
  public static final int MIN_CONFLICT = 3;

  private static final Pattern VERSION = Pattern.compile("v[0-9]+");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ConcurrentMap<String, ObserverQuestionnaire> LOADED =
      new ConcurrentHashMap<>();

  public ObserverQuestionnaire {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("a questionnaire version looks like v1, not " + version);
    }
    if (cantSay == null || cantSay.isBlank()) {
      throw new IllegalArgumentException("the questionnaire needs a wording for \"can't say\"");
    }
    questions = List.copyOf(questions == null ? List.of() : questions);
    acquaintance = List.copyOf(acquaintance == null ? List.of() : acquaintance);
    Set<String> ids = new HashSet<>();
    int goingWell = 0;
    int conflict = 0;
    boolean firstMove = false;
    for (ObserverQuestion q : questions) {
      requireNew(ids, q.id());
      q.options().forEach(o -> requireNew(ids, o.id()));
      if (q.moment().isConflict()) {
        conflict++;
        firstMove |= q.moment() == ObservedMoment.FIRST_MOVE_IN_CONFLICT;
      } else {
        goingWell++;
      }
    }
    if (goingWell < MIN_GOING_WELL) {
      throw new IllegalArgumentException(
          "at least " + MIN_GOING_WELL + " going-well questions are needed, not " + goingWell);
    }
    if (conflict < MIN_CONFLICT || !firstMove) {
      throw new IllegalArgumentException(
          "at least "
              + MIN_CONFLICT
              + " conflict questions are needed, one of them on the first move; found "
              + conflict);
    }
    requireAcquaintance(acquaintance, "knownFor", false, KnownFor.values());
    requireAcquaintance(acquaintance, "closeness", false, Closeness.values());
    requireAcquaintance(acquaintance, "settings", true, ObservedSetting.values());
    if (acquaintance.size() != 3) {
      throw new IllegalArgumentException("exactly three acquaintance questions are expected");
    }
  }

  private static void requireNew(Set<String> ids, String id) {
    if (!ids.add(id)) {
      throw new IllegalArgumentException("the id " + id + " is used twice");
    }
  }

  private static void requireAcquaintance(
      List<AcquaintanceQuestion> questions, String id, boolean multiple, Enum<?>[] values) {
    AcquaintanceQuestion q =
        questions.stream()
            .filter(a -> a.id().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the acquaintance question " + id + " is missing"));
    List<String> expected = Arrays.stream(values).map(Enum::name).toList();
    if (!q.values().equals(expected)) {
      throw new IllegalArgumentException(
          "the options of " + id + " must be " + expected + " in that order, not " + q.values());
    }
    if (q.multiple() != multiple) {
      throw new IllegalArgumentException(
          id + (multiple ? " allows several choices" : " allows one choice only"));
    }
  }

  /** The questionnaire given to new observers. */
  public static ObserverQuestionnaire current() {
    return load(CURRENT_VERSION);
  }

  /**
   * Reads and checks one version; each version is read once.
   *
   * @throws InvalidQuestionnaire when the file is missing or breaks a rule
   */
  public static ObserverQuestionnaire load(String version) {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("a questionnaire version looks like v1, not " + version);
    }
    return LOADED.computeIfAbsent(version, ObserverQuestionnaire::read);
  }

  private static ObserverQuestionnaire read(String version) {
    String resource = "/estimates/observer-questions-" + version + ".json";
    try (InputStream in = ObserverQuestionnaire.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidQuestionnaire(
            "no observer questionnaire " + version + " at " + resource, null);
      }
      ObserverQuestionnaire questionnaire = parse(in);
      if (!questionnaire.version().equals(version)) {
        throw new InvalidQuestionnaire(
            resource + " says it is version " + questionnaire.version(), null);
      }
      return questionnaire;
    } catch (IOException e) {
      throw new InvalidQuestionnaire("cannot read " + resource, e);
    }
  }

  /**
   * Parses and checks a questionnaire from JSON; for the shipped files and for reviewing drafts.
   */
  public static ObserverQuestionnaire parse(InputStream json) {
    try {
      return JSON.readValue(json, ObserverQuestionnaire.class);
    } catch (JacksonException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      throw new InvalidQuestionnaire("invalid observer questionnaire: " + cause.getMessage(), e);
    }
  }

  /** The question with this id. */
  public ObserverQuestion question(String id) {
    return questions.stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no question " + id + " in " + version));
  }

  public List<ObserverQuestion> goingWellQuestions() {
    return questions.stream().filter(q -> !q.moment().isConflict()).toList();
  }

  public List<ObserverQuestion> conflictQuestions() {
    return questions.stream().filter(q -> q.moment().isConflict()).toList();
  }
}

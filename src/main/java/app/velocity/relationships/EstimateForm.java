package app.velocity.relationships;

import app.velocity.motivation.Drive;
import app.velocity.motivation.estimates.Acquaintance;
import app.velocity.motivation.estimates.Closeness;
import app.velocity.motivation.estimates.KnownFor;
import app.velocity.motivation.estimates.ObservedSetting;
import app.velocity.motivation.estimates.ObserverAnswers;
import app.velocity.motivation.estimates.ObserverQuestion;
import app.velocity.motivation.estimates.ObserverQuestionnaire;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The estimate form as typed: one pick (a drive, or blank for "can't say") per question, and the
 * three acquaintance answers. Kept as given so that a mistake goes back with the input.
 */
public record EstimateForm(
    Map<String, String> picks,
    String knownFor,
    String closeness,
    List<String> settings,
    boolean shareWithCoach) {

  public EstimateForm {
    Map<String, String> given = new LinkedHashMap<>();
    if (picks != null) {
      picks.forEach(
          (q, d) -> {
            if (q != null && d != null && !d.isBlank()) {
              given.put(q, d);
            }
          });
    }
    picks = java.util.Collections.unmodifiableMap(given);
    knownFor = knownFor == null ? "" : knownFor;
    closeness = closeness == null ? "" : closeness;
    settings =
        settings == null
            ? List.of()
            : settings.stream().filter(java.util.Objects::nonNull).toList();
  }

  static EstimateForm blank() {
    return new EstimateForm(Map.of(), "", "", List.of(), false);
  }

  static EstimateForm of(StoredEstimate e) {
    Map<String, String> picks = new LinkedHashMap<>();
    e.answers().picks().forEach((q, d) -> picks.put(q, d.name()));
    return new EstimateForm(
        picks,
        e.acquaintance().knownFor().name(),
        e.acquaintance().closeness().name(),
        e.acquaintance().settings().stream().map(Enum::name).toList(),
        e.sharedWithCoach());
  }

  static EstimateForm read(ObserverQuestionnaire questionnaire, MultiValueMap<String, String> in) {
    Map<String, String> picks = new LinkedHashMap<>();
    for (ObserverQuestion q : questionnaire.questions()) {
      String v = in.getFirst(q.id());
      if (v != null && !v.isBlank()) {
        picks.put(q.id(), v);
      }
    }
    List<String> settings = in.get("settings");
    return new EstimateForm(
        picks,
        in.getFirst("knownFor"),
        in.getFirst("closeness"),
        settings == null ? List.of() : new ArrayList<>(settings),
        "true".equals(in.getFirst("shareWithCoach")));
  }

  public boolean picked(String question, String drive) {
    return drive.equals(picks.get(question));
  }

  public boolean cantSay(String question) {
    return !picks.containsKey(question);
  }

  public boolean hasSetting(String setting) {
    return settings.contains(setting);
  }

  ObserverAnswers answers(ObserverQuestionnaire questionnaire) {
    ObserverAnswers answers = ObserverAnswers.none();
    for (Map.Entry<String, String> e : picks.entrySet()) {
      try {
        questionnaire.question(e.getKey());
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException("answers: there is no question " + e.getKey());
      }
      Drive drive;
      try {
        drive = Drive.valueOf(e.getValue().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(
            e.getKey() + ": choose one of the answers or \"can't say\"");
      }
      answers = answers.pick(e.getKey(), drive);
    }
    return answers;
  }

  Acquaintance acquaintance() {
    KnownFor known =
        parse(KnownFor.class, knownFor, "knownFor", "say how long you have known them");
    Closeness close =
        parse(Closeness.class, closeness, "closeness", "say how often you work with them directly");
    Set<ObservedSetting> seen = EnumSet.noneOf(ObservedSetting.class);
    for (String s : settings) {
      seen.add(parse(ObservedSetting.class, s, "settings", "choose the settings from the list"));
    }
    if (seen.isEmpty()) {
      throw new IllegalArgumentException(
          "settings: choose at least one setting in which you have seen them");
    }
    return new Acquaintance(known, close, seen);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, String message) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + ": " + message);
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + message);
    }
  }
}

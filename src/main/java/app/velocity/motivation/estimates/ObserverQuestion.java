package app.velocity.motivation.estimates;

import app.velocity.motivation.Drive;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question about observed behaviour with exactly one option per drive. The observer picks the
 * option that fits best or says they cannot say. {@code cue} names the behaviour looked at (words,
 * pace, first move…), for authors and reviewers.
 */
public record ObserverQuestion(
    String id, ObservedMoment moment, String cue, String text, List<ObserverOption> options) {

  public ObserverQuestion {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a question needs an id");
    }
    Objects.requireNonNull(moment, "question " + id + " does not say when the behaviour is seen");
    if (cue == null || cue.isBlank()) {
      throw new IllegalArgumentException("question " + id + " does not name its cue");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("question " + id + " has no text");
    }
    options = List.copyOf(options == null ? List.of() : options);
    Set<Drive> seen = EnumSet.noneOf(Drive.class);
    for (ObserverOption option : options) {
      if (!seen.add(option.drive())) {
        throw new IllegalArgumentException(
            "question " + id + " has two options for " + option.drive());
      }
    }
    if (seen.size() != Drive.values().length) {
      throw new IllegalArgumentException("question " + id + " needs exactly one option per drive");
    }
  }

  /** The option that counts toward {@code drive}. */
  public ObserverOption optionFor(Drive drive) {
    return options.stream().filter(o -> o.drive() == drive).findFirst().orElseThrow();
  }
}

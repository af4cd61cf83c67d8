package app.velocity.motivation.estimates;

import app.velocity.motivation.Drive;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An observer's picks, by question id. A question that is absent was answered "can't say" (or not
 * yet answered, which counts the same). Immutable; {@link #pick} and {@link #cantSay} return a
 * copy, so that answers can be saved one at a time as they are given.
 */
public record ObserverAnswers(Map<String, Drive> picks) {

  public ObserverAnswers {
    if (picks == null) {
      picks = Map.of();
    }
    for (Map.Entry<String, Drive> e : picks.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        throw new IllegalArgumentException("every answer needs a question id and a drive");
      }
    }
    picks = Collections.unmodifiableMap(new TreeMap<>(picks));
  }

  public static ObserverAnswers none() {
    return new ObserverAnswers(Map.of());
  }

  /** These answers with {@code questionId} answered by the option of {@code drive}. */
  public ObserverAnswers pick(String questionId, Drive drive) {
    Map<String, Drive> copy = new TreeMap<>(picks);
    copy.put(questionId, drive);
    return new ObserverAnswers(copy);
  }

  /** These answers with {@code questionId} marked "can't say". */
  public ObserverAnswers cantSay(String questionId) {
    Map<String, Drive> copy = new TreeMap<>(picks);
    copy.remove(questionId);
    return new ObserverAnswers(copy);
  }
}

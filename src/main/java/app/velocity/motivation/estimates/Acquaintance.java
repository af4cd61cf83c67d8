package app.velocity.motivation.estimates;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The observer's answers on how they know the person. At least one setting is required. */
public record Acquaintance(KnownFor knownFor, Closeness closeness, Set<ObservedSetting> settings) {

  public Acquaintance {
    Objects.requireNonNull(knownFor, "say how long you have known them");
    Objects.requireNonNull(closeness, "say how often you work with them");
    if (settings == null || settings.isEmpty()) {
      throw new IllegalArgumentException("choose at least one setting in which you have seen them");
    }
    settings = Collections.unmodifiableSet(EnumSet.copyOf(settings));
  }

  public static Acquaintance of(KnownFor knownFor, Closeness closeness, ObservedSetting... seenIn) {
    return new Acquaintance(knownFor, closeness, Set.of(seenIn));
  }

  public boolean seenUnderPressure() {
    return settings.contains(ObservedSetting.UNDER_PRESSURE);
  }
}

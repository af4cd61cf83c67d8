package app.velocity.motivation.estimates;

import java.util.List;

/**
 * How the observer knows the person: one of the three questions {@code knownFor}, {@code closeness}
 * and {@code settings}. Each option's {@code value} is the name of a constant of {@link KnownFor},
 * {@link Closeness} or {@link ObservedSetting}; the questionnaire checks that they match.
 *
 * @param multiple whether several options may be chosen (only for settings)
 */
public record AcquaintanceQuestion(String id, String text, boolean multiple, List<Option> options) {

  public record Option(String value, String text) {

    public Option {
      if (value == null || value.isBlank() || text == null || text.isBlank()) {
        throw new IllegalArgumentException("an acquaintance option needs a value and a text");
      }
    }
  }

  public AcquaintanceQuestion {
    if (id == null || id.isBlank() || text == null || text.isBlank()) {
      throw new IllegalArgumentException("an acquaintance question needs an id and a text");
    }
    options = List.copyOf(options == null ? List.of() : options);
  }

  /** The option values, in the order shown. */
  public List<String> values() {
    return options.stream().map(Option::value).toList();
  }
}

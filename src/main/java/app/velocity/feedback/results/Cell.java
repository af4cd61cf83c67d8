package app.velocity.feedback.results;

import java.util.Objects;
import java.util.Optional;

/**
 * One published result: either a value, or the reason it is withheld. A withheld cell carries no
 * number at all, not even its count of answers.
 */
public record Cell<T>(T value, Suppression suppression) {

  public Cell {
    if ((value == null) == (suppression == null)) {
      throw new IllegalArgumentException("a cell holds either a value or a suppression");
    }
  }

  static <T> Cell<T> shown(T value) {
    return new Cell<>(Objects.requireNonNull(value, "value"), null);
  }

  static <T> Cell<T> withheld(Suppression suppression) {
    return new Cell<>(null, Objects.requireNonNull(suppression, "suppression"));
  }

  public boolean isShown() {
    return value != null;
  }

  public Optional<T> shownValue() {
    return Optional.ofNullable(value);
  }

  public Optional<Suppression> withheldBecause() {
    return Optional.ofNullable(suppression);
  }
}

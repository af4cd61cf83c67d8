package app.velocity.organisations;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a person known to the firm: staff, executives, colleagues and sponsors alike. */
public record PersonId(UUID value) implements Serializable {

  public PersonId {
    if (value == null) {
      throw new IllegalArgumentException("a person id needs a value");
    }
  }

  public static PersonId random() {
    return new PersonId(UUID.randomUUID());
  }

  public static PersonId parse(String text) {
    return new PersonId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

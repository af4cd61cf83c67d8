package app.velocity.organisations;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a client organisation of the firm. */
public record OrganisationId(UUID value) implements Serializable {

  public OrganisationId {
    if (value == null) {
      throw new IllegalArgumentException("an organisation id needs a value");
    }
  }

  public static OrganisationId random() {
    return new OrganisationId(UUID.randomUUID());
  }

  public static OrganisationId parse(String text) {
    return new OrganisationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package app.velocity.inventory;

import app.velocity.organisations.PersonId;
import java.util.UUID;

/**
 * A person completed the inventory and has a new result. Published once per result, after the
 * result is stored; listeners read it through {@link Profiles}.
 *
 * @param person whose profile it is
 * @param result the id of the new {@link ProfileResult}
 */
public record ProfileCompleted(PersonId person, UUID result) {

  public ProfileCompleted {
    if (person == null || result == null) {
      throw new IllegalArgumentException("a completed profile needs a person and a result");
    }
  }
}

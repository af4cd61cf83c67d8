package app.velocity.motivation.items;

import app.velocity.motivation.Drive;
import java.util.Objects;

/** One of an item's three endings; the points a respondent gives it count toward {@code drive}. */
public record Ending(String id, Drive drive, String text) {

  public Ending {
    Objects.requireNonNull(drive, "an ending needs a drive");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an ending needs an id");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("ending " + id + " has no text");
    }
  }
}

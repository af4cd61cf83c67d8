package app.velocity.motivation.estimates;

import app.velocity.motivation.Drive;
import java.util.Objects;

/** One answer option of an observer question; picking it counts toward {@code drive}. */
public record ObserverOption(String id, Drive drive, String text) {

  public ObserverOption {
    Objects.requireNonNull(drive, "an option needs a drive");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an option needs an id");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("option " + id + " has no text");
    }
  }
}

package app.velocity.coaching;

import java.time.Instant;
import java.util.UUID;

/** A journal entry as shown to whoever may read it. */
public record JournalEntryView(UUID id, String body, boolean sharedWithCoach, Instant createdAt) {

  public String visibility() {
    return sharedWithCoach ? "You and your coach" : "Only you";
  }
}

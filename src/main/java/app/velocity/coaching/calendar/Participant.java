package app.velocity.coaching.calendar;

import java.net.URI;
import java.util.Objects;

/** A person on an invitation: the coach who organises or the executive who attends. */
public record Participant(String name, String email) {

  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    if (!email.matches("[^@\\s:]+@[^@\\s]+")) {
      throw new IllegalArgumentException("not an e-mail address: " + email);
    }
  }

  URI calendarAddress() {
    return URI.create("mailto:" + email);
  }
}

package app.velocity.coaching.calendar;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What an invitation says about one coaching session.
 *
 * @param key the session's stable id; the invitation's UID is derived from it and never changes
 *     while the session is rescheduled or cancelled
 * @param start in the time zone the session is planned in (a named zone such as Europe/Berlin, so
 *     that calendars keep the wall-clock time across daylight-saving changes)
 * @param end after the start; written in the start's time zone
 * @param agenda the description, may be empty
 * @param location a room or address, or {@code null}
 * @param url the video-call link, or {@code null}
 */
public record Session(
    String key,
    ZonedDateTime start,
    ZonedDateTime end,
    Participant coach,
    Participant executive,
    String summary,
    String agenda,
    String location,
    URI url) {

  public Session {
    Objects.requireNonNull(key, "key");
    if (!key.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("a session key is letters, digits, '.', '_' or '-'");
    }
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getZone() instanceof ZoneOffset) {
      throw new IllegalArgumentException(
          "a session needs a named time zone such as Europe/Berlin, not the offset "
              + start.getZone());
    }
    end = end.withZoneSameInstant(start.getZone());
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a session must end after it starts");
    }
    Objects.requireNonNull(coach, "coach");
    Objects.requireNonNull(executive, "executive");
    Objects.requireNonNull(summary, "summary");
    if (summary.isBlank()) {
      throw new IllegalArgumentException("a session needs a title");
    }
    agenda = agenda == null ? "" : agenda;
  }

  public Optional<String> place() {
    return Optional.ofNullable(location).filter(l -> !l.isBlank());
  }

  public Optional<URI> link() {
    return Optional.ofNullable(url);
  }
}

package app.velocity.coaching;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A session as the executive or the coach sees it. {@code privateNotes} is filled for the coach
 * only; for everyone else it is null.
 */
public record SessionView(
    UUID id,
    ZonedDateTime start,
    int minutes,
    String location,
    String videoLink,
    String agenda,
    boolean cancelled,
    boolean held,
    int sequence,
    String sharedNotes,
    String privateNotes,
    List<EngagementView.ActionView> followUps) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  /** "Tue 3 Mar 2026, 10:00–11:00 (Europe/London)". */
  public String when() {
    return WHEN.format(start)
        + "–"
        + start.plusMinutes(minutes).format(DateTimeFormatter.ofPattern("HH:mm"))
        + " ("
        + start.getZone().getId()
        + ")";
  }

  public String state() {
    return cancelled ? "cancelled" : held ? "held" : "upcoming";
  }

  public String date() {
    return start.toLocalDate().toString();
  }

  public String time() {
    return start.toLocalTime().toString();
  }

  public String zone() {
    return start.getZone().getId();
  }
}

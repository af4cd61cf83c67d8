package app.velocity.coaching;

/**
 * The schedule form as typed, kept when it goes back with a mistake; {@code field} names the input
 * the {@code error} is about. Serializable because flash attributes live in the JDBC session.
 */
public record SessionForm(
    String date,
    String time,
    String timeZone,
    String minutes,
    String location,
    String videoLink,
    String agenda,
    String error,
    String field)
    implements java.io.Serializable {

  /** An empty form: the coming Monday is not guessed; an hour in the default zone. */
  public static SessionForm blank() {
    return new SessionForm("", "10:00", TimeZones.DEFAULT, "60", "", "", "", null, null);
  }

  SessionForm withError(RuntimeException e) {
    String at = Sentences.field(e);
    return new SessionForm(
        date, time, timeZone, minutes, location, videoLink, agenda, Sentences.of(e), at);
  }

  public String errorFor(String name) {
    return name.equals(field) ? error : null;
  }

  /** A mistake not tied to one input, shown above the form. */
  public String generalError() {
    return error != null
            && (field == null
                || !java.util.List.of(
                        "date", "time", "timeZone", "minutes", "location", "videoLink", "agenda")
                    .contains(field))
        ? error
        : null;
  }

  public boolean zoneChosen(String zone) {
    return zone.equals(timeZone == null || timeZone.isBlank() ? TimeZones.DEFAULT : timeZone);
  }
}

package app.velocity.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One round of the survey. It is sent when due (or when the coach sends it now) and is then open:
 * nothing of it shows but how many answered, until it closes, when every invited stakeholder has
 * answered, when {@link WaveDispatch#OPEN_FOR} has passed or when the coach closes it. Closing
 * releases its results once ({@link WaveRelease}); they never change afterwards.
 *
 * @param releasedAt when its results were released, null before
 * @param invited stakeholders asked in this wave (0 until sent)
 * @param answered how many of them answered; never who
 */
public record Wave(
    UUID id,
    int number,
    LocalDate dueOn,
    Instant sentAt,
    Instant closesAt,
    Instant releasedAt,
    int remindersSent,
    int invited,
    int answered) {

  public boolean sent() {
    return sentAt != null;
  }

  public boolean released() {
    return releasedAt != null;
  }

  /** Sent and taking answers. */
  public boolean openAt(Instant now) {
    return sent() && !released() && closesAt.isAfter(now);
  }

  /** "due 2027-01-10", "open until 2027-03-01", "closing", "released 2027-03-01". */
  public String state(Instant now) {
    if (!sent()) {
      return "due " + dueOn;
    }
    if (released()) {
      return "closed; results released " + day(releasedAt);
    }
    return openAt(now) ? "open until " + day(closesAt) : "closed; results being released";
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  /** Answers over invitations, as a whole percentage; 0 before sending. */
  public int responsePercent() {
    return invited == 0 ? 0 : Math.round(100f * answered / invited);
  }
}

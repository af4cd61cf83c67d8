package app.velocity.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One round of the survey. It is sent when due (or when the coach sends it now), stays open for
 * {@link WaveDispatch#OPEN_FOR} and reminds those who have not answered at most twice.
 *
 * @param invited stakeholders asked in this wave (0 until sent)
 * @param answered how many of them answered; never who
 */
public record Wave(
    UUID id,
    int number,
    LocalDate dueOn,
    Instant sentAt,
    Instant closesAt,
    int remindersSent,
    int invited,
    int answered) {

  public boolean sent() {
    return sentAt != null;
  }

  public boolean openAt(Instant now) {
    return sent() && closesAt.isAfter(now);
  }

  /** "not sent yet", "open until 2027-03-01", "closed". */
  public String state(Instant now) {
    if (!sent()) {
      return "due " + dueOn;
    }
    return openAt(now)
        ? "open until " + closesAt.atZone(java.time.ZoneOffset.UTC).toLocalDate()
        : "closed";
  }

  /** Answers over invitations, as a whole percentage; 0 before sending. */
  public int responsePercent() {
    return invited == 0 ? 0 : Math.round(100f * answered / invited);
  }
}

package app.velocity.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A coach's practice at a glance: every client engagement, the sessions coming up, the actions past
 * their due date, and the engagements that have gone quiet (no session held and no action agreed
 * for {@link #QUIET_DAYS} days or more).
 */
public record CoachDashboard(
    List<Client> clients, List<NextSession> nextSessions, List<OverdueAction> overdueActions) {

  public static final int QUIET_DAYS = 30;

  /**
   * @param quietDays days since the last session or action, when that is {@link #QUIET_DAYS} or
   *     more for an active engagement; null otherwise
   */
  public record Client(
      UUID engagement,
      String executive,
      String organisation,
      EngagementStatus status,
      String nextSession,
      int overdueActions,
      Integer quietDays) {

    public boolean quiet() {
      return quietDays != null;
    }
  }

  public record NextSession(
      UUID engagement, String executive, String when, java.time.Instant startsAt) {}

  public record OverdueAction(UUID engagement, String executive, String title, LocalDate dueOn) {}

  public long quietCount() {
    return clients.stream().filter(Client::quiet).count();
  }
}

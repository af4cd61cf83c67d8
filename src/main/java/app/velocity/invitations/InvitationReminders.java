package app.velocity.invitations;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends due invitation reminders every hour, once across all instances (db-scheduler picks each
 * execution once); {@link Invitations#sendDueReminders} is safe even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class InvitationReminders {

  @Bean
  Task<Void> invitationReminderTask(Invitations invitations, Clock clock) {
    return Tasks.recurring("invitation-reminders", FixedDelay.ofHours(1))
        .execute((instance, context) -> invitations.sendDueReminders(clock.instant()));
  }
}

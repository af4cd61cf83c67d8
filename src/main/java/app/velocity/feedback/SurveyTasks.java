package app.velocity.feedback;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The survey's scheduled work, run by the one scheduler across all instances: sending waves that
 * are due, reminding those who have not answered, and closing waves that are complete or past their
 * date, which releases their results. The bodies are idempotent and claim their work with
 * conditional updates, so an execution that runs twice sends nothing twice and releases nothing
 * twice.
 */
@Configuration(proxyBeanMethods = false)
class SurveyTasks {

  @Bean
  Task<Void> surveyWavesDue(WaveDispatch dispatch, Clock clock) {
    return Tasks.recurring("survey-waves-due", FixedDelay.ofMinutes(10))
        .execute((instance, context) -> dispatch.sendDueWaves(clock.instant()));
  }

  @Bean
  Task<Void> surveyReminders(WaveDispatch dispatch, Clock clock) {
    return Tasks.recurring("survey-reminders", FixedDelay.ofMinutes(60))
        .execute((instance, context) -> dispatch.sendReminders(clock.instant()));
  }

  /** Often, so that a wave everyone has answered shows its results within a minute or so. */
  @Bean
  Task<Void> surveyWavesClosing(WaveRelease release, Clock clock) {
    return Tasks.recurring("survey-waves-closing", FixedDelay.ofMinutes(1))
        .execute((instance, context) -> release.releaseDue(clock.instant()));
  }

  @Bean
  app.velocity.identity.PublicPaths surveyAnswerPaths() {
    return app.velocity.identity.PublicPaths.of("/survey/**", "/api/v1/survey/**");
  }
}

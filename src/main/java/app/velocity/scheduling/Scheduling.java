package app.velocity.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Builds the one scheduler of this instance from every task bean and starts it once the application
 * is ready (so that no task runs against a half-started context). Tests switch it off with {@code
 * velocity.scheduler.enabled=false} and call the work directly, because the database is cleaned
 * under running contexts.
 */
@Configuration(proxyBeanMethods = false)
class Scheduling {

  private final boolean enabled;

  Scheduling(@Value("${velocity.scheduler.enabled:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Bean(destroyMethod = "stop")
  Scheduler scheduler(
      DataSource dataSource,
      ObjectProvider<Task<?>> tasks,
      @Value("${velocity.scheduler.polling-interval:PT10S}") Duration pollingInterval) {
    return build(dataSource, tasks.orderedStream().toList(), pollingInterval, null);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start(ApplicationReadyEvent ready) {
    if (enabled) {
      ready.getApplicationContext().getBean(Scheduler.class).start();
    }
  }

  /**
   * The scheduler for these tasks; recurring tasks are registered on start-up if they are not in
   * the table yet. {@code name} tells instances apart in the table (null: the host name).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Scheduler build(
      DataSource dataSource, List<Task<?>> tasks, Duration pollingInterval, String name) {
    List recurring = tasks.stream().filter(OnStartup.class::isInstance).toList();
    // startTasks registers the recurring tasks itself; passing them to create() too is refused
    // as a duplicate
    List others = tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
    var builder =
        Scheduler.create(dataSource, others)
            .startTasks(recurring)
            .pollingInterval(pollingInterval)
            .threads(2)
            .enableImmediateExecution();
    if (name != null) {
      builder = builder.schedulerName(new SchedulerName.Fixed(name));
    }
    return builder.build();
  }
}

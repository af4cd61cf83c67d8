package app.velocity.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.IntegrationTest;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two schedulers over one database, as two Velocity instances would run: every execution runs
 * exactly once, whichever instance picks it.
 */
@IntegrationTest
@Tag("smoke")
class SchedulingTest {

  @Autowired DataSource dataSource;

  @Test
  void twoInstancesRunEachExecutionExactlyOnce() throws Exception {
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    Map<String, String> ranOn = new ConcurrentHashMap<>();
    String name = "test-once-" + System.nanoTime();
    OneTimeTask<Void> task =
        Tasks.oneTime(name)
            .execute(
                (instance, context) -> {
                  runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger())
                      .incrementAndGet();
                  ranOn.put(instance.getId(), context.getSchedulerState().toString());
                });
    List<Task<?>> tasks = List.of(task);
    Scheduler first = DatabaseScheduler.build(dataSource, tasks, Duration.ofMillis(100), "first");
    Scheduler second = DatabaseScheduler.build(dataSource, tasks, Duration.ofMillis(100), "second");
    int executions = 40;
    for (int i = 0; i < executions; i++) {
      first.schedule(task.instance("reminder-" + i), Instant.now());
    }
    first.start();
    second.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (runs.size() < executions && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(500); // room for a wrong second run to show up
    } finally {
      first.stop();
      second.stop();
    }
    assertThat(runs).hasSize(executions);
    assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
  }
}

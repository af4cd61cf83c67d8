package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.identity.ThrottleRule.Counter;
import app.velocity.identity.ThrottleRule.Decision;
import app.velocity.identity.ThrottleRule.FixedWindow;
import app.velocity.identity.ThrottleRule.GrowingDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final GrowingDelay DELAY =
      new GrowingDelay(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

  /** Tries at once whenever allowed, and records each wait that was imposed. */
  private static List<Duration> waitsOverAttempts(GrowingDelay rule, int attempts) {
    List<Duration> waits = new ArrayList<>();
    Optional<Counter> counter = Optional.empty();
    Instant now = T0;
    for (int i = 0; i < attempts; i++) {
      Decision d = rule.attempt(counter, now);
      assertThat(d.refused()).as("attempt %d, made when allowed", i + 1).isFalse();
      counter = Optional.of(d.counted());
      Instant until = d.counted().blockedUntil();
      waits.add(until == null ? Duration.ZERO : Duration.between(now, until));
      now = until == null ? now : until;
    }
    return waits;
  }

  @Test
  void letsFiveAttemptsThroughThenDoublesTheWaitUpToFifteenMinutes() {
    assertThat(waitsOverAttempts(DELAY, 12))
        .containsExactly(
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15));
  }

  @Test
  void refusesAnAttemptDuringTheWaitWithoutLengtheningIt() {
    Optional<Counter> counter = Optional.empty();
    for (int i = 0; i < 5; i++) {
      counter = Optional.of(DELAY.attempt(counter, T0).counted());
    }
    Instant until = counter.get().blockedUntil();
    for (int i = 1; i < 30; i++) {
      Decision early = DELAY.attempt(counter, T0.plusSeconds(i));
      assertThat(early.refused()).isTrue();
      assertThat(early.retryAt()).isEqualTo(until);
    }
    assertThat(DELAY.attempt(counter, until).refused()).isFalse();
  }

  @Test
  void neverKeepsAnyoneOutLongerThanTheLongestWaitHoweverManyFailures() {
    assertThat(DELAY.wait(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(DELAY.wait(1_000_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void startsAfreshAfterAnHourLeftAlone() {
    Optional<Counter> counter = Optional.empty();
    for (int i = 0; i < 5; i++) {
      counter = Optional.of(DELAY.attempt(counter, T0).counted());
    }
    Decision later = DELAY.attempt(counter, T0.plus(Duration.ofHours(1)));
    assertThat(later.refused()).isFalse();
    assertThat(later.counted().hits()).isEqualTo(1);
    assertThat(later.counted().blockedUntil()).isNull();
  }

  @Test
  void aWindowAllowsItsLimitThenWaitsForTheWindowToEnd() {
    FixedWindow window = new FixedWindow(3, Duration.ofMinutes(15));
    Optional<Counter> counter = Optional.empty();
    for (int i = 0; i < 3; i++) {
      Decision d = window.attempt(counter, T0.plusSeconds(i));
      assertThat(d.refused()).isFalse();
      counter = Optional.of(d.counted());
    }
    Decision fourth = window.attempt(counter, T0.plus(Duration.ofMinutes(14)));
    assertThat(fourth.refused()).isTrue();
    assertThat(fourth.retryAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    Decision next = window.attempt(counter, T0.plus(Duration.ofMinutes(15)));
    assertThat(next.refused()).isFalse();
    assertThat(next.counted().hits()).isEqualTo(1);
  }

  @Test
  void describesWaitsInWordsRoundedUp() {
    assertThat(SignInThrottled.inWords(Duration.ofMillis(200))).isEqualTo("in 1 second");
    assertThat(SignInThrottled.inWords(Duration.ofSeconds(30))).isEqualTo("in 30 seconds");
    assertThat(SignInThrottled.inWords(Duration.ofSeconds(61))).isEqualTo("in 2 minutes");
    assertThat(SignInThrottled.inWords(Duration.ofMinutes(15))).isEqualTo("in 15 minutes");
  }
}

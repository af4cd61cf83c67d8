package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The firm admin's live test-retest figures (issue 15 §3), from results alone. */
class RetestFiguresTest {

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final DriveScores PEOPLE = new DriveScores(60, 20, 20);
  private static final DriveScores PEOPLE_AGAIN = new DriveScores(58, 22, 20);
  private static final DriveScores PROCESS = new DriveScores(20, 20, 60);

  private static void took(
      List<Psychometrics.Taken> into,
      UUID who,
      DriveScores first,
      long daysLater,
      DriveScores then) {
    into.add(new Psychometrics.Taken(who, START, first));
    into.add(new Psychometrics.Taken(who, START.plus(Duration.ofDays(daysLater)), then));
  }

  @Test
  void aRetakeWithin120DaysIsAPairAndOneLaterIsNot() {
    List<Psychometrics.Taken> results = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      took(results, UUID.randomUUID(), PEOPLE, 120, PEOPLE_AGAIN);
    }
    for (int i = 0; i < 5; i++) {
      took(results, UUID.randomUUID(), PEOPLE, 121, PEOPLE_AGAIN);
    }
    Psychometrics.Retest retest = Psychometrics.retestOf(results);
    assertThat(retest.pairs()).isEqualTo(30);
    assertThat(retest.enough()).isTrue();
  }

  @Test
  void theSameTypeShareCountsPeopleWhoseTypeHeldAndIsShownFrom30PairsOnly() {
    List<Psychometrics.Taken> results = new ArrayList<>();
    for (int i = 0; i < 29; i++) {
      // 20 keep their People type (scores a little apart), 9 come back Process-led
      took(results, UUID.randomUUID(), PEOPLE, 30, i < 20 ? PEOPLE_AGAIN : PROCESS);
    }
    Psychometrics.Retest few = Psychometrics.retestOf(results);
    assertThat(few.enough()).isFalse();
    assertThat(few.sameType()).isNull();
    assertThat(few.correlation()).isEmpty();

    took(results, UUID.randomUUID(), PROCESS, 30, PROCESS);
    Psychometrics.Retest retest = Psychometrics.retestOf(results);
    assertThat(retest.pairs()).isEqualTo(30);
    assertThat(retest.sameType()).isCloseTo(21.0 / 30, within(1e-12));
    // who changed drive moved People and Process the opposite way: the correlation shows it
    assertThat(retest.correlation().get(Drive.PEOPLE)).isLessThan(0.70);
  }

  @Test
  void onlyEachPersonsFirstPairCounts() {
    List<Psychometrics.Taken> results = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      UUID who = UUID.randomUUID();
      took(results, who, PEOPLE, 10, PEOPLE_AGAIN);
      // a third result, a different type: not a second pair of the same person
      results.add(new Psychometrics.Taken(who, START.plus(Duration.ofDays(20)), PROCESS));
    }
    Psychometrics.Retest retest = Psychometrics.retestOf(results);
    assertThat(retest.pairs()).isEqualTo(30);
    assertThat(retest.sameType()).isEqualTo(1.0);
  }

  @Test
  void theViewReadsEachFigureAgainstNunnallysThresholdAndThePublishedRange() {
    assertThat(PsychometricsView.reading(0.699)).isEqualTo("below .70");
    assertThat(PsychometricsView.reading(0.70)).isEqualTo("acceptable (.70 or above)");
    assertThat(PsychometricsView.reading(0.799)).isEqualTo("acceptable (.70 or above)");
    assertThat(PsychometricsView.reading(0.80))
        .isEqualTo("as published instruments (.80 or above)");
    assertThat(PsychometricsView.reading(Double.NaN)).isEmpty();

    var stats =
        new Psychometrics.VersionStatistics(
            "v2",
            30,
            true,
            List.of(),
            List.of(),
            new Psychometrics.Retest(
                30,
                true,
                Map.of(Drive.PEOPLE, 0.85, Drive.PERFORMANCE, 0.72, Drive.PROCESS, 0.5),
                0.7333));
    PsychometricsView view = PsychometricsView.of(stats, "v2");
    assertThat(view.retestSameType()).isEqualTo("73%");
    assertThat(view.retest()).containsExactly("0.85", "0.72", "0.50");
    assertThat(view.retestReadings())
        .containsExactly(
            "as published instruments (.80 or above)", "acceptable (.70 or above)", "below .70");
  }
}

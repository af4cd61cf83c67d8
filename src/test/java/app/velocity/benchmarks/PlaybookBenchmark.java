package app.velocity.benchmarks;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.motivation.report.PairPlaybook;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing one pair playbook (all nine sections) for an executive and a colleague, over 1,024 varied
 * pairs, half of them with an estimated colleague. The relationship map, the playbook page and its
 * PDF write one per pair shown.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Djmh.args="Playbook -f 1 -wi 3 -i 5"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlaybookBenchmark {

  private static final int SIZE = 1024;

  private PairPlaybook.Person[] executives;
  private PairPlaybook.Person[] colleagues;
  private int next;

  @Setup
  public void createPairs() {
    ProfileCalculator calculator = new ProfileCalculator(ModelSettings.defaults());
    SplittableRandom random = new SplittableRandom(2026);
    executives = new PairPlaybook.Person[SIZE];
    colleagues = new PairPlaybook.Person[SIZE];
    for (int i = 0; i < SIZE; i++) {
      ProfileAnalysis self = calculator.analyse(new Profile(scores(random), scores(random)));
      ProfileAnalysis other = calculator.analyse(new Profile(scores(random), scores(random)));
      executives[i] = PairPlaybook.Person.selfReported("Sam", self);
      colleagues[i] =
          i % 2 == 0
              ? PairPlaybook.Person.selfReported("Priya", other)
              : PairPlaybook.Person.estimated("Priya", other, 0.3 + random.nextDouble() * 0.6);
    }
  }

  private static DriveScores scores(SplittableRandom random) {
    double a = random.nextDouble();
    double b = random.nextDouble();
    double low = Math.min(a, b);
    double high = Math.max(a, b);
    return new DriveScores(low * 100, (high - low) * 100, (1 - high) * 100);
  }

  @Benchmark
  public PairPlaybook onePlaybook() {
    int i = next++ & (SIZE - 1);
    return PairPlaybook.of(executives[i], colleagues[i]);
  }
}

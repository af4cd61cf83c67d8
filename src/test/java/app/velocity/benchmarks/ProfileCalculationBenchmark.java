package app.velocity.benchmarks;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileCalculator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link ProfileCalculator#analyse(Profile)} over 4,096 varied profiles: random
 * points of the triangle plus profiles on or near every kind of boundary, so that no single branch
 * is favoured. Budget: at least 1 million analyses per second on one core.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Djmh.args="ProfileCalculation -f 1 -wi 2
 * -i 3"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProfileCalculationBenchmark {

  private static final int SIZE = 4096;

  private final ProfileCalculator calculator = new ProfileCalculator(ModelSettings.defaults());
  private Profile[] profiles;
  private int next;

  @Setup
  public void createProfiles() {
    SplittableRandom random = new SplittableRandom(2026);
    profiles = new Profile[SIZE];
    double c = 100.0 / 3;
    double[][] special = {
      {c, c, 100 - 2 * c},
      {c + 11, c, c - 11},
      {c + 11.5, c - 0.5, c - 11},
      {60, c, 40 - c},
      {46, 34, 20},
      {100, 0, 0},
      {50, 50, 0},
    };
    for (int i = 0; i < SIZE; i++) {
      DriveScores goingWell;
      if (i % 8 == 0) {
        double[] s = special[(i / 8) % special.length];
        goingWell = new DriveScores(s[0], s[1], s[2]);
      } else {
        goingWell = randomScores(random);
      }
      profiles[i] = new Profile(goingWell, randomScores(random));
    }
  }

  @Benchmark
  public void analyse(Blackhole blackhole) {
    blackhole.consume(calculator.analyse(profiles[next]));
    next = (next + 1) & (SIZE - 1);
  }

  private static DriveScores randomScores(SplittableRandom random) {
    double a = random.nextDouble() * 100;
    double b = random.nextDouble() * 100;
    return new DriveScores(Math.min(a, b), Math.abs(a - b), 100 - Math.max(a, b));
  }
}

package app.velocity.benchmarks;

import app.velocity.delegation.analysis.ComfortBiasAnalysis;
import app.velocity.delegation.analysis.ComfortBiasReport;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.delegation.analysis.Decision;
import app.velocity.motivation.DriveScores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The comfort-bias analysis of 100,000 decisions (3 to 5 candidates each, all criticalities, dated
 * over four years) among 10,000 people. Budget: under 200 ms on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComfortBiasBenchmark {

  private static final int PEOPLE = 10_000;
  private static final int DECISIONS = 100_000;

  private DriveScores executive;
  private Map<String, DriveScores> people;
  private List<Decision> decisions;

  @Setup
  public void setUp() {
    var random = new SplittableRandom(2026);
    executive = uniform(random);
    people = new HashMap<>();
    var ids = new String[PEOPLE];
    for (int i = 0; i < PEOPLE; i++) {
      ids[i] = "person-" + i;
      people.put(ids[i], uniform(random));
    }
    var start = LocalDate.of(2023, 1, 1);
    var criticalities = Criticality.values();
    decisions = new ArrayList<>(DECISIONS);
    for (int t = 0; t < DECISIONS; t++) {
      int k = 3 + random.nextInt(3);
      var candidates = new ArrayList<String>(k);
      while (candidates.size() < k) {
        String id = ids[random.nextInt(PEOPLE)];
        if (!candidates.contains(id)) {
          candidates.add(id);
        }
      }
      decisions.add(
          new Decision(
              uniform(random),
              criticalities[random.nextInt(criticalities.length)],
              candidates,
              candidates.get(random.nextInt(k)),
              start.plusDays(t / 70)));
    }
  }

  @Benchmark
  public ComfortBiasReport analyse() {
    return ComfortBiasAnalysis.analyse(executive, people, decisions);
  }

  private static DriveScores uniform(SplittableRandom random) {
    double a = -Math.log(1 - random.nextDouble());
    double b = -Math.log(1 - random.nextDouble());
    double c = -Math.log(1 - random.nextDouble());
    double people = 100 * a / (a + b + c);
    double performance = 100 * b / (a + b + c);
    return new DriveScores(people, performance, Math.max(0, 100 - people - performance));
  }
}

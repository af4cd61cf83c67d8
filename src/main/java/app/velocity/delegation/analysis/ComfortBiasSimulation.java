package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded simulation study of the fit-controlled comfort-bias test: how often it fires for an
 * executive with a planted bias (power) and for fair executives (false alarms).
 *
 * <p>Each history: an executive and a team of {@value #TEAM_SIZE} people drawn uniformly over the
 * triangle, and {@value #DECISIONS} critical decisions, each with a demand and 3 to 5 candidates
 * drawn from the team. How demands are drawn and how the executive chooses depends on the {@link
 * Scenario}. Every history is analysed by {@link ComfortBiasAnalysis}, exactly as in production.
 * Results depend only on the seed.
 */
public final class ComfortBiasSimulation {

  public static final int DECISIONS = 30;
  public static final int TEAM_SIZE = 8;
  public static final int MIN_CANDIDATES = 3;
  public static final int MAX_CANDIDATES = 5;

  /** How the simulated executive chooses, and where demands come from. */
  public enum Scenario {
    /** Picks the most similar candidate with probability 0.7, otherwise the best fit. */
    PLANTED_BIAS,
    /** Picks the best fit with probability 0.7, otherwise a candidate at random. */
    FAIR,
    /**
     * Chooses like {@link #FAIR}, but every demand lies near the executive's own profile
     * (three-quarters his, one quarter random), so the best fit is usually also the most similar.
     */
    FAIR_WHEN_BEST_FIT_RESEMBLES_YOU
  }

  /**
   * What one scenario gave.
   *
   * @param detected histories in which bias was detected
   * @param bestFitWasMostSimilar share of decisions whose best fit was also the most similar
   */
  public record Outcome(
      Scenario scenario, int histories, int detected, double bestFitWasMostSimilar) {

    /** Share of histories in which bias was detected. */
    public double detectionRate() {
      return (double) detected / histories;
    }
  }

  private final long seed;

  public ComfortBiasSimulation(long seed) {
    this.seed = seed;
  }

  /** Runs {@code histories} histories of one scenario. */
  public Outcome run(Scenario scenario, int histories) {
    var root = new SplittableRandom(seed * 1_000_003L + scenario.ordinal());
    int detected = 0;
    long coincide = 0;
    for (int h = 0; h < histories; h++) {
      var random = root.split();
      DriveScores executive = uniform(random);
      Map<String, DriveScores> team = new LinkedHashMap<>();
      for (int i = 0; i < TEAM_SIZE; i++) {
        team.put("p" + i, uniform(random));
      }
      List<String> ids = new ArrayList<>(team.keySet());
      List<Decision> decisions = new ArrayList<>(DECISIONS);
      for (int t = 0; t < DECISIONS; t++) {
        DriveScores demand =
            scenario == Scenario.FAIR_WHEN_BEST_FIT_RESEMBLES_YOU
                ? mix(executive, uniform(random), 0.75)
                : uniform(random);
        int k = MIN_CANDIDATES + random.nextInt(MAX_CANDIDATES - MIN_CANDIDATES + 1);
        List<String> candidates = sample(ids, k, random);
        String best = null;
        String closest = null;
        for (String id : candidates) {
          DriveScores s = team.get(id);
          if (best == null
              || MotivationalFit.of(s, demand) > MotivationalFit.of(team.get(best), demand)) {
            best = id;
          }
          if (closest == null
              || s.distanceTo(executive) < team.get(closest).distanceTo(executive)) {
            closest = id;
          }
        }
        if (best.equals(closest)) {
          coincide++;
        }
        String chosen =
            switch (scenario) {
              case PLANTED_BIAS -> random.nextDouble() < 0.7 ? closest : best;
              case FAIR, FAIR_WHEN_BEST_FIT_RESEMBLES_YOU ->
                  random.nextDouble() < 0.7 ? best : candidates.get(random.nextInt(k));
            };
        decisions.add(new Decision(demand, Criticality.CRITICAL, candidates, chosen));
      }
      if (ComfortBiasAnalysis.analyse(executive, team, decisions).biasDetected()) {
        detected++;
      }
    }
    return new Outcome(scenario, histories, detected, (double) coincide / (histories * DECISIONS));
  }

  /** A point drawn uniformly over the triangle (a flat Dirichlet). */
  static DriveScores uniform(SplittableRandom random) {
    double a = -Math.log(1 - random.nextDouble());
    double b = -Math.log(1 - random.nextDouble());
    double c = -Math.log(1 - random.nextDouble());
    double sum = a + b + c;
    double people = 100 * a / sum;
    double performance = 100 * b / sum;
    return new DriveScores(people, performance, Math.max(0, 100 - people - performance));
  }

  private static DriveScores mix(DriveScores x, DriveScores y, double weightOfX) {
    double people = weightOfX * x.people() + (1 - weightOfX) * y.people();
    double performance = weightOfX * x.performance() + (1 - weightOfX) * y.performance();
    return new DriveScores(people, performance, Math.max(0, 100 - people - performance));
  }

  private static List<String> sample(List<String> ids, int k, SplittableRandom random) {
    List<String> pool = new ArrayList<>(ids);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(pool.size() - i);
      String tmp = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, tmp);
    }
    return List.copyOf(pool.subList(0, k));
  }

  /** The long form for the docs: {@code [histories] [seed]}, 5,000 histories by default. */
  public static void main(String[] args) {
    int histories = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_261_127L;
    var simulation = new ComfortBiasSimulation(seed);
    System.out.printf(
        Locale.ROOT,
        "%d histories of %d critical decisions, seed %d%n",
        histories,
        DECISIONS,
        seed);
    System.out.println("| scenario | detected | rate | best fit was most similar |");
    System.out.println("|---|---|---|---|");
    for (Scenario scenario : Scenario.values()) {
      long start = System.nanoTime();
      Outcome o = simulation.run(scenario, histories);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d / %d | %.1f%% | %.0f%% |  (%.1f s)%n",
          scenario,
          o.detected(),
          o.histories(),
          100 * o.detectionRate(),
          100 * o.bestFitWasMostSimilar(),
          (System.nanoTime() - start) / 1e9);
    }
  }
}

package app.velocity.motivation;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A simulation study of the inventory: respondents with known true profiles answer simulated items,
 * the answers are scored, and the results are compared with the truth. Seeded and deterministic.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>True profiles, going-well and conflict independently, come from a {@link Population}:
 *       uniform over the triangle, or centred like real populations of such inventories, whose
 *       scales have standard deviations of 12 to 15 points.
 *   <li>The item bank has {@code itemsPerPart} items per part. Each item has a fixed <em>pull</em>
 *       per drive, drawn once per run from N(0, itemPull²): how much more attractive that item's
 *       ending for the drive is than its share would suggest (item writing is never perfectly
 *       balanced).
 *   <li>On each item a respondent's share for a drive is true score / 100 + pull + e, e drawn from
 *       N(0, itemNoise²) independently per respondent, item and drive; negative shares are set to 0
 *       and the shares rescaled to sum 1 (all zero falls back to the true shares).
 *   <li>Shares become whole points summing to 10 by largest remainder: floor each of 10·share, then
 *       give the remaining points to the largest fractional parts.
 * </ul>
 *
 * Each respondent also answers the going-well part a second time (a retest): the same true profile
 * and item bank with fresh response noise, drawn from a separate random stream so that the first
 * administration's figures do not depend on it.
 *
 * <p>A true going-well profile counts as far from a boundary when its {@link
 * TypeRule#distanceToBoundary(DriveScores) distance to a type boundary} is at least {@value
 * #FAR_FROM_BOUNDARY} points.
 */
public final class InventorySimulation {

  /** Where the simulated respondents' true profiles come from. */
  public enum Population {
    /** Uniform over the triangle: each score has a standard deviation of about 23.6 points. */
    UNIFORM,
    /**
     * Dirichlet(4, 4, 4) × 100: centred on 33⅓ with a standard deviation of about 13 points per
     * score, the spread reported for comparable constant-sum inventories.
     */
    CENTRED
  }

  /** Distance from a type boundary, in points, beyond which a true profile counts as clear. */
  public static final double FAR_FROM_BOUNDARY = 5;

  private final ModelSettings settings;
  private final int itemsPerPart;
  private final double itemNoise;
  private final double itemPull;
  private final Population population;

  /**
   * @param settings the model's settings
   * @param itemsPerPart items in each part, at least 2
   * @param itemNoise standard deviation of a respondent's share on one item, in shares (0.15 = 1.5
   *     of the 10 points)
   * @param itemPull standard deviation of an item's fixed pull towards a drive, in shares
   */
  public InventorySimulation(
      ModelSettings settings, int itemsPerPart, double itemNoise, double itemPull) {
    this(settings, itemsPerPart, itemNoise, itemPull, Population.UNIFORM);
  }

  /**
   * @param settings the model's settings
   * @param itemsPerPart items in each part, at least 2
   * @param itemNoise standard deviation of a respondent's share on one item, in shares
   * @param itemPull standard deviation of an item's fixed pull towards a drive, in shares
   * @param population where true profiles come from
   */
  public InventorySimulation(
      ModelSettings settings,
      int itemsPerPart,
      double itemNoise,
      double itemPull,
      Population population) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    if (itemsPerPart < 2) {
      throw new IllegalArgumentException("at least 2 items per part, not " + itemsPerPart);
    }
    if (!(itemNoise >= 0) || !(itemPull >= 0)) {
      throw new IllegalArgumentException("noise levels cannot be negative");
    }
    this.settings = settings;
    this.itemsPerPart = itemsPerPart;
    this.itemNoise = itemNoise;
    this.itemPull = itemPull;
    if (population == null) {
      throw new IllegalArgumentException("the population is required");
    }
    this.population = population;
  }

  /**
   * What a run found.
   *
   * @param population where the true profiles came from
   * @param respondents simulated respondents
   * @param itemsPerPart items per part
   * @param itemNoise per-response noise (SD of a share)
   * @param itemPull item pull (SD of a share)
   * @param typeAccuracy share of respondents whose scored type equals their true type
   * @param farFromBoundary respondents whose true profile lies at least {@value #FAR_FROM_BOUNDARY}
   *     points from a type boundary
   * @param typeAccuracyFarFromBoundary type accuracy among those
   * @param firmTypeAccuracy type accuracy among respondents whose scored profile is not leaning,
   *     the ones a report names with a firm type
   * @param leaningShare share of scored profiles described as leaning
   * @param meanAbsoluteError mean |scored − true| over both parts and all drives, in points
   * @param conflictSequenceAccuracy share whose scored conflict sequence equals the true one
   * @param retestCorrelation Pearson correlation per drive between the going-well scores of the
   *     test and of the retest
   * @param retestTypeAgreement share whose type is the same at test and retest
   * @param goingWellAlpha Cronbach's alpha of each drive's scale in the going-well part
   * @param conflictAlpha Cronbach's alpha of each drive's scale in the conflict part
   */
  public record Report(
      Population population,
      int respondents,
      int itemsPerPart,
      double itemNoise,
      double itemPull,
      double typeAccuracy,
      int farFromBoundary,
      double typeAccuracyFarFromBoundary,
      double firmTypeAccuracy,
      double leaningShare,
      double meanAbsoluteError,
      double conflictSequenceAccuracy,
      Map<Drive, Double> retestCorrelation,
      double retestTypeAgreement,
      Map<Drive, Double> goingWellAlpha,
      Map<Drive, Double> conflictAlpha) {

    public Report {
      retestCorrelation = Map.copyOf(retestCorrelation);
      goingWellAlpha = Map.copyOf(goingWellAlpha);
      conflictAlpha = Map.copyOf(conflictAlpha);
    }

    /** A few lines for the console and the docs. */
    public String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "population %s, respondents %d, items/part %d, item noise %.2f, item pull %.2f%n"
              + "type accuracy %.3f overall, %.3f for %d profiles >= %.0f points from a boundary,"
              + " %.3f among firm (not leaning) results; %.3f of results leaning%n"
              + "mean absolute score error %.2f points; conflict sequence accuracy %.3f%n"
              + "retest (going well): same type %.3f; r People %.3f, Performance %.3f,"
              + " Process %.3f%n"
              + "alpha going well: People %.3f, Performance %.3f, Process %.3f%n"
              + "alpha conflict:   People %.3f, Performance %.3f, Process %.3f",
          population,
          respondents,
          itemsPerPart,
          itemNoise,
          itemPull,
          typeAccuracy,
          typeAccuracyFarFromBoundary,
          farFromBoundary,
          FAR_FROM_BOUNDARY,
          firmTypeAccuracy,
          leaningShare,
          meanAbsoluteError,
          conflictSequenceAccuracy,
          retestTypeAgreement,
          retestCorrelation.get(Drive.PEOPLE),
          retestCorrelation.get(Drive.PERFORMANCE),
          retestCorrelation.get(Drive.PROCESS),
          goingWellAlpha.get(Drive.PEOPLE),
          goingWellAlpha.get(Drive.PERFORMANCE),
          goingWellAlpha.get(Drive.PROCESS),
          conflictAlpha.get(Drive.PEOPLE),
          conflictAlpha.get(Drive.PERFORMANCE),
          conflictAlpha.get(Drive.PROCESS));
    }
  }

  /** Runs the study with this many respondents; the same seed gives the same report. */
  public Report run(int respondents, long seed) {
    if (respondents < 2) {
      throw new IllegalArgumentException("at least 2 respondents, not " + respondents);
    }
    SplittableRandom random = new SplittableRandom(seed);
    SplittableRandom retestRandom = new SplittableRandom(~seed * 0x9E3779B97F4A7C15L);
    double[][][] pull = new double[2][itemsPerPart][3];
    for (double[][] part : pull) {
      for (double[] item : part) {
        for (int d = 0; d < 3; d++) {
          item[d] = itemPull * gaussian(random);
        }
      }
    }
    ProfileCalculator calculator = new ProfileCalculator(settings);
    TypeRule rule = calculator.typeRule();
    PartScoring[] scoring = {
      new PartScoring(InventoryPart.GOING_WELL), new PartScoring(InventoryPart.CONFLICT)
    };
    // points[part][drive][item][respondent]
    double[][][][] points = new double[2][3][itemsPerPart][respondents];

    int correctTypes = 0;
    int far = 0;
    int correctFar = 0;
    int firm = 0;
    int correctFirm = 0;
    int correctSequences = 0;
    double absoluteError = 0;
    int sameTypeAtRetest = 0;
    double[][] testScores = new double[3][respondents];
    double[][] retestScores = new double[3][respondents];
    int[][] retestAnswers = new int[itemsPerPart][3];
    int[][] answers = new int[itemsPerPart][3];
    DriveScores[] truth = new DriveScores[2];
    DriveScores[] scored = new DriveScores[2];
    for (int r = 0; r < respondents; r++) {
      for (int part = 0; part < 2; part++) {
        truth[part] =
            population == Population.UNIFORM ? uniformProfile(random) : centredProfile(random);
        for (int i = 0; i < itemsPerPart; i++) {
          answer(truth[part], pull[part][i], random, answers[i]);
          for (int d = 0; d < 3; d++) {
            points[part][d][i][r] = answers[i][d];
          }
        }
        scored[part] = scoring[part].score(answers);
        for (Drive d : Drive.values()) {
          absoluteError += Math.abs(scored[part].of(d) - truth[part].of(d));
        }
      }
      for (int i = 0; i < itemsPerPart; i++) {
        answer(truth[0], pull[0][i], retestRandom, retestAnswers[i]);
      }
      DriveScores retest = scoring[0].score(retestAnswers);
      for (Drive d : Drive.values()) {
        testScores[d.ordinal()][r] = scored[0].of(d);
        retestScores[d.ordinal()][r] = retest.of(d);
      }
      if (rule.typeOf(retest) == rule.typeOf(scored[0])) {
        sameTypeAtRetest++;
      }
      Profile trueProfile = new Profile(truth[0], truth[1]);
      ProfileAnalysis analysis = calculator.analyse(new Profile(scored[0], scored[1]));
      MotivationalType trueType = rule.typeOf(trueProfile.goingWell());
      boolean correct = analysis.type() == trueType;
      correctTypes += correct ? 1 : 0;
      if (rule.distanceToBoundary(trueProfile.goingWell()) >= FAR_FROM_BOUNDARY) {
        far++;
        correctFar += correct ? 1 : 0;
      }
      if (!analysis.leaning()) {
        firm++;
        correctFirm += correct ? 1 : 0;
      }
      if (analysis.conflictSequence() == ConflictSequence.of(truth[1], settings)) {
        correctSequences++;
      }
    }
    Map<Drive, Double> retestCorrelation = new EnumMap<>(Drive.class);
    Map<Drive, Double> goingWellAlpha = new EnumMap<>(Drive.class);
    Map<Drive, Double> conflictAlpha = new EnumMap<>(Drive.class);
    for (Drive d : Drive.values()) {
      retestCorrelation.put(
          d, ScaleStatistics.pearson(testScores[d.ordinal()], retestScores[d.ordinal()]));
      goingWellAlpha.put(d, ScaleStatistics.cronbachAlpha(points[0][d.ordinal()]));
      conflictAlpha.put(d, ScaleStatistics.cronbachAlpha(points[1][d.ordinal()]));
    }
    return new Report(
        population,
        respondents,
        itemsPerPart,
        itemNoise,
        itemPull,
        (double) correctTypes / respondents,
        far,
        far == 0 ? Double.NaN : (double) correctFar / far,
        firm == 0 ? Double.NaN : (double) correctFirm / firm,
        1 - (double) firm / respondents,
        absoluteError / (respondents * 6.0),
        (double) correctSequences / respondents,
        retestCorrelation,
        (double) sameTypeAtRetest / respondents,
        goingWellAlpha,
        conflictAlpha);
  }

  /** A profile drawn uniformly from the triangle. */
  static DriveScores uniformProfile(SplittableRandom random) {
    double a = random.nextDouble();
    double b = random.nextDouble();
    if (a + b > 1) {
      a = 1 - a;
      b = 1 - b;
    }
    return new DriveScores(a * 100, b * 100, 100 - a * 100 - b * 100);
  }

  /** A profile drawn from Dirichlet(4, 4, 4), times 100. */
  static DriveScores centredProfile(SplittableRandom random) {
    double a = gamma4(random);
    double b = gamma4(random);
    double c = gamma4(random);
    double sum = a + b + c;
    double people = a / sum * 100;
    double performance = b / sum * 100;
    return new DriveScores(people, performance, Math.max(0, 100 - people - performance));
  }

  /** A Gamma(4, 1) variate by Marsaglia and Tsang's method. */
  private static double gamma4(SplittableRandom random) {
    double d = 4 - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = gaussian(random);
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = 1 - random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** One simulated answer to one item, written into {@code into}. */
  void answer(DriveScores truth, double[] pull, SplittableRandom random, int[] into) {
    double[] share = new double[3];
    double sum = 0;
    for (Drive d : Drive.values()) {
      int i = d.ordinal();
      share[i] = Math.max(0, truth.of(d) / 100 + pull[i] + itemNoise * gaussian(random));
      sum += share[i];
    }
    if (sum == 0) {
      for (Drive d : Drive.values()) {
        share[d.ordinal()] = truth.of(d) / 100;
      }
      sum = 1;
    }
    largestRemainder(share, sum, into);
  }

  /** Whole points summing to 10 in proportion to {@code share}, by largest remainder. */
  static void largestRemainder(double[] share, double sum, int[] into) {
    double[] remainder = new double[3];
    int given = 0;
    for (int i = 0; i < 3; i++) {
      double exact = share[i] / sum * PartScoring.POINTS_PER_ITEM;
      into[i] = (int) Math.floor(exact);
      remainder[i] = exact - into[i];
      given += into[i];
    }
    while (given < PartScoring.POINTS_PER_ITEM) {
      int best = 0;
      for (int i = 1; i < 3; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      into[best]++;
      remainder[best] = -1;
      given++;
    }
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * The long form: {@code InventorySimulation [respondents] [seed] [itemNoise...]}; defaults
   * 100,000 respondents, seed 2026, noise 0.10, 0.15, 0.20, 0.25 and 0.30, item pull 0.05, 12
   * items, each for both populations.
   */
  public static void main(String[] args) {
    int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
    double[] noises = {0.10, 0.15, 0.20, 0.25, 0.30};
    if (args.length > 2) {
      noises = new double[args.length - 2];
      for (int i = 2; i < args.length; i++) {
        noises[i - 2] = Double.parseDouble(args[i]);
      }
    }
    for (Population population : Population.values()) {
      for (double noise : noises) {
        long start = System.nanoTime();
        Report report =
            new InventorySimulation(ModelSettings.defaults(), 12, noise, 0.05, population)
                .run(respondents, seed);
        System.out.println(report.summary());
        System.out.printf(java.util.Locale.ROOT, "(%.1f s)%n%n", (System.nanoTime() - start) / 1e9);
      }
    }
  }
}

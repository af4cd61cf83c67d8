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
 *   <li>The item bank has a number of items per part. Each item has a fixed <em>pull</em> per
 *       drive, drawn once per run from N(0, itemPull²): how much more attractive that item's ending
 *       for the drive is than its share would suggest (item writing is never perfectly balanced).
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
 *
 * <p>Every result is also read with its measurement error, estimated from the respondent's own
 * answers ({@link ScoreError}), by an {@link UncertaintyRule} of the given radius: the study
 * reports how often the type is stated firmly, and how often a firm type is right and survives the
 * retest. This is what calibrates {@link FirmnessCalibration}.
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
  private final int goingWellItems;
  private final int conflictItems;
  private final double itemNoise;
  private final double itemPull;
  private final Population population;
  private final double radius;

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
   * @param itemsPerPart items in each part, at least 2, and a length {@link FirmnessCalibration}
   *     knows
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
    this(
        settings,
        itemsPerPart,
        itemsPerPart,
        itemNoise,
        itemPull,
        population,
        FirmnessCalibration.radiusFor(itemsPerPart));
  }

  /**
   * @param settings the model's settings
   * @param goingWellItems items in the going-well part, at least 2
   * @param conflictItems items in the conflict part, at least 2
   * @param itemNoise standard deviation of a respondent's share on one item, in shares
   * @param itemPull standard deviation of an item's fixed pull towards a drive, in shares
   * @param population where true profiles come from
   * @param radius the radius of the confidence regions, in standard errors
   */
  public InventorySimulation(
      ModelSettings settings,
      int goingWellItems,
      int conflictItems,
      double itemNoise,
      double itemPull,
      Population population,
      double radius) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    if (goingWellItems < 2 || conflictItems < 2) {
      throw new IllegalArgumentException(
          "at least 2 items per part, not " + goingWellItems + " and " + conflictItems);
    }
    if (!(itemNoise >= 0) || !(itemPull >= 0)) {
      throw new IllegalArgumentException("noise levels cannot be negative");
    }
    if (population == null) {
      throw new IllegalArgumentException("the population is required");
    }
    this.settings = settings;
    this.goingWellItems = goingWellItems;
    this.conflictItems = conflictItems;
    this.itemNoise = itemNoise;
    this.itemPull = itemPull;
    this.population = population;
    this.radius = radius;
    new UncertaintyRule(settings, radius); // checks the radius
  }

  /**
   * What a run found.
   *
   * @param population where the true profiles came from
   * @param respondents simulated respondents
   * @param goingWellItems items in the going-well part
   * @param conflictItems items in the conflict part
   * @param itemNoise per-response noise (SD of a share)
   * @param itemPull item pull (SD of a share)
   * @param radius the radius of the confidence regions, in standard errors
   * @param typeAccuracy share of respondents whose scored type equals their true type
   * @param farFromBoundary respondents whose true profile lies at least {@value #FAR_FROM_BOUNDARY}
   *     points from a type boundary
   * @param typeAccuracyFarFromBoundary type accuracy among those
   * @param notLeaningTypeAccuracy type accuracy among respondents whose scored profile is not
   *     leaning, the ones a report named with a firm type before errors were estimated
   * @param leaningShare share of scored profiles described as leaning
   * @param notLeaningRetestAgreement share of the not-leaning whose retest has the same type
   * @param firmShare share of results whose type is stated firmly ({@link TypeReading#firm()})
   * @param firmTypeAccuracy type accuracy among the firm
   * @param firmRetestAgreement share of the firm whose retest has the same type
   * @param retestBeyondError share of retests whose move from the test counts as beyond the error
   *     ({@link ReliableChange}), although nothing really changed
   * @param meanAbsoluteError mean |scored − true| over both parts and all drives, in points
   * @param meanStandardError mean estimated standard error of a going-well score, in points
   * @param conflictSequenceAccuracy share whose scored conflict sequence equals the true one
   * @param sequenceContradiction share whose scored conflict sequence orders some pair of drives
   *     the other way round from the true sequence
   * @param sequenceWidenedShare share whose sequence within the error has more ties than the scored
   *     one
   * @param sequenceWithinErrorContradiction share whose sequence within the error contradicts the
   *     true sequence
   * @param retestCorrelation Pearson correlation per drive between the going-well scores of the
   *     test and of the retest
   * @param retestTypeAgreement share whose type is the same at test and retest
   * @param goingWellAlpha Cronbach's alpha of each drive's scale in the going-well part
   * @param conflictAlpha Cronbach's alpha of each drive's scale in the conflict part
   */
  public record Report(
      Population population,
      int respondents,
      int goingWellItems,
      int conflictItems,
      double itemNoise,
      double itemPull,
      double radius,
      double typeAccuracy,
      int farFromBoundary,
      double typeAccuracyFarFromBoundary,
      double notLeaningTypeAccuracy,
      double leaningShare,
      double notLeaningRetestAgreement,
      double firmShare,
      double firmTypeAccuracy,
      double firmRetestAgreement,
      double retestBeyondError,
      double meanAbsoluteError,
      double meanStandardError,
      double conflictSequenceAccuracy,
      double sequenceContradiction,
      double sequenceWidenedShare,
      double sequenceWithinErrorContradiction,
      Map<Drive, Double> retestCorrelation,
      double retestTypeAgreement,
      Map<Drive, Double> goingWellAlpha,
      Map<Drive, Double> conflictAlpha) {

    public Report {
      retestCorrelation = Map.copyOf(retestCorrelation);
      goingWellAlpha = Map.copyOf(goingWellAlpha);
      conflictAlpha = Map.copyOf(conflictAlpha);
    }

    /** Respondents whose type is stated firmly. */
    public int firm() {
      return (int) Math.round(firmShare * respondents);
    }

    /** A few lines for the console and the docs. */
    public String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "population %s, respondents %d, items %d going well + %d conflict, item noise %.2f,"
              + " item pull %.2f, region radius %.2f%n"
              + "type accuracy %.3f overall, %.3f for %d profiles >= %.0f points from a boundary%n"
              + "not leaning (before errors): %.3f of results, accuracy %.3f, same type at"
              + " retest %.3f%n"
              + "firm within the error: %.3f of results, accuracy %.3f, same type at retest %.3f%n"
              + "retests moved beyond the error without any real change: %.3f%n"
              + "mean absolute score error %.2f points; mean standard error %.2f points%n"
              + "conflict sequence: exact %.3f, contradicts the true order %.3f; within the error:"
              + " widened %.3f, contradicts %.3f%n"
              + "retest (going well): same type %.3f; r People %.3f, Performance %.3f,"
              + " Process %.3f%n"
              + "alpha going well: People %.3f, Performance %.3f, Process %.3f%n"
              + "alpha conflict:   People %.3f, Performance %.3f, Process %.3f",
          population,
          respondents,
          goingWellItems,
          conflictItems,
          itemNoise,
          itemPull,
          radius,
          typeAccuracy,
          typeAccuracyFarFromBoundary,
          farFromBoundary,
          FAR_FROM_BOUNDARY,
          1 - leaningShare,
          notLeaningTypeAccuracy,
          notLeaningRetestAgreement,
          firmShare,
          firmTypeAccuracy,
          firmRetestAgreement,
          retestBeyondError,
          meanAbsoluteError,
          meanStandardError,
          conflictSequenceAccuracy,
          sequenceContradiction,
          sequenceWidenedShare,
          sequenceWithinErrorContradiction,
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
    int[] items = {goingWellItems, conflictItems};
    double[][][] pull = new double[2][][];
    for (int part = 0; part < 2; part++) {
      pull[part] = new double[items[part]][3];
      for (double[] item : pull[part]) {
        for (int d = 0; d < 3; d++) {
          item[d] = itemPull * gaussian(random);
        }
      }
    }
    ProfileCalculator calculator = new ProfileCalculator(settings);
    TypeRule rule = calculator.typeRule();
    UncertaintyRule uncertainty = new UncertaintyRule(settings, radius);
    PartScoring[] scoring = {
      new PartScoring(InventoryPart.GOING_WELL), new PartScoring(InventoryPart.CONFLICT)
    };
    // points[part][drive][item][respondent]
    double[][][][] points = new double[2][3][][];
    for (int part = 0; part < 2; part++) {
      for (int d = 0; d < 3; d++) {
        points[part][d] = new double[items[part]][respondents];
      }
    }

    Tally t = new Tally();
    double[][] testScores = new double[3][respondents];
    double[][] retestScores = new double[3][respondents];
    int[][] retestAnswers = new int[goingWellItems][3];
    int[][][] answers = {new int[goingWellItems][3], new int[conflictItems][3]};
    DriveScores[] truth = new DriveScores[2];
    DriveScores[] scored = new DriveScores[2];
    for (int r = 0; r < respondents; r++) {
      for (int part = 0; part < 2; part++) {
        truth[part] =
            population == Population.UNIFORM ? uniformProfile(random) : centredProfile(random);
        for (int i = 0; i < items[part]; i++) {
          answer(truth[part], pull[part][i], random, answers[part][i]);
          for (int d = 0; d < 3; d++) {
            points[part][d][i][r] = answers[part][i][d];
          }
        }
        scored[part] = scoring[part].score(answers[part]);
        for (Drive d : Drive.values()) {
          t.absoluteError += Math.abs(scored[part].of(d) - truth[part].of(d));
        }
      }
      for (int i = 0; i < goingWellItems; i++) {
        answer(truth[0], pull[0][i], retestRandom, retestAnswers[i]);
      }
      DriveScores retest = scoring[0].score(retestAnswers);
      for (Drive d : Drive.values()) {
        testScores[d.ordinal()][r] = scored[0].of(d);
        retestScores[d.ordinal()][r] = retest.of(d);
      }
      ProfileError error = new ProfileError(ScoreError.of(answers[0]), ScoreError.of(answers[1]));
      ProfileAnalysis analysis = calculator.analyse(new Profile(scored[0], scored[1]));
      ProfileReading reading = uncertainty.read(analysis, error);
      t.count(
          analysis,
          reading,
          rule.typeOf(truth[0]),
          rule.distanceToBoundary(truth[0]),
          ConflictSequence.of(truth[1], settings),
          rule.typeOf(retest));
      t.standardError += error.goingWell().standardError(Drive.PEOPLE);
      if (ReliableChange.between(scored[0], error.goingWell(), retest, ScoreError.of(retestAnswers))
          .beyondError()) {
        t.movedBeyondError++;
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
    double n = respondents;
    return new Report(
        population,
        respondents,
        goingWellItems,
        conflictItems,
        itemNoise,
        itemPull,
        radius,
        t.correctTypes / n,
        t.far,
        share(t.correctFar, t.far),
        share(t.correctNotLeaning, t.notLeaning),
        1 - t.notLeaning / n,
        share(t.notLeaningSameAtRetest, t.notLeaning),
        t.firm / n,
        share(t.correctFirm, t.firm),
        share(t.firmSameAtRetest, t.firm),
        t.movedBeyondError / n,
        t.absoluteError / (n * 6),
        t.standardError / n,
        t.correctSequences / n,
        t.contradictedSequences / n,
        t.widenedSequences / n,
        t.contradictedWithinError / n,
        retestCorrelation,
        t.sameTypeAtRetest / n,
        goingWellAlpha,
        conflictAlpha);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }

  /** The counts of one run. */
  private static final class Tally {
    int correctTypes;
    int far;
    int correctFar;
    int notLeaning;
    int correctNotLeaning;
    int notLeaningSameAtRetest;
    int firm;
    int correctFirm;
    int firmSameAtRetest;
    int sameTypeAtRetest;
    int movedBeyondError;
    int correctSequences;
    int contradictedSequences;
    int widenedSequences;
    int contradictedWithinError;
    double absoluteError;
    double standardError;

    void count(
        ProfileAnalysis analysis,
        ProfileReading reading,
        MotivationalType trueType,
        double trueDistance,
        ConflictSequence trueSequence,
        MotivationalType retestType) {
      boolean correct = analysis.type() == trueType;
      boolean same = analysis.type() == retestType;
      correctTypes += correct ? 1 : 0;
      sameTypeAtRetest += same ? 1 : 0;
      if (trueDistance >= FAR_FROM_BOUNDARY) {
        far++;
        correctFar += correct ? 1 : 0;
      }
      if (!analysis.leaning()) {
        notLeaning++;
        correctNotLeaning += correct ? 1 : 0;
        notLeaningSameAtRetest += same ? 1 : 0;
      }
      if (reading.type().firm()) {
        firm++;
        correctFirm += correct ? 1 : 0;
        firmSameAtRetest += same ? 1 : 0;
      }
      correctSequences += analysis.conflictSequence() == trueSequence ? 1 : 0;
      contradictedSequences += analysis.conflictSequence().contradicts(trueSequence) ? 1 : 0;
      widenedSequences += reading.sequenceWidened() ? 1 : 0;
      contradictedWithinError += reading.sequenceWithinError().contradicts(trueSequence) ? 1 : 0;
    }
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
   * The long form, with {@code name=value} arguments, each optional:
   *
   * <ul>
   *   <li>{@code respondents=100000}, {@code seed=2026};
   *   <li>{@code items=48} and {@code conflict-items=24}, the current bank's part lengths;
   *   <li>{@code radius=}, by default the one {@link FirmnessCalibration} gives for {@code items};
   *   <li>{@code noise=0.10,0.15,0.20,0.25,0.30}, {@code pull=0.05}, {@code
   *       population=UNIFORM,CENTRED};
   *   <li>{@code radii=0.8:2.4:0.1}: instead of one radius, a calibration table at each noise
   *       level, one line per radius (firm share, firm accuracy, firm retest agreement).
   * </ul>
   */
  public static void main(String[] args) {
    Map<String, String> a = new java.util.HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("arguments look like name=value, not " + arg);
      }
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    int respondents = Integer.parseInt(a.getOrDefault("respondents", "100000"));
    long seed = Long.parseLong(a.getOrDefault("seed", "2026"));
    int items = Integer.parseInt(a.getOrDefault("items", "48"));
    int conflictItems = Integer.parseInt(a.getOrDefault("conflict-items", "24"));
    double pull = Double.parseDouble(a.getOrDefault("pull", "0.05"));
    double[] noises = numbers(a.getOrDefault("noise", "0.10,0.15,0.20,0.25,0.30"));
    String[] populations = a.getOrDefault("population", "UNIFORM,CENTRED").split(",");
    double[] radii;
    if (a.containsKey("radii")) {
      double[] range = numbers(a.get("radii").replace(':', ','));
      int steps = (int) Math.round((range[1] - range[0]) / range[2]);
      radii = new double[steps + 1];
      for (int i = 0; i <= steps; i++) {
        radii[i] = range[0] + i * range[2];
      }
    } else {
      radii =
          new double[] {
            a.containsKey("radius")
                ? Double.parseDouble(a.get("radius"))
                : FirmnessCalibration.radiusFor(items)
          };
    }
    for (String name : populations) {
      Population population = Population.valueOf(name.trim());
      for (double noise : noises) {
        for (double radius : radii) {
          long start = System.nanoTime();
          Report report =
              new InventorySimulation(
                      ModelSettings.defaults(),
                      items,
                      conflictItems,
                      noise,
                      pull,
                      population,
                      radius)
                  .run(respondents, seed);
          if (radii.length > 1) {
            System.out.printf(
                java.util.Locale.ROOT,
                "%s items %d noise %.2f radius %.2f: firm %.3f, accuracy %.3f, retest %.3f%n",
                population,
                items,
                noise,
                radius,
                report.firmShare(),
                report.firmTypeAccuracy(),
                report.firmRetestAgreement());
          } else {
            System.out.println(report.summary());
            System.out.printf(
                java.util.Locale.ROOT, "(%.1f s)%n%n", (System.nanoTime() - start) / 1e9);
          }
        }
      }
    }
  }

  private static double[] numbers(String list) {
    String[] parts = list.split(",");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Double.parseDouble(parts[i].trim());
    }
    return values;
  }
}

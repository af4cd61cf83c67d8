package app.velocity.inventory;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.ScaleStatistics;
import app.velocity.motivation.TypeRule;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.InventoryPart;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Statistics of the real answers, for firm admins: aggregates only, never a person or an answer.
 * Computed per item-bank version, because items of different versions are different items.
 *
 * <p>A firm admin who reads the page before and after one more completion must not learn that
 * person's 24 answers from the difference (issue 14 §7). So the page shows a stored snapshot, taken
 * from {@link #MINIMUM_RESPONSES} completed responses on and taken again only once {@link #BATCH}
 * more have been completed: two snapshots a reader can tell apart always differ by at least a
 * batch, and no single response can be isolated. The test-retest correlation follows the same rule
 * on its own count, retest pairs ({@link #MINIMUM_PAIRS}, recomputed after {@link #BATCH} more).
 * The thresholds follow what survey products with a privacy promise do for their aggregates, and
 * below them the figures would swing too much to mean anything anyway.
 */
@Component
class Psychometrics {

  static final int MINIMUM_RESPONSES = 30;
  static final int MINIMUM_PAIRS = 30;
  static final int BATCH = 30;
  static final double FLAG_BELOW = 0.20;
  static final Duration RETEST_WINDOW = Duration.ofDays(120);

  /**
   * What reliability is read against: Nunnally's threshold for research use, and what published
   * instruments of this kind report for their scales and retests.
   */
  static final double ACCEPTABLE = 0.70;

  static final double PUBLISHED_LOW = 0.80;

  private static final TypeRule TYPES = new TypeRule(ModelSettings.defaults());

  private final JdbcClient jdbc;
  private final PsychometricSnapshots snapshots;
  private final Clock clock;

  Psychometrics(JdbcClient jdbc, PsychometricSnapshots snapshots, Clock clock) {
    this.jdbc = jdbc;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  /**
   * What the admin page shows of every version that has completed responses, and of the current
   * version: the stored snapshot, taken again first where a new batch has been completed.
   */
  List<VersionStatistics> shown() {
    return everyVersion(this::shown);
  }

  VersionStatistics shown(ItemBank bank) {
    int completed = completed(bank.version());
    Optional<VersionStatistics> stored = snapshots.find(bank);
    int counted = stored.map(VersionStatistics::responses).orElse(0);
    if (completed >= MINIMUM_RESPONSES && (stored.isEmpty() || completed - counted >= BATCH)) {
      VersionStatistics now = statistics(bank);
      Retest before = stored.map(VersionStatistics::retest).orElse(null);
      Retest retest = now.retest();
      if (before != null && before.enough() && retest.pairs() - before.pairs() < BATCH) {
        retest = before;
      }
      VersionStatistics taken =
          new VersionStatistics(
              bank.version(),
              now.responses(),
              true,
              now.scales(),
              now.items(),
              retest,
              now.responses(),
              clock.instant());
      try {
        stored = Optional.of(snapshots.replace(bank, counted, taken));
      } catch (org.springframework.dao.DuplicateKeyException e) {
        // another instance took the same version's first snapshot at the same moment: show theirs
        stored = snapshots.find(bank);
      }
    }
    return stored
        .map(s -> s.withCompleted(completed))
        .orElseGet(
            () ->
                new VersionStatistics(
                    bank.version(),
                    0,
                    false,
                    List.of(),
                    List.of(),
                    new Retest(0, false, Map.of()),
                    completed,
                    null));
  }

  private TreeSet<String> versions() {
    TreeSet<String> versions =
        new TreeSet<>(
            jdbc.sql("select distinct bank_version from profile_results")
                .query(String.class)
                .list());
    versions.add(ItemBank.CURRENT_VERSION);
    return versions;
  }

  private int completed(String version) {
    return jdbc.sql(
            "select count(*) from inventory_responses"
                + " where completed_at is not null and bank_version = ?")
        .param(version)
        .query(Integer.class)
        .single();
  }

  /** Statistics of every version computed now from every completed response: not for showing. */
  List<VersionStatistics> statistics() {
    return everyVersion(this::statistics);
  }

  private List<VersionStatistics> everyVersion(
      java.util.function.Function<ItemBank, VersionStatistics> of) {
    List<VersionStatistics> all = new ArrayList<>();
    for (String version : versions()) {
      all.add(of.apply(ItemBank.load(version)));
    }
    return all;
  }

  VersionStatistics statistics(ItemBank bank) {
    // respondent -> item -> points by drive
    Map<UUID, Map<String, int[]>> answers = new LinkedHashMap<>();
    jdbc.sql(
            "select a.response_id, a.item_id, a.people, a.performance, a.process"
                + " from inventory_answers a join inventory_responses r on r.id = a.response_id"
                + " where r.completed_at is not null and r.bank_version = ?"
                + " order by a.response_id")
        .param(bank.version())
        .query(
            rs -> {
              answers
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                  .put(rs.getString(2), new int[] {rs.getInt(3), rs.getInt(4), rs.getInt(5)});
            });
    int n = answers.size();
    Retest retest = retest(bank.version());
    boolean enough = n >= MINIMUM_RESPONSES;
    List<Scale> scales = new ArrayList<>();
    List<ItemStatistics> items = new ArrayList<>();
    if (enough) {
      List<Map<String, int[]>> respondents = new ArrayList<>(answers.values());
      for (Condition condition : Condition.values()) {
        InventoryPart part = bank.part(condition);
        Map<Drive, double[]> correlations = new HashMap<>();
        Map<Drive, double[]> means = new HashMap<>();
        for (Drive d : Drive.values()) {
          double[][] matrix = new double[part.items().size()][n];
          for (int i = 0; i < part.items().size(); i++) {
            String id = part.items().get(i).id();
            for (int r = 0; r < n; r++) {
              matrix[i][r] = respondents.get(r).get(id)[d.ordinal()];
            }
          }
          scales.add(new Scale(condition, d, ScaleStatistics.cronbachAlpha(matrix)));
          correlations.put(d, ScaleStatistics.correctedItemTotalCorrelations(matrix));
          means.put(d, ScaleStatistics.itemMeans(matrix));
        }
        for (int i = 0; i < part.items().size(); i++) {
          Item item = part.items().get(i);
          Map<Drive, Double> r = new java.util.EnumMap<>(Drive.class);
          Map<Drive, Double> m = new java.util.EnumMap<>(Drive.class);
          for (Drive d : Drive.values()) {
            r.put(d, correlations.get(d)[i]);
            m.put(d, means.get(d)[i]);
          }
          items.add(new ItemStatistics(condition, item, m, r));
        }
      }
    }
    return new VersionStatistics(bank.version(), n, enough, scales, items, retest, n, null);
  }

  /**
   * Each person's first two consecutive results on this version taken within 120 days of each
   * other; the correlation across people of each drive's going-well score at test and retest, and
   * the share of people whose going-well type was the same both times.
   */
  private Retest retest(String version) {
    List<Taken> results =
        jdbc.sql(
                "select person_id, completed_at, going_well_people, going_well_performance,"
                    + " going_well_process from profile_results where bank_version = ?"
                    + " order by person_id, completed_at")
            .param(version)
            .query(
                (rs, n) ->
                    new Taken(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        new DriveScores(rs.getDouble(3), rs.getDouble(4), rs.getDouble(5))))
            .list();
    return retestOf(results);
  }

  /** One completed result: whose, when, and its going-well scores. */
  record Taken(UUID person, Instant at, DriveScores goingWell) {}

  /**
   * The retest figures of {@code results}, each person's in the order they were taken: of each
   * person the first two consecutive results within {@link #RETEST_WINDOW} make a pair.
   */
  static Retest retestOf(List<Taken> results) {
    Map<UUID, List<Taken>> byPerson = new LinkedHashMap<>();
    for (Taken t : results) {
      byPerson.computeIfAbsent(t.person(), k -> new ArrayList<>()).add(t);
    }
    List<DriveScores> test = new ArrayList<>();
    List<DriveScores> again = new ArrayList<>();
    for (List<Taken> own : byPerson.values()) {
      for (int i = 0; i + 1 < own.size(); i++) {
        if (Duration.between(own.get(i).at(), own.get(i + 1).at()).compareTo(RETEST_WINDOW) <= 0) {
          test.add(own.get(i).goingWell());
          again.add(own.get(i + 1).goingWell());
          break;
        }
      }
    }
    int pairs = test.size();
    Map<Drive, Double> r = new java.util.EnumMap<>(Drive.class);
    Double sameType = null;
    if (pairs >= MINIMUM_PAIRS) {
      for (Drive d : Drive.values()) {
        double[] x = test.stream().mapToDouble(v -> v.of(d)).toArray();
        double[] y = again.stream().mapToDouble(v -> v.of(d)).toArray();
        r.put(d, ScaleStatistics.pearson(x, y));
      }
      int same = 0;
      for (int i = 0; i < pairs; i++) {
        if (TYPES.typeOf(test.get(i)) == TYPES.typeOf(again.get(i))) {
          same++;
        }
      }
      sameType = (double) same / pairs;
    }
    return new Retest(pairs, pairs >= MINIMUM_PAIRS, r, sameType);
  }

  static String number(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }

  record Scale(Condition condition, Drive drive, double alpha) {}

  record ItemStatistics(
      Condition condition, Item item, Map<Drive, Double> means, Map<Drive, Double> itemTotal) {}

  /**
   * @param sameType the share of pairs whose going-well type was the same both times; null when
   *     there are not {@link #MINIMUM_PAIRS}
   */
  record Retest(int pairs, boolean enough, Map<Drive, Double> correlation, Double sameType) {

    Retest(int pairs, boolean enough, Map<Drive, Double> correlation) {
      this(pairs, enough, correlation, null);
    }
  }

  /**
   * @param responses completed responses the figures are computed from
   * @param completed completed responses now, at least {@code responses}
   * @param computedAt when the shown snapshot was taken; null for figures not taken as a snapshot
   */
  record VersionStatistics(
      String version,
      int responses,
      boolean enough,
      List<Scale> scales,
      List<ItemStatistics> items,
      Retest retest,
      int completed,
      Instant computedAt) {

    VersionStatistics(
        String version,
        int responses,
        boolean enough,
        List<Scale> scales,
        List<ItemStatistics> items,
        Retest retest) {
      this(version, responses, enough, scales, items, retest, responses, null);
    }

    VersionStatistics withCompleted(int now) {
      return new VersionStatistics(
          version, responses, enough, scales, items, retest, now, computedAt);
    }
  }
}

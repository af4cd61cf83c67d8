package app.velocity.inventory;

import app.velocity.motivation.Drive;
import app.velocity.motivation.ScaleStatistics;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.InventoryPart;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live statistics of the real answers, for firm admins: aggregates only, never a person or an
 * answer. Computed per item-bank version, because items of different versions are different items.
 *
 * <p>Below {@link #MINIMUM_RESPONSES} completed responses a version's statistics are not shown, and
 * below {@link #MINIMUM_PAIRS} retest pairs the test-retest correlation is not: with fewer, the
 * figures swing too much to mean anything (and would come close to describing individuals).
 */
@Component
class Psychometrics {

  static final int MINIMUM_RESPONSES = 10;
  static final int MINIMUM_PAIRS = 10;
  static final double FLAG_BELOW = 0.20;
  static final Duration RETEST_WINDOW = Duration.ofDays(90);

  private final JdbcClient jdbc;

  Psychometrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Statistics of every version that has completed responses, and of the current version. */
  List<VersionStatistics> statistics() {
    TreeSet<String> versions =
        new TreeSet<>(
            jdbc.sql("select distinct bank_version from profile_results")
                .query(String.class)
                .list());
    versions.add(ItemBank.CURRENT_VERSION);
    List<VersionStatistics> all = new ArrayList<>();
    for (String version : versions) {
      all.add(statistics(ItemBank.load(version)));
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
    return new VersionStatistics(bank.version(), n, enough, scales, items, retest);
  }

  /**
   * Each person's first two consecutive results on this version taken within 90 days of each other;
   * the correlation across people of each drive's going-well score at test and retest.
   */
  private Retest retest(String version) {
    Map<UUID, List<double[]>> byPerson = new LinkedHashMap<>();
    Map<UUID, List<Instant>> times = new HashMap<>();
    jdbc.sql(
            "select person_id, completed_at, going_well_people, going_well_performance,"
                + " going_well_process from profile_results where bank_version = ?"
                + " order by person_id, completed_at")
        .param(version)
        .query(
            rs -> {
              UUID person = rs.getObject(1, UUID.class);
              byPerson
                  .computeIfAbsent(person, k -> new ArrayList<>())
                  .add(new double[] {rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)});
              times
                  .computeIfAbsent(person, k -> new ArrayList<>())
                  .add(rs.getTimestamp(2).toInstant());
            });
    List<double[]> test = new ArrayList<>();
    List<double[]> again = new ArrayList<>();
    for (var e : byPerson.entrySet()) {
      List<double[]> results = e.getValue();
      List<Instant> at = times.get(e.getKey());
      for (int i = 0; i + 1 < results.size(); i++) {
        if (Duration.between(at.get(i), at.get(i + 1)).compareTo(RETEST_WINDOW) <= 0) {
          test.add(results.get(i));
          again.add(results.get(i + 1));
          break;
        }
      }
    }
    int pairs = test.size();
    Map<Drive, Double> r = new java.util.EnumMap<>(Drive.class);
    if (pairs >= MINIMUM_PAIRS) {
      for (Drive d : Drive.values()) {
        double[] x = test.stream().mapToDouble(v -> v[d.ordinal()]).toArray();
        double[] y = again.stream().mapToDouble(v -> v[d.ordinal()]).toArray();
        r.put(d, ScaleStatistics.pearson(x, y));
      }
    }
    return new Retest(pairs, pairs >= MINIMUM_PAIRS, r);
  }

  static String number(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }

  record Scale(Condition condition, Drive drive, double alpha) {}

  record ItemStatistics(
      Condition condition, Item item, Map<Drive, Double> means, Map<Drive, Double> itemTotal) {}

  record Retest(int pairs, boolean enough, Map<Drive, Double> correlation) {}

  record VersionStatistics(
      String version,
      int responses,
      boolean enough,
      List<Scale> scales,
      List<ItemStatistics> items,
      Retest retest) {}
}

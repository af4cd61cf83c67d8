package app.velocity.inventory;

import app.velocity.inventory.Psychometrics.ItemStatistics;
import app.velocity.inventory.Psychometrics.Retest;
import app.velocity.inventory.Psychometrics.Scale;
import app.velocity.inventory.Psychometrics.VersionStatistics;
import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The psychometric statistics the admin page shows, one snapshot per item-bank version, kept until
 * a new batch of completed responses calls for the next one. A figure that is not a number (an item
 * nobody varied on) is stored as null.
 */
@Repository
class PsychometricSnapshots {

  private final JdbcClient jdbc;

  PsychometricSnapshots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<VersionStatistics> find(ItemBank bank) {
    record Head(int responses, OffsetDateTime at, int pairs, Double[] retest, Double sameType) {}
    Optional<Head> head =
        jdbc.sql(
                "select responses, computed_at, retest_pairs, retest_people, retest_performance,"
                    + " retest_process, retest_same_type from psychometric_snapshots"
                    + " where bank_version = ?")
            .param(bank.version())
            .query(
                (rs, n) ->
                    new Head(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getInt(3),
                        new Double[] {number(rs, 4), number(rs, 5), number(rs, 6)},
                        number(rs, 7)))
            .optional();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<Scale> scales =
        jdbc.sql(
                "select part, drive, alpha from psychometric_scales where bank_version = ?"
                    + " order by position")
            .param(bank.version())
            .query(
                (rs, n) ->
                    new Scale(
                        Condition.valueOf(rs.getString(1)),
                        Drive.valueOf(rs.getString(2)),
                        nan(number(rs, 3))))
            .list();
    Map<String, Item> byId = new HashMap<>();
    Map<String, Condition> partOf = new HashMap<>();
    for (Condition c : Condition.values()) {
      bank.part(c)
          .items()
          .forEach(
              i -> {
                byId.put(i.id(), i);
                partOf.put(i.id(), c);
              });
    }
    List<String> order = new ArrayList<>();
    Map<String, Map<Drive, Double>> means = new HashMap<>();
    Map<String, Map<Drive, Double>> totals = new HashMap<>();
    jdbc.sql(
            "select item_id, drive, mean, item_total from psychometric_items"
                + " where bank_version = ? order by position")
        .param(bank.version())
        .query(
            (ResultSet rs) -> {
              String item = rs.getString(1);
              Drive d = Drive.valueOf(rs.getString(2));
              if (!means.containsKey(item)) {
                order.add(item);
              }
              means
                  .computeIfAbsent(item, k -> new EnumMap<>(Drive.class))
                  .put(d, nan(number(rs, 3)));
              totals
                  .computeIfAbsent(item, k -> new EnumMap<>(Drive.class))
                  .put(d, nan(number(rs, 4)));
            });
    List<ItemStatistics> items = new ArrayList<>();
    for (String id : order) {
      items.add(new ItemStatistics(partOf.get(id), byId.get(id), means.get(id), totals.get(id)));
    }
    Head h = head.get();
    boolean retestEnough = h.retest()[0] != null;
    Map<Drive, Double> r = new EnumMap<>(Drive.class);
    if (retestEnough) {
      for (Drive d : Drive.values()) {
        r.put(d, nan(h.retest()[d.ordinal()]));
      }
    }
    return Optional.of(
        new VersionStatistics(
            bank.version(),
            h.responses(),
            true,
            scales,
            items,
            new Retest(h.pairs(), retestEnough, r, retestEnough ? h.sameType() : null),
            h.responses(),
            h.at().toInstant()));
  }

  /**
   * Stores the snapshot in place of the one taken from {@code before} responses (0: none yet) and
   * returns the snapshot now stored: when another instance replaced it first, theirs.
   *
   * @throws org.springframework.dao.DuplicateKeyException when another instance stored the
   *     version's first snapshot at the same moment
   */
  @Transactional
  VersionStatistics replace(ItemBank bank, int before, VersionStatistics taken) {
    Retest retest = taken.retest();
    Double[] r = new Double[3];
    for (Drive d : Drive.values()) {
      r[d.ordinal()] = retest.enough() ? finite(retest.correlation().get(d)) : null;
    }
    Double sameType = retest.enough() ? retest.sameType() : null;
    OffsetDateTime at = OffsetDateTime.ofInstant(taken.computedAt(), ZoneOffset.UTC);
    if (before == 0) {
      jdbc.sql(
              "insert into psychometric_snapshots (bank_version, responses, computed_at,"
                  + " retest_pairs, retest_people, retest_performance, retest_process,"
                  + " retest_same_type) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(bank.version(), taken.responses(), at, retest.pairs(), r[0], r[1], r[2], sameType)
          .update();
    } else {
      // claimed on the count it replaces, so that of two instances only one writes the rows
      int claimed =
          jdbc.sql(
                  "update psychometric_snapshots set responses = ?, computed_at = ?,"
                      + " retest_pairs = ?, retest_people = ?, retest_performance = ?,"
                      + " retest_process = ?, retest_same_type = ?"
                      + " where bank_version = ? and responses = ?")
              .params(
                  taken.responses(),
                  at,
                  retest.pairs(),
                  r[0],
                  r[1],
                  r[2],
                  sameType,
                  bank.version(),
                  before)
              .update();
      if (claimed == 0) {
        return find(bank).orElse(taken);
      }
      jdbc.sql("delete from psychometric_scales where bank_version = ?")
          .param(bank.version())
          .update();
      jdbc.sql("delete from psychometric_items where bank_version = ?")
          .param(bank.version())
          .update();
    }
    int position = 0;
    for (Scale s : taken.scales()) {
      jdbc.sql(
              "insert into psychometric_scales (bank_version, position, part, drive, alpha)"
                  + " values (?, ?, ?, ?, ?)")
          .params(
              bank.version(), position++, s.condition().name(), s.drive().name(), finite(s.alpha()))
          .update();
    }
    position = 0;
    for (ItemStatistics i : taken.items()) {
      for (Drive d : Drive.values()) {
        jdbc.sql(
                "insert into psychometric_items (bank_version, position, item_id, drive, mean,"
                    + " item_total) values (?, ?, ?, ?, ?, ?)")
            .params(
                bank.version(),
                position++,
                i.item().id(),
                d.name(),
                finite(i.means().get(d)),
                finite(i.itemTotal().get(d)))
            .update();
      }
    }
    return taken;
  }

  private static Double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static double nan(Double v) {
    return v == null ? Double.NaN : v;
  }

  private static Double finite(Double v) {
    return v == null || !Double.isFinite(v) ? null : v;
  }
}

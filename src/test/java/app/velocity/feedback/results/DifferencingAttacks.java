package app.velocity.feedback.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An attacker who knows the whole roster, knows exactly who answered what kind of question in each
 * wave (the strongest position: the executive who asked around), and sees every published cell.
 * Written independently of the aggregator: exact integer arithmetic (Bareiss elimination) instead
 * of the aggregator's modular one, and the classic attacks spelled out one by one.
 *
 * <p>An unknown is one rater's answer in one wave: answers are stored without the stakeholder and
 * cannot be tied to the same person's answer of another wave (docs/survey-privacy.md, "Decision:
 * one answer per wave"). Cells of all waves are still attacked together.
 */
final class DifferencingAttacks {

  private final SurveyData data;
  private final Results results;
  private final PrivacySettings settings;
  private final Map<String, Integer> column = new HashMap<>();
  private final BitSet consented = new BitSet();

  DifferencingAttacks(SurveyData data, Results results, PrivacySettings settings) {
    this.data = data;
    this.results = results;
    this.settings = settings;
    var unknowns = new TreeSet<String>();
    data.invitations().forEach(i -> unknowns.add(unknown(i.wave(), i.rater())));
    unknowns.forEach(u -> column.put(u, column.size()));
    if (settings.managerMayBeShownAlone()) {
      data.invitations().stream()
          .filter(i -> i.group() == RaterGroup.MANAGER)
          .forEach(i -> consented.set(column.get(unknown(i.wave(), i.rater()))));
    }
  }

  private static String unknown(int wave, RaterId rater) {
    return wave + "/" + rater.value();
  }

  /** A published cell as the attacker sees it: which raters it sums over. */
  record Published(String family, int wave, Unit unit, BitSet raters) {}

  List<Published> scoreCells(GoalId goal) {
    return published("score " + goal.value(), a -> a.scores().containsKey(goal), goal);
  }

  List<Published> followUpCells() {
    return published("follow-up", a -> a.followUp() != null, null);
  }

  private List<Published> published(String family, Predicate<Answer> contributes, GoalId goal) {
    var cells = new ArrayList<Published>();
    for (WaveResults wave : results.waves()) {
      for (Unit unit : Unit.values()) {
        Cell<?> cell = goal == null ? wave.followUp().get(unit) : wave.score(goal, unit);
        if (!cell.isShown()) {
          continue;
        }
        var set = new BitSet();
        for (Answer a : data.answers()) {
          if (a.wave() == wave.wave()
              && contributes.test(a)
              && (unit == Unit.OVERALL || Unit.of(a.group()) == unit)) {
            set.set(column.get(unknown(a.wave(), a.rater())));
          }
        }
        cells.add(new Published(family, wave.wave(), unit, set));
      }
    }
    return cells;
  }

  /** Every way found to read one rater's answer, described; empty when the release is safe. */
  List<String> leaks() {
    var leaks = new ArrayList<String>();
    var families = new ArrayList<List<Published>>();
    data.goals().forEach(g -> families.add(scoreCells(g)));
    families.add(followUpCells());
    for (List<Published> cells : families) {
      leaks.addAll(pairDifferences(cells));
      leaks.addAll(overallMinusShownGroups(cells));
      leaks.addAll(anyLinearCombination(cells));
    }
    return leaks;
  }

  /** Cell A minus cell B, any two cells of any waves and units, isolating one rater. */
  private List<String> pairDifferences(List<Published> cells) {
    var leaks = new ArrayList<String>();
    for (Published a : cells) {
      for (Published b : cells) {
        var difference = (BitSet) a.raters().clone();
        difference.andNot(b.raters());
        var extra = (BitSet) b.raters().clone();
        extra.andNot(a.raters());
        if (extra.isEmpty()
            && difference.cardinality() == 1
            && !consented.get(difference.nextSetBit(0))) {
          leaks.add(a + " minus " + b + " isolates one rater");
        }
      }
    }
    return leaks;
  }

  /** Within a wave, the overall minus every shown group must not leave 1 or 2 raters. */
  private List<String> overallMinusShownGroups(List<Published> cells) {
    var leaks = new ArrayList<String>();
    for (Published overall : cells) {
      if (overall.unit() != Unit.OVERALL) {
        continue;
      }
      var rest = (BitSet) overall.raters().clone();
      cells.stream()
          .filter(c -> c.wave() == overall.wave() && c.unit() != Unit.OVERALL)
          .forEach(c -> rest.andNot(c.raters()));
      int left = rest.cardinality();
      if (left > 0 && left < settings.minimumAnswers()) {
        leaks.add(overall + " minus its shown groups leaves " + left + " raters");
      }
    }
    return leaks;
  }

  /** The rater's unit vector in the span of all published cells: any attack by sums at all. */
  private List<String> anyLinearCombination(List<Published> cells) {
    var leaks = new ArrayList<String>();
    int n = column.size();
    var rows = new ArrayList<long[]>();
    for (Published cell : cells) {
      rows.add(indicator(cell.raters(), n));
    }
    int rank = rank(rows, n);
    for (int r = 0; r < n; r++) {
      if (consented.get(r)) {
        continue;
      }
      var extended = new ArrayList<>(rows);
      var unit = new long[n];
      unit[r] = 1;
      extended.add(unit);
      if (rank(extended, n) == rank) {
        leaks.add("rater column " + r + " follows from a combination of " + cells);
      }
    }
    return leaks;
  }

  private static long[] indicator(BitSet set, int n) {
    var row = new long[n];
    set.stream().forEach(i -> row[i] = 1);
    return row;
  }

  /** Rank by Bareiss' fraction-free elimination; exact, every entry stays a minor. */
  static int rank(List<long[]> input, int columns) {
    var m = new ArrayList<long[]>();
    input.forEach(r -> m.add(r.clone()));
    int rank = 0;
    long previous = 1;
    for (int c = 0; c < columns && rank < m.size(); c++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[c] != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      var swap = m.get(pivot);
      m.set(pivot, m.get(rank));
      m.set(rank, swap);
      long[] p = m.get(rank);
      for (int r = rank + 1; r < m.size(); r++) {
        long[] row = m.get(r);
        for (int k = c + 1; k < columns; k++) {
          row[k] =
              Math.subtractExact(Math.multiplyExact(p[c], row[k]), Math.multiplyExact(row[c], p[k]))
                  / previous;
        }
        row[c] = 0;
      }
      previous = p[c];
      rank++;
    }
    return rank;
  }
}

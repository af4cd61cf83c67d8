package app.velocity.feedback.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Aggregates a mini-survey into what may be shown, enforcing the privacy rules itself: callers get
 * no way to ask for anything finer.
 *
 * <ol>
 *   <li>Inside each wave and for each kind of answer (each goal's score, the follow-up question,
 *       the suggestions), {@link WaveRule} decides from counts alone which units show: at least 3
 *       answers (text: 5), the manager alone only when the agreement allows, and complementary
 *       suppression so that no hidden group of 1 or 2 equals "overall minus the shown groups".
 *   <li>Every wave's cells are audited together with everything already shown ({@link SpanAudit}):
 *       while any one answer would follow from a combination of shown numbers, a cell of the newer
 *       wave is withheld and the wave rule applied again. An answer is one rater's answer in one
 *       wave: answers are stored without the stakeholder, so nothing (not Velocity, not a database
 *       reader) can tie a wave-2 answer to the same person's wave-1 answer, and the question asks
 *       about change, so the answers are expected to differ. See {@code docs/survey-privacy.md},
 *       "Decision: one answer per wave".
 * </ol>
 *
 * <p>Waves are processed in ascending order and a wave's cells depend only on that wave and the
 * earlier ones, so results already seen never change when a later wave arrives. Nothing depends on
 * the order of the input or on the rater ids, and no decision depends on what was answered.
 */
public final class SurveyResults {

  private SurveyResults() {}

  public static Results aggregate(SurveyData data, PrivacySettings settings) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(settings, "settings");
    return new Aggregation(data, settings).run();
  }

  private static final class Aggregation {

    private final SurveyData data;
    private final PrivacySettings settings;

    /** One unknown per rater and wave: see the class comment. */
    private final Map<String, Integer> column = new HashMap<>();

    private final BitSet exempt = new BitSet();
    private final TreeMap<Integer, List<Invitation>> invitationsByWave = new TreeMap<>();
    private final TreeMap<Integer, List<Answer>> answersByWave = new TreeMap<>();

    Aggregation(SurveyData data, PrivacySettings settings) {
      this.data = data;
      this.settings = settings;
      var unknowns = new TreeSet<String>();
      data.invitations().forEach(i -> unknowns.add(unknown(i.wave(), i.rater())));
      for (String unknown : unknowns) {
        column.put(unknown, column.size());
      }
      for (Invitation invitation : data.invitations()) {
        invitationsByWave
            .computeIfAbsent(invitation.wave(), w -> new ArrayList<>())
            .add(invitation);
        // A manager the agreement shows alone has agreed to be visible; the audit does not
        // protect their answers (it still protects everyone else's from them).
        if (settings.managerMayBeShownAlone() && invitation.group() == RaterGroup.MANAGER) {
          exempt.set(column.get(unknown(invitation.wave(), invitation.rater())));
        }
      }
      for (Answer answer : data.answers()) {
        answersByWave.computeIfAbsent(answer.wave(), w -> new ArrayList<>()).add(answer);
      }
    }

    private static String unknown(int wave, RaterId rater) {
      return wave + "\u0000" + rater.value();
    }

    Results run() {
      List<Integer> waves = new ArrayList<>(invitationsByWave.keySet());
      var scoreDecisions = new LinkedHashMap<GoalId, List<EnumMap<Unit, Suppression>>>();
      for (GoalId goal : data.goals()) {
        scoreDecisions.put(goal, acrossWaves(waves, a -> a.scores().containsKey(goal)));
      }
      var followUpDecisions = acrossWaves(waves, a -> a.followUp() != null);

      var results = new ArrayList<WaveResults>();
      for (int i = 0; i < waves.size(); i++) {
        int wave = waves.get(i);
        List<Answer> answers = answersByWave.getOrDefault(wave, List.of());
        var scores = new LinkedHashMap<GoalId, Map<Unit, Cell<ScoreSummary>>>();
        for (GoalId goal : data.goals()) {
          scores.put(goal, scoreCells(answers, goal, scoreDecisions.get(goal).get(i)));
        }
        results.add(
            new WaveResults(
                wave,
                responseCells(wave, answers),
                scores,
                followUpCells(answers, followUpDecisions.get(i)),
                suggestionCells(answers)));
      }
      return new Results(data.goals(), results);
    }

    /** Per wave, which units of one kind of answer are withheld, after the cross-wave audit. */
    private List<EnumMap<Unit, Suppression>> acrossWaves(
        List<Integer> waves, Predicate<Answer> contributes) {
      var published = new ArrayList<BitSet>();
      var decisions = new ArrayList<EnumMap<Unit, Suppression>>();
      for (int wave : waves) {
        var sets = new EnumMap<Unit, BitSet>(Unit.class);
        for (Unit unit : Unit.values()) {
          sets.put(unit, new BitSet());
        }
        for (Answer answer : answersByWave.getOrDefault(wave, List.of())) {
          if (contributes.test(answer)) {
            int c = column.get(unknown(answer.wave(), answer.rater()));
            sets.get(Unit.of(answer.group())).set(c);
            sets.get(Unit.OVERALL).set(c);
          }
        }
        var sizes = new EnumMap<RaterGroup, Integer>(RaterGroup.class);
        for (RaterGroup group : RaterGroup.values()) {
          sizes.put(group, sets.get(Unit.of(group)).cardinality());
        }
        var forced = new EnumMap<Unit, Suppression>(Unit.class);
        while (true) {
          var withheld =
              WaveRule.decide(
                  sizes,
                  settings.minimumAnswers(),
                  settings.managerMayBeShownAlone(),
                  false,
                  forced);
          var rows = new ArrayList<>(published);
          var shown = new ArrayList<Unit>();
          for (Unit unit : Unit.values()) {
            if (!withheld.containsKey(unit)) {
              shown.add(unit);
              rows.add(sets.get(unit));
            }
          }
          BitSet exposed = SpanAudit.exposed(rows, column.size(), exempt);
          if (exposed.isEmpty()) {
            shown.forEach(unit -> published.add(sets.get(unit)));
            decisions.add(withheld);
            break;
          }
          forced.put(nextToWithhold(published, shown, sets), Suppression.combination());
        }
      }
      return decisions;
    }

    /**
     * The cell of the newest wave to withhold next: the first, in the order smallest group first
     * and overall last, whose withholding leaves nobody exposed; failing that, the one leaving the
     * fewest exposed. The exposed rater need not be in any cell of the newest wave (someone who
     * left: "wave 1 minus wave 2"), so the choice is made by trying, not by membership.
     */
    private Unit nextToWithhold(List<BitSet> published, List<Unit> shown, Map<Unit, BitSet> sets) {
      var order = new ArrayList<>(shown);
      order.sort(
          java.util.Comparator.comparing((Unit u) -> u == Unit.OVERALL)
              .thenComparingInt(u -> sets.get(u).cardinality())
              .thenComparing(u -> u));
      Unit best = null;
      int fewest = Integer.MAX_VALUE;
      for (Unit candidate : order) {
        var rows = new ArrayList<>(published);
        for (Unit unit : shown) {
          if (unit != candidate) {
            rows.add(sets.get(unit));
          }
        }
        int exposed = SpanAudit.exposed(rows, column.size(), exempt).cardinality();
        if (exposed < fewest) {
          best = candidate;
          fewest = exposed;
        }
        if (exposed == 0) {
          break;
        }
      }
      return best;
    }

    private Map<Unit, Cell<ScoreSummary>> scoreCells(
        List<Answer> answers, GoalId goal, Map<Unit, Suppression> withheld) {
      var count = new int[Unit.values().length];
      var sum = new int[count.length];
      var improved = new int[count.length];
      var worse = new int[count.length];
      for (Answer answer : answers) {
        Integer score = answer.scores().get(goal);
        if (score == null) {
          continue;
        }
        for (Unit unit : List.of(Unit.OVERALL, Unit.of(answer.group()))) {
          int u = unit.ordinal();
          count[u]++;
          sum[u] += score;
          improved[u] += score > 0 ? 1 : 0;
          worse[u] += score < 0 ? 1 : 0;
        }
      }
      var cells = new EnumMap<Unit, Cell<ScoreSummary>>(Unit.class);
      for (Unit unit : Unit.values()) {
        int u = unit.ordinal();
        cells.put(
            unit,
            withheld.containsKey(unit)
                ? Cell.withheld(withheld.get(unit))
                : Cell.shown(ScoreSummary.of(count[u], sum[u], improved[u], worse[u])));
      }
      return cells;
    }

    private Map<Unit, Cell<FollowUpSummary>> followUpCells(
        List<Answer> answers, Map<Unit, Suppression> withheld) {
      var counts = new EnumMap<Unit, EnumMap<FollowUp, Integer>>(Unit.class);
      for (Unit unit : Unit.values()) {
        counts.put(unit, new EnumMap<>(FollowUp.class));
      }
      for (Answer answer : answers) {
        if (answer.followUp() != null) {
          counts.get(Unit.OVERALL).merge(answer.followUp(), 1, Integer::sum);
          counts.get(Unit.of(answer.group())).merge(answer.followUp(), 1, Integer::sum);
        }
      }
      var cells = new EnumMap<Unit, Cell<FollowUpSummary>>(Unit.class);
      for (Unit unit : Unit.values()) {
        int n = counts.get(unit).values().stream().mapToInt(Integer::intValue).sum();
        cells.put(
            unit,
            withheld.containsKey(unit)
                ? Cell.withheld(withheld.get(unit))
                : Cell.shown(new FollowUpSummary(n, counts.get(unit))));
      }
      return cells;
    }

    /**
     * Response counts per unit. Whether someone answered is not an answer, so there is no
     * cross-wave audit, but a group's counts follow the same rule as its numbers (so that "did my
     * manager answer?" cannot be read off); the overall always shows, as the coach needs it to send
     * reminders.
     */
    private Map<Unit, Cell<Response>> responseCells(int wave, List<Answer> answers) {
      var invited = new EnumMap<RaterGroup, Integer>(RaterGroup.class);
      var answered = new EnumMap<RaterGroup, Integer>(RaterGroup.class);
      invitationsByWave.get(wave).forEach(i -> invited.merge(i.group(), 1, Integer::sum));
      answers.forEach(a -> answered.merge(a.group(), 1, Integer::sum));
      var withheld =
          WaveRule.decide(
              answered,
              settings.minimumAnswers(),
              settings.managerMayBeShownAlone(),
              true,
              Map.of());
      var cells = new EnumMap<Unit, Cell<Response>>(Unit.class);
      int allInvited = 0;
      int allAnswered = 0;
      for (RaterGroup group : RaterGroup.values()) {
        Unit unit = Unit.of(group);
        int i = invited.getOrDefault(group, 0);
        int a = answered.getOrDefault(group, 0);
        allInvited += i;
        allAnswered += a;
        cells.put(
            unit,
            withheld.containsKey(unit)
                ? Cell.withheld(withheld.get(unit))
                : Cell.shown(new Response(i, a)));
      }
      cells.put(Unit.OVERALL, Cell.shown(new Response(allInvited, allAnswered)));
      return cells;
    }

    /**
     * Suggestions per unit, sorted. The anonymity set of a text is everyone in the unit who
     * answered (any of them may have written it), so the text threshold counts respondents.
     */
    private Map<Unit, Cell<List<String>>> suggestionCells(List<Answer> answers) {
      var respondents = new EnumMap<RaterGroup, Integer>(RaterGroup.class);
      var texts = new EnumMap<Unit, List<String>>(Unit.class);
      for (Unit unit : Unit.values()) {
        texts.put(unit, new ArrayList<>());
      }
      for (Answer answer : answers) {
        respondents.merge(answer.group(), 1, Integer::sum);
        if (answer.suggestion() != null) {
          texts.get(Unit.OVERALL).add(answer.suggestion());
          texts.get(Unit.of(answer.group())).add(answer.suggestion());
        }
      }
      var withheld =
          WaveRule.decide(respondents, settings.minimumTextAnswers(), false, false, Map.of());
      var cells = new EnumMap<Unit, Cell<List<String>>>(Unit.class);
      for (Unit unit : Unit.values()) {
        if (withheld.containsKey(unit)) {
          cells.put(unit, Cell.withheld(withheld.get(unit)));
        } else {
          cells.put(unit, Cell.shown(texts.get(unit).stream().sorted().toList()));
        }
      }
      return cells;
    }
  }
}

package app.velocity.delegation.analysis;

import static app.velocity.delegation.analysis.Criticality.CRITICAL;
import static app.velocity.delegation.analysis.Criticality.ROUTINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.velocity.motivation.DriveScores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComfortBiasAnalysisTest {

  // People-led executive: Ana and Dee are motivated like him, Ben and Cy are not
  private final DriveScores executive = new DriveScores(70, 20, 10);
  private final Map<String, DriveScores> team =
      Map.of(
          "ana", new DriveScores(60, 30, 10),
          "ben", new DriveScores(10, 70, 20),
          "cy", new DriveScores(10, 20, 70),
          "dee", new DriveScores(65, 15, 20));

  private final List<Decision> history =
      List.of(
          new Decision(
              new DriveScores(10, 70, 20),
              CRITICAL,
              List.of("ana", "ben", "cy"),
              "ana",
              LocalDate.of(2026, 2, 10)),
          new Decision(
              new DriveScores(10, 20, 70),
              CRITICAL,
              List.of("dee", "cy"),
              "dee",
              LocalDate.of(2026, 3, 31)),
          new Decision(
              new DriveScores(60, 30, 10),
              ROUTINE,
              List.of("ana", "ben"),
              "ben",
              LocalDate.of(2026, 4, 1)));

  @Test
  void buildsTheOddsRatioFromCriticalCandidateSlotsOnly() {
    var report = ComfortBiasAnalysis.analyse(executive, team, history);

    // critical slots: chosen & alike 2, chosen & other 0, passed & alike 0, passed & other 3
    var or = report.criticalOddsRatio().orElseThrow();
    assertThat(List.of(or.chosenAlike(), or.chosenOther(), or.passedOverAlike()))
        .containsExactly(2, 0, 0);
    assertThat(or.passedOverOther()).isEqualTo(3);
    assertThat(or.corrected()).isTrue();
    assertThat(or.estimate()).isCloseTo(35, within(1e-9));
    assertThat(or.lower()).isCloseTo(0.502937, within(1e-6));
    assertThat(report.criticalDecisions()).isEqualTo(2);
    assertThat(report.criticalToAlike()).isEqualTo(2);
    assertThat(report.alikeShareOfCriticalCandidates()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void measuresDistancesFitGivenUpConcentrationAndComparison() {
    var report = ComfortBiasAnalysis.analyse(executive, team, history);

    assertThat(report.meanDistances().toChosen()).isCloseTo(35.043221, within(1e-6));
    assertThat(report.meanDistances().toRandomCandidate()).isCloseTo(51.412083, within(1e-6));
    assertThat(report.meanDistances().toBestFit()).isCloseTo(59.245009, within(1e-6));
    assertThat(report.meanFitGivenUp()).isCloseTo(48.109928, within(1e-6));
    // critical work per person: ana 1, dee 1, ben 0, cy 0
    assertThat(report.criticalWorkGini()).isCloseTo(0.5, within(1e-12));
    assertThat(report.shareComparingThreeOrMore()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void groupsDatedDecisionsByCalendarQuarter() {
    var report = ComfortBiasAnalysis.analyse(executive, team, history);

    assertThat(report.trend())
        .extracting(QuarterTrend::label)
        .containsExactly("2026-Q1", "2026-Q2");
    assertThat(report.trend().get(0).decisions()).isEqualTo(2);
    assertThat(report.trend().get(0).shareToAlike()).isEqualTo(1.0);
    assertThat(report.trend().get(1).shareToAlike()).isEqualTo(0.0);
    assertThat(report.trend().get(1).meanFitGivenUp()).isCloseTo(45.825757, within(1e-6));
  }

  @Test
  void summarisesInPlainWordsWithTheNumbers() {
    var report = ComfortBiasAnalysis.analyse(executive, team, history);

    assertThat(report.summary())
        .contains("2 of your last 2 critical pieces of work went to people motivated like you.")
        .anySatisfy(s -> assertThat(s).contains("2 (100%) went to people motivated like you"))
        .anySatisfy(s -> assertThat(s).contains("too early to tell"));
    assertThat(report.similarityEffect().tested()).isFalse();
    assertThat(report.biasDetected()).isFalse();
  }

  @Test
  void rejectsADecisionNamingAnUnknownPerson() {
    var withStranger = new ArrayList<>(history);
    withStranger.add(
        new Decision(new DriveScores(30, 30, 40), ROUTINE, List.of("ana", "zoe"), "ana"));

    assertThatThrownBy(() -> ComfortBiasAnalysis.analyse(executive, team, withStranger))
        .isInstanceOf(UnknownPerson.class)
        .hasMessageContaining("decision #3")
        .hasMessageContaining("'zoe'");
  }

  @Test
  void rejectsAChosenPersonWhoWasNotACandidate() {
    var wrong =
        List.of(new Decision(new DriveScores(30, 30, 40), CRITICAL, List.of("ana", "ben"), "cy"));

    assertThatThrownBy(() -> ComfortBiasAnalysis.analyse(executive, team, wrong))
        .isInstanceOfSatisfying(
            ChosenNotAmongCandidates.class,
            e -> {
              assertThat(e.decisionIndex()).isZero();
              assertThat(e.chosenId()).isEqualTo("cy");
            })
        .hasMessageContaining("decision #0")
        .hasMessageContaining("'cy'");
  }

  @Test
  void rejectsADecisionWithASingleCandidate() {
    assertThatThrownBy(
            () -> new Decision(new DriveScores(30, 30, 40), CRITICAL, List.of("ana"), "ana"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two");
  }

  @Test
  void reportsNothingToMeasureForAnEmptyHistory() {
    var report = ComfortBiasAnalysis.analyse(executive, team, List.of());
    assertThat(report.decisions()).isZero();
    assertThat(report.criticalOddsRatio()).isEmpty();
    assertThat(report.summary()).singleElement().asString().contains("No delegation decisions");
  }

  /**
   * An executive near the centre of the triangle, who always picks the best fit, in a history where
   * the best fit always happens to be the person most like him: similarity and choice go together
   * perfectly, yet nothing in it is comfort bias.
   */
  @Test
  void neverCountsChoosingTheBestFitAsBias() {
    var random = new SplittableRandom(42);
    var centreExecutive = new DriveScores(36, 33, 31);
    var people = new LinkedHashMap<String, DriveScores>();
    for (int i = 0; i < 10; i++) {
      people.put("p" + i, ComfortBiasSimulation.uniform(random));
    }
    var ids = new ArrayList<>(people.keySet());
    var decisions = new ArrayList<Decision>();
    while (decisions.size() < 40) {
      var demand = ComfortBiasSimulation.uniform(random);
      var candidates = new ArrayList<String>();
      while (candidates.size() < 3 + random.nextInt(3)) {
        String id = ids.get(random.nextInt(ids.size()));
        if (!candidates.contains(id)) {
          candidates.add(id);
        }
      }
      String best = argMax(candidates, id -> MotivationalFit.of(people.get(id), demand));
      String closest = argMax(candidates, id -> -people.get(id).distanceTo(centreExecutive));
      if (best.equals(closest)) {
        decisions.add(new Decision(demand, CRITICAL, candidates, best));
      }
    }

    var report = ComfortBiasAnalysis.analyse(centreExecutive, people, decisions);

    // the raw pattern looks like comfort: the chosen are much closer than a random candidate
    assertThat(report.meanDistances().toChosen())
        .isLessThan(report.meanDistances().toRandomCandidate() - 5);
    assertThat(report.meanFitGivenUp()).isZero();
    assertThat(report.similarityEffect().tested()).isTrue();
    assertThat(report.biasDetected()).isFalse();
    assertThat(report.similarityEffect().pValue()).isGreaterThan(SimilarityEffect.ALPHA);
  }

  @Test
  void detectsAnExecutiveWhoPicksThePersonMostLikeHimOverABetterFit() {
    var random = new SplittableRandom(43);
    var people = new LinkedHashMap<String, DriveScores>();
    for (int i = 0; i < 10; i++) {
      people.put("p" + i, ComfortBiasSimulation.uniform(random));
    }
    var ids = new ArrayList<>(people.keySet());
    var decisions = new ArrayList<Decision>();
    for (int t = 0; t < 30; t++) {
      var demand = ComfortBiasSimulation.uniform(random);
      var candidates = new ArrayList<String>();
      while (candidates.size() < 4) {
        String id = ids.get(random.nextInt(ids.size()));
        if (!candidates.contains(id)) {
          candidates.add(id);
        }
      }
      String closest = argMax(candidates, id -> -people.get(id).distanceTo(executive));
      decisions.add(new Decision(demand, CRITICAL, candidates, closest));
    }

    var report = ComfortBiasAnalysis.analyse(executive, people, decisions);

    assertThat(report.biasDetected()).isTrue();
    assertThat(report.similarityEffect().similarityCoefficient()).isPositive();
    assertThat(report.summary()).anySatisfy(s -> assertThat(s).contains("Even after allowing"));
  }

  private static String argMax(
      List<String> ids, java.util.function.ToDoubleFunction<String> score) {
    String best = ids.get(0);
    for (String id : ids) {
      if (score.applyAsDouble(id) > score.applyAsDouble(best)) {
        best = id;
      }
    }
    return best;
  }

  /** Cy stopped sharing: only that he was not motivated like the executive is kept of him. */
  private final Map<String, DriveScores> withoutCy =
      Map.of(
          "ana", team.get("ana"),
          "ben", team.get("ben"),
          "dee", team.get("dee"));

  @Test
  void aWithheldCandidateCountsInWhomTheWorkWentToAndInNothingThatNeedsAScore() {
    var full = ComfortBiasAnalysis.analyse(executive, team, history);
    var report = ComfortBiasAnalysis.analyse(executive, withoutCy, Map.of("cy", false), history);

    assertThat(report.decisions()).isEqualTo(3);
    assertThat(report.measuredDecisions()).isEqualTo(1);
    assertThat(report.criticalOddsRatio()).isEqualTo(full.criticalOddsRatio());
    assertThat(report.criticalToAlike()).isEqualTo(full.criticalToAlike());
    assertThat(report.alikeShareOfCriticalCandidates())
        .isEqualTo(full.alikeShareOfCriticalCandidates());
    assertThat(report.criticalWorkGini()).isEqualTo(full.criticalWorkGini());
    assertThat(report.shareComparingThreeOrMore()).isEqualTo(full.shareComparingThreeOrMore());

    // distances and fit given up are those of the one decision that did not weigh Cy
    var measuredOnly = ComfortBiasAnalysis.analyse(executive, team, List.of(history.get(2)));
    assertThat(report.meanDistances()).isEqualTo(measuredOnly.meanDistances());
    assertThat(report.meanFitGivenUp()).isEqualTo(measuredOnly.meanFitGivenUp());
    assertThat(report.trend())
        .extracting(QuarterTrend::label, QuarterTrend::decisions, QuarterTrend::measured)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-Q1", 2, 0),
            org.assertj.core.groups.Tuple.tuple("2026-Q2", 1, 1));
    assertThat(report.summary())
        .anyMatch(s -> s.startsWith("2 of your 3 decisions weighed someone who has since stopped"));
    assertThat(full.measuredDecisions()).isEqualTo(3);
    assertThat(full.summary()).noneMatch(s -> s.contains("stopped sharing"));
  }

  @Test
  void withEveryDecisionWeighingSomeoneWithheldNothingIsMeasuredAndTheTestIsNotRun() {
    List<Decision> withCy = history.subList(0, 2);
    var report = ComfortBiasAnalysis.analyse(executive, withoutCy, Map.of("cy", false), withCy);
    assertThat(report.measuredDecisions()).isZero();
    assertThat(report.similarityEffect().tested()).isFalse();
    assertThat(report.summary())
        .noneMatch(s -> s.startsWith("The person you chose was on average"))
        .anyMatch(s -> s.contains("so those cannot be measured at all"));
  }

  @Test
  void theNudgeNeedsOnlyWhetherAWithheldCandidateWasAlike() {
    assertThat(Nudge.from(history, executive, withoutCy, Map.of("cy", false)))
        .isEqualTo(Nudge.from(history, executive, team));
  }

  @Test
  void aPersonCannotBeBothKnownAndWithheld() {
    assertThatThrownBy(
            () -> ComfortBiasAnalysis.analyse(executive, team, Map.of("cy", false), history))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cy");
  }

  /** The same history with every decision carrying the executive's scores at the time. */
  private List<Decision> carrying(List<Decision> decisions, DriveScores then) {
    return decisions.stream()
        .map(
            d ->
                new Decision(
                    d.demand(),
                    d.criticality(),
                    d.candidateIds(),
                    d.chosenId(),
                    d.decidedOn(),
                    then))
        .toList();
  }

  @Test
  void aDecisionIsJudgedAgainstTheExecutiveAsHeWasWhenHeMadeIt() {
    // a Process-led profile given for the whole history changes nothing once every decision
    // carries the People-led one he had then
    var processLed = new DriveScores(10, 20, 70);
    var asHeWas = ComfortBiasAnalysis.analyse(processLed, team, carrying(history, executive));
    assertThat(asHeWas).isEqualTo(ComfortBiasAnalysis.analyse(executive, team, history));
    assertThat(asHeWas).isNotEqualTo(ComfortBiasAnalysis.analyse(processLed, team, history));
  }

  @Test
  void aRetakeChangesOnlyTheDecisionsMadeAfterIt() {
    // the first two decisions were made as People-led, the third after a retake as Process-led
    var processLed = new DriveScores(10, 20, 70);
    List<Decision> mixed = new ArrayList<>(carrying(history.subList(0, 2), executive));
    mixed.addAll(carrying(history.subList(2, 3), processLed));
    var report = ComfortBiasAnalysis.analyse(processLed, team, mixed);

    var earlier = ComfortBiasAnalysis.analyse(executive, team, history.subList(0, 2));
    var later = ComfortBiasAnalysis.analyse(processLed, team, history.subList(2, 3));
    // the critical decisions are the first two, judged as he was then
    assertThat(report.criticalOddsRatio()).isEqualTo(earlier.criticalOddsRatio());
    assertThat(report.criticalToAlike()).isEqualTo(2);
    assertThat(report.meanDistances().toChosen())
        .isCloseTo(
            (2 * earlier.meanDistances().toChosen() + later.meanDistances().toChosen()) / 3,
            within(1e-9));
    assertThat(report.meanDistances().toRandomCandidate())
        .isCloseTo(
            (2 * earlier.meanDistances().toRandomCandidate()
                    + later.meanDistances().toRandomCandidate())
                / 3,
            within(1e-9));
    // Ben went the routine way in Q2: as Process-led, Ben (10/70/20) is not alike either
    assertThat(report.trend().get(1).shareToAlike()).isZero();
  }

  @Test
  void theNudgeJudgesEachDecisionAsHeWasThen() {
    // eight critical decisions to Ana, like him as People-led, among Ana, Ben and Cy
    List<Decision> eight = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      eight.add(
          new Decision(
              new DriveScores(10, 20, 70),
              CRITICAL,
              List.of("ana", "ben", "cy"),
              "ana",
              null,
              executive));
    }
    var processLed = new DriveScores(10, 20, 70);
    assertThat(Nudge.from(eight, processLed, team)).isPresent();
    assertThat(Nudge.from(carrying(eight, null), processLed, team)).isEmpty();
  }
}

package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.delegation.analysis.ComfortBiasAnalysis;
import app.velocity.delegation.analysis.ComfortBiasReport;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.delegation.analysis.MotivationalFit;
import app.velocity.delegation.analysis.Nudge;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.Profile;
import app.velocity.organisations.OrganisationId;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The scenario without a database: a Performance-led executive with a strong lean toward
 * people like him over 30 critical decisions, a retake that makes him People-led, then one more
 * decision. Each decision is judged against the executive as he was when he made it.
 */
class DelegationHistoryTest {

  private static final DriveScores BEFORE = new DriveScores(20, 60, 20);
  private static final DriveScores AFTER_RETAKE = new DriveScores(60, 20, 20);
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  /** The demo's colleagues: three Performance-led like him, the others spread out. */
  private static final Map<PersonId, DriveScores> TEAM = new LinkedHashMap<>();

  static {
    for (DriveScores s :
        List.of(
            new DriveScores(10, 20, 70),
            new DriveScores(20, 60, 20),
            new DriveScores(10, 30, 60),
            new DriveScores(30, 60, 10),
            new DriveScores(70, 10, 20),
            new DriveScores(60, 20, 20),
            new DriveScores(20, 20, 60),
            new DriveScores(20, 70, 10))) {
      TEAM.put(new PersonId(UUID.nameUUIDFromBytes(s.toString().getBytes())), s);
    }
  }

  private static final List<DriveScores> DEMANDS =
      List.of(
          new DriveScores(15, 60, 25),
          new DriveScores(10, 20, 70),
          new DriveScores(60, 15, 25),
          new DriveScores(15, 65, 20),
          new DriveScores(10, 25, 65),
          new DriveScores(65, 20, 15));

  /**
   * Thirty critical decisions among four colleagues each (the best fit and one like him among
   * them); three in four go to the colleague most like him rather than the best fit.
   */
  private static List<WorkItem> strongPattern() {
    Random random = new Random(20_261_127L);
    List<WorkItem> out = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      DriveScores demand = DEMANDS.get(i % DEMANDS.size());
      List<PersonId> ranked = ranked(demand);
      List<PersonId> rest = new ArrayList<>(ranked.subList(1, ranked.size()));
      Collections.shuffle(rest, random);
      List<PersonId> considered = new ArrayList<>(List.of(ranked.get(0)));
      rest.stream()
          .filter(p -> TEAM.get(p).distanceTo(BEFORE) < 20)
          .findFirst()
          .ifPresent(considered::add);
      for (PersonId p : rest) {
        if (considered.size() < 4 && !considered.contains(p)) {
          considered.add(p);
        }
      }
      PersonId closest =
          considered.stream()
              .min(Comparator.comparingDouble(p -> TEAM.get(p).distanceTo(BEFORE)))
              .orElseThrow();
      PersonId chosen = random.nextDouble() < 0.75 ? closest : ranked.get(0);
      out.add(decided(demand, considered, chosen, START.plusDays(10L * i), BEFORE));
    }
    return out;
  }

  private static List<PersonId> ranked(DriveScores demand) {
    return TEAM.keySet().stream()
        .sorted(
            Comparator.comparingDouble((PersonId p) -> -MotivationalFit.of(TEAM.get(p), demand)))
        .toList();
  }

  private static WorkItem decided(
      DriveScores demand,
      List<PersonId> considered,
      PersonId chosen,
      LocalDate on,
      DriveScores executive) {
    List<WorkItem.Snapshot> shown = new ArrayList<>();
    int rank = 1;
    for (PersonId p : ranked(demand)) {
      DriveScores s = TEAM.get(p);
      shown.add(
          new WorkItem.Snapshot(
              p,
              "Colleague " + rank,
              "SELF",
              1,
              new Profile(s, s),
              MotivationalFit.of(s, demand),
              rank++,
              "reason",
              considered.contains(p),
              executive == null
                  ? null
                  : app.velocity.delegation.analysis.Similarity.motivatedAlike(executive, s)));
    }
    return new WorkItem(
        UUID.randomUUID(),
        PersonId.random(),
        OrganisationId.random(),
        "Work",
        "",
        Criticality.CRITICAL,
        demand,
        "",
        null,
        Instant.EPOCH,
        new WorkItem.Decided(on, chosen, "Chosen", "why", executive, shown),
        null);
  }

  private static ComfortBiasReport analyse(DelegationHistory h) {
    return ComfortBiasAnalysis.analyse(h.executive(), h.people(), h.withheld(), h.decisions());
  }

  /** One more decision after the retake: the best fit for Process work, judged as People-led. */
  private static List<WorkItem> plusOneAfterRetake(List<WorkItem> thirty) {
    DriveScores demand = new DriveScores(10, 20, 70);
    List<PersonId> ranked = ranked(demand);
    List<WorkItem> all = new ArrayList<>(thirty);
    all.add(
        decided(demand, ranked.subList(0, 4), ranked.get(0), START.plusDays(400), AFTER_RETAKE));
    return all;
  }

  @Test
  void aRetakeAndOneMoreDecisionLeaveTheEarlierDecisionsReadingAsItWas() {
    List<WorkItem> thirty = strongPattern();
    DelegationHistory before = DelegationHistory.of(thirty, BEFORE, START);
    ComfortBiasReport pattern = analyse(before);
    assertThat(pattern.biasDetected()).isTrue();

    DelegationHistory after = DelegationHistory.of(plusOneAfterRetake(thirty), BEFORE, START);

    // the same 30 decisions read exactly as before: every figure, to the last digit
    ComfortBiasReport earlier =
        ComfortBiasAnalysis.analyse(
            after.executive(), after.people(), after.withheld(), after.decisions().subList(0, 30));
    assertThat(earlier).isEqualTo(pattern);
    assertThat(after.alikeShare().subList(0, 30)).isEqualTo(before.alikeShare());
    assertThat(after.decisions().get(30).executive()).isEqualTo(AFTER_RETAKE);
  }

  @Test
  void oneMoreDecisionMovesThePatternByNoMoreThanOneDecisionCan() {
    List<WorkItem> thirty = strongPattern();
    ComfortBiasReport pattern = analyse(DelegationHistory.of(thirty, BEFORE, START));
    ComfortBiasReport next =
        analyse(DelegationHistory.of(plusOneAfterRetake(thirty), BEFORE, START));

    assertThat(next.biasDetected()).isTrue();
    assertThat(next.criticalDecisions()).isEqualTo(pattern.criticalDecisions() + 1);
    assertThat(next.criticalToAlike() - pattern.criticalToAlike()).isBetween(0, 1);
    var was = pattern.criticalOddsRatio().orElseThrow();
    var is = next.criticalOddsRatio().orElseThrow();
    // the new decision weighed four: each cell of the table moves by at most its four slots
    assertThat(is.chosenAlike() + is.chosenOther())
        .isEqualTo(was.chosenAlike() + was.chosenOther() + 1);
    assertThat(is.passedOverAlike() - was.passedOverAlike()).isBetween(0, 3);
    assertThat(is.passedOverOther() - was.passedOverOther()).isBetween(0, 3);
    // its chosen colleague (10/20/70) lies 40√2 ≈ 56.6 points from the People-led executive
    double added = new DriveScores(10, 20, 70).distanceTo(AFTER_RETAKE);
    assertThat(next.meanDistances().toChosen() * 31)
        .isCloseTo(
            pattern.meanDistances().toChosen() * 30 + added,
            org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theNudgeStillSeesTheLeanOfTheDecisionsBeforeTheRetake() {
    DelegationHistory after =
        DelegationHistory.of(plusOneAfterRetake(strongPattern()), BEFORE, START);
    assertThat(Nudge.from(after.decisions(), after.executive(), after.people())).isPresent();
  }

  @Test
  void decisionsMadeBeforeHisFirstProfileAreJudgedAgainstItAndCounted() {
    List<WorkItem> thirty = strongPattern();
    List<WorkItem> unprofiled = new ArrayList<>();
    for (int i = 0; i < thirty.size(); i++) {
      WorkItem w = thirty.get(i);
      // the first twelve were recorded before he had any profile
      unprofiled.add(i < 12 ? withoutExecutive(w) : w);
    }
    DelegationHistory history = DelegationHistory.of(unprofiled, BEFORE, START.plusDays(115));

    assertThat(history.beforeFirstProfile()).isEqualTo(12);
    assertThat(history.decisions()).allSatisfy(d -> assertThat(d.executive()).isEqualTo(BEFORE));
    assertThat(analyse(history)).isEqualTo(analyse(DelegationHistory.of(thirty, BEFORE, START)));
  }

  @Test
  void aPastDecisionRecordedForADayBeforeHisFirstProfileCountsAsJudgedByIt() {
    // every decision carries his profile, but the first one was completed on day 100
    DelegationHistory history = DelegationHistory.of(strongPattern(), BEFORE, START.plusDays(100));
    // decisions on days 0, 10, …, 90 came before it
    assertThat(history.beforeFirstProfile()).isEqualTo(10);
  }

  @Test
  void withoutAnyProfileOfTheExecutiveThereIsNothingToCompareWith() {
    List<WorkItem> none =
        strongPattern().stream().map(DelegationHistoryTest::withoutExecutive).toList();
    assertThat(DelegationHistory.of(none, null, null)).isNull();
    assertThat(DelegationHistory.of(none, AFTER_RETAKE, START).decisions()).hasSize(30);
  }

  private static WorkItem withoutExecutive(WorkItem w) {
    WorkItem.Decided d = w.decision();
    return w.withDecision(
        new WorkItem.Decided(
            d.on(),
            d.chosen(),
            d.chosenName(),
            d.why(),
            null,
            d.candidates().stream()
                .map(
                    s ->
                        new WorkItem.Snapshot(
                            s.person(),
                            s.name(),
                            s.source(),
                            s.confidence(),
                            s.profile(),
                            s.fit(),
                            s.rank(),
                            s.reason(),
                            s.considered(),
                            null))
                .toList()));
  }
}

package app.velocity.motivation.report;

import static app.velocity.motivation.Drive.PEOPLE;
import static app.velocity.motivation.Drive.PERFORMANCE;
import static app.velocity.motivation.Drive.PROCESS;
import static app.velocity.motivation.report.PairFacts.RegionRelation.BLENDS_SHARE_ONE;
import static app.velocity.motivation.report.PairFacts.RegionRelation.BOTH_FLEXIBLE;
import static app.velocity.motivation.report.PairFacts.RegionRelation.SAME_REGION;
import static app.velocity.motivation.report.PairFacts.RegionRelation.SINGLES_DIFFER;
import static app.velocity.motivation.report.PairFacts.RegionRelation.THEIRS_IN_YOUR_BLEND;
import static app.velocity.motivation.report.PairFacts.RegionRelation.THEIRS_OUTSIDE_YOUR_BLEND;
import static app.velocity.motivation.report.PairFacts.RegionRelation.THEY_ARE_FLEXIBLE;
import static app.velocity.motivation.report.PairFacts.RegionRelation.YOURS_IN_THEIR_BLEND;
import static app.velocity.motivation.report.PairFacts.RegionRelation.YOURS_OUTSIDE_THEIR_BLEND;
import static app.velocity.motivation.report.PairFacts.RegionRelation.YOU_ARE_FLEXIBLE;
import static app.velocity.motivation.report.PairPlaybookWordingTest.self;
import static app.velocity.motivation.report.ProfileReportTest.CALC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.ConflictStage;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.TypeRule;
import app.velocity.motivation.report.PairFacts.RegionRelation;
import app.velocity.motivation.report.PairFacts.StageMeeting;
import app.velocity.motivation.report.PairPlaybook.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first step of the pair playbook: what there is to say about a pair, before any wording. */
class PairFactsTest {

  private static PairFacts facts(Person you, Person them) {
    return PairFacts.of(you, them, CALC.settings());
  }

  @Test
  void findsTheWidestGapAndTheDrivesWhereEachStandsAbove() {
    PairFacts f = facts(self("You", 20, 60, 20, 15, 70, 15), self("Sam", 45, 10, 45, 40, 30, 30));
    assertThat(f.widest().drive()).isEqualTo(PERFORMANCE);
    assertThat(f.widest().difference()).isEqualTo(-50);
    assertThat(f.theyExceedYou().drive()).isEqualTo(PEOPLE); // 25 on People and Process: the first
    assertThat(f.theyExceedYou().difference()).isEqualTo(25);
    assertThat(f.youExceedThem().drive()).isEqualTo(PERFORMANCE);
    assertThat(f.youExceedThem().yours()).isEqualTo(60);
    assertThat(f.youExceedThem().theirs()).isEqualTo(10);
    assertThat(f.distance())
        .isCloseTo(Math.sqrt(25 * 25 + 50 * 50 + 25 * 25) / Math.sqrt(2), within(1e-9));
    assertThat(f.sharedBlindSpot()).isEqualTo(PEOPLE); // 20 + 45 = 65, against Process 20 + 45
  }

  @Test
  void readsBothRegionsWithTheirLeaning() {
    // 45/33/22: Performance is 0.3 below the centre, so People leaning toward People & Performance
    PairFacts f = facts(self("You", 20, 60, 20, 15, 70, 15), self("Sam", 45, 33, 22, 40, 30, 30));
    assertThat(f.them().region().type()).isEqualTo(MotivationalType.PEOPLE);
    assertThat(f.them().region().leaningToward()).contains(MotivationalType.PEOPLE_PERFORMANCE);
    assertThat(f.them().region().kind()).isEqualTo(PairFacts.Kind.SINGLE);
    assertThat(f.you().region().leaning()).isFalse();
    assertThat(f.you().region().distanceToBoundary()).isGreaterThan(3);
  }

  @Test
  void leaningIsTheAnalysisOwnAndPointsAcrossTheNearestBoundary() {
    TypeRule rule = new TypeRule(CALC.settings());
    for (int[] c : ProfileReportTest.grid(1)) {
      ProfileAnalysis a =
          CALC.analyse(
              new Profile(new DriveScores(c[0], c[1], c[2]), new DriveScores(c[0], c[1], c[2])));
      PairFacts.Region r = PairFacts.Side.of(Person.selfReported("Sam", a), rule).region();
      assertThat(r.leaning()).isEqualTo(a.leaning());
      r.leaningToward()
          .ifPresent(
              toward ->
                  assertThat(toward)
                      .isEqualTo(
                          NearestRegion.across(
                              rule, a.profile().goingWell(), a.distanceToBoundary()))
                      .isNotEqualTo(a.type()));
    }
  }

  @Test
  void relatesTheTwoRegions() {
    Object[][] cases = {
      {MotivationalType.PEOPLE, MotivationalType.PEOPLE, SAME_REGION},
      {MotivationalType.PEOPLE_PROCESS, MotivationalType.PEOPLE_PROCESS, SAME_REGION},
      {MotivationalType.PEOPLE, MotivationalType.PROCESS, SINGLES_DIFFER},
      {MotivationalType.PEOPLE, MotivationalType.PEOPLE_PROCESS, YOURS_IN_THEIR_BLEND},
      {MotivationalType.PERFORMANCE, MotivationalType.PEOPLE_PROCESS, YOURS_OUTSIDE_THEIR_BLEND},
      {MotivationalType.PEOPLE_PROCESS, MotivationalType.PROCESS, THEIRS_IN_YOUR_BLEND},
      {MotivationalType.PEOPLE_PROCESS, MotivationalType.PERFORMANCE, THEIRS_OUTSIDE_YOUR_BLEND},
      {MotivationalType.PEOPLE_PROCESS, MotivationalType.PERFORMANCE_PROCESS, BLENDS_SHARE_ONE},
      {MotivationalType.PEOPLE, MotivationalType.FLEXIBLE, THEY_ARE_FLEXIBLE},
      {MotivationalType.FLEXIBLE, MotivationalType.PEOPLE_PROCESS, YOU_ARE_FLEXIBLE},
      {MotivationalType.FLEXIBLE, MotivationalType.FLEXIBLE, BOTH_FLEXIBLE}
    };
    for (Object[] c : cases) {
      assertThat(relation((MotivationalType) c[0], (MotivationalType) c[1]))
          .as("%s with %s", c[0], c[1])
          .isEqualTo(c[2]);
    }
    List<RegionRelation> all = new ArrayList<>();
    for (MotivationalType a : MotivationalType.values()) {
      for (MotivationalType b : MotivationalType.values()) {
        all.add(relation(a, b));
      }
    }
    assertThat(all).containsAll(List.of(RegionRelation.values()));
  }

  private static RegionRelation relation(MotivationalType yours, MotivationalType theirs) {
    return RegionRelation.of(yours, theirs);
  }

  @Test
  void eachStageOfASequenceHoldsTheDrivesThatSpanIt() {
    // People and Performance tied in front: both of them at stages 1 and 2, Process at 3
    ConflictSequence tiedInFront = ConflictSequence.PEOPLE_AND_PERFORMANCE_THEN_PROCESS;
    assertThat(PairFacts.Side.drivesAt(tiedInFront, ConflictStage.FIRST))
        .containsExactly(PEOPLE, PERFORMANCE);
    assertThat(PairFacts.Side.drivesAt(tiedInFront, ConflictStage.SECOND))
        .containsExactly(PEOPLE, PERFORMANCE);
    assertThat(PairFacts.Side.drivesAt(tiedInFront, ConflictStage.THIRD)).containsExactly(PROCESS);
    ConflictSequence allTied = ConflictSequence.PEOPLE_AND_PERFORMANCE_AND_PROCESS;
    for (ConflictStage stage : ConflictStage.values()) {
      assertThat(PairFacts.Side.drivesAt(allTied, stage)).hasSize(3);
    }
    for (ConflictSequence s : ConflictSequence.values()) {
      List<Drive> seen = new ArrayList<>();
      for (ConflictStage stage : ConflictStage.values()) {
        for (Drive d : PairFacts.Side.drivesAt(s, stage)) {
          if (!seen.contains(d)) {
            seen.add(d);
          }
        }
      }
      assertThat(seen).as(s.code()).containsExactlyInAnyOrder(Drive.values());
    }
  }

  @Test
  void aTiedStageIsMetByItsRiskiestPairing() {
    // you: People and Process tied in front; Sam asserts: accommodating meets asserting (3) is
    // riskier than analysing meets asserting (2)
    StageMeeting m =
        StageMeeting.at(
            ConflictStage.FIRST,
            ConflictSequence.PEOPLE_AND_PROCESS_THEN_PERFORMANCE,
            ConflictSequence.PERFORMANCE_THEN_PEOPLE_THEN_PROCESS);
    assertThat(m.yours()).containsExactly(PEOPLE, PROCESS);
    assertThat(m.yourMove()).isEqualTo(PEOPLE);
    assertThat(m.theirMove()).isEqualTo(PERFORMANCE);
    // nothing asserts: all pairings weigh the same, so the first in canonical order
    StageMeeting calm =
        StageMeeting.at(
            ConflictStage.FIRST,
            ConflictSequence.PEOPLE_AND_PROCESS_THEN_PERFORMANCE,
            ConflictSequence.PROCESS_THEN_PEOPLE_THEN_PERFORMANCE);
    assertThat(calm.yourMove()).isEqualTo(PEOPLE);
    assertThat(calm.theirMove()).isEqualTo(PROCESS);
    assertThat(StageMeeting.risk(PERFORMANCE, PERFORMANCE))
        .isEqualTo(StageMeeting.risk(PEOPLE, PERFORMANCE))
        .isEqualTo(3);
    assertThat(StageMeeting.risk(PROCESS, PERFORMANCE)).isEqualTo(2);
    assertThat(StageMeeting.risk(PEOPLE, PROCESS))
        .isEqualTo(StageMeeting.risk(PROCESS, PROCESS))
        .isEqualTo(1);
  }

  @Test
  void carriesTheEstimateAndItsConfidence() {
    Person you = self("You", 20, 60, 20, 15, 70, 15);
    Person lee =
        Person.estimated(
            "Lee",
            CALC.analyse(new Profile(new DriveScores(30, 30, 40), new DriveScores(30, 30, 40))),
            0.45);
    PairFacts f = facts(you, lee);
    assertThat(f.them().estimate()).isTrue();
    assertThat(f.them().confidence()).isEqualTo(0.45);
    assertThat(f.you().estimate()).isFalse();
  }
}

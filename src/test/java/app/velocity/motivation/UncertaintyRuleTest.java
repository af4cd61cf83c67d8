package app.velocity.motivation;

import static app.velocity.motivation.MotivationalType.FLEXIBLE;
import static app.velocity.motivation.MotivationalType.PEOPLE;
import static app.velocity.motivation.MotivationalType.PEOPLE_PERFORMANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UncertaintyRuleTest {

  private static final ModelSettings SETTINGS = ModelSettings.defaults();
  private static final double C = 100.0 / 3;
  private static final double H = SETTINGS.h();

  private final UncertaintyRule rule = new UncertaintyRule(SETTINGS, 1.0);

  @Test
  void aTypeIsFirmWhenTheRegionStaysInsideItsRegion() {
    ScoreError se2 = new ScoreError(4, 4, -2); // every drive ±2 points
    TypeReading deep = rule.readType(new DriveScores(70, 15, 15), se2);
    assertThat(deep.firm()).isTrue();
    assertThat(deep.spans()).containsExactly(PEOPLE);
    // People 45.5 is 1.2 points above the hexagon's edge: a ±2 region crosses into Flexible
    TypeReading edge = rule.readType(new DriveScores(45.5, 30, 24.5), se2);
    assertThat(edge.firm()).isFalse();
    assertThat(edge.spans()).containsExactly(PEOPLE, FLEXIBLE);
    assertThat(edge.between()).isTrue();
  }

  @Test
  void aConsistentRespondentIsFirmEvenCloserToAnEdgeThanTheLeaningMargin() {
    // 2.2 points from the edge is "leaning" by the fixed margin of 3, but ±1 points stays inside
    DriveScores near = new DriveScores(C + H + 2.2, 30, 100 - (C + H + 2.2) - 30);
    TypeReading reading = rule.readType(near, new ScoreError(1, 1, -0.5));
    assertThat(reading.leaning()).isTrue();
    assertThat(reading.firm()).isTrue();
    // and someone who answered erratically at the same point is not
    assertThat(rule.readType(near, new ScoreError(9, 9, -4.5)).firm()).isFalse();
  }

  @Test
  void firmIsTheSameAsEveryScoreIntervalStayingOnItsSide() {
    // The type regions are bounded by thresholds on single scores, so an ellipse inside the
    // triangle stays inside one exactly when each score ± its reach does: the rule by hand.
    SplittableRandom random = new SplittableRandom(8);
    TypeRule types = new TypeRule(SETTINGS);
    int firm = 0;
    for (int i = 0; i < 40_000; i++) {
      DriveScores s = InventorySimulation.centredProfile(random);
      ScoreError e = ConfidenceRegionTest.randomError(random);
      double radius = 0.3 + 2 * random.nextDouble();
      UncertaintyRule r = new UncertaintyRule(SETTINGS, radius);
      MotivationalType type = types.typeOf(s);
      double[] lo = new double[3];
      double[] hi = new double[3];
      for (Drive d : Drive.values()) {
        double reach = radius * e.standardError(d);
        lo[d.ordinal()] = s.normalised().of(d) - reach;
        hi[d.ordinal()] = s.normalised().of(d) + reach;
      }
      if (lo[0] < 0 || lo[1] < 0 || lo[2] < 0) {
        continue; // the part outside the triangle is no profile and counts for nothing
      }
      boolean byHand = insideByIntervals(type, lo, hi);
      assertThat(r.readType(s, e).firm()).as("%s ± %s × %s", s, radius, e).isEqualTo(byHand);
      firm += byHand ? 1 : 0;
    }
    assertThat(firm).isBetween(2_000, 20_000);
  }

  private static boolean insideByIntervals(MotivationalType type, double[] lo, double[] hi) {
    double e = 1e-9;
    if (type == FLEXIBLE) {
      for (int i = 0; i < 3; i++) {
        if (lo[i] < C - H - e || hi[i] > C + H + e) {
          return false;
        }
      }
      return true;
    }
    boolean inside = true;
    for (Drive d : Drive.values()) {
      int i = d.ordinal();
      boolean named = type.drives().contains(d);
      if (type.isSingle()) {
        inside &= named ? lo[i] >= C + H - e : hi[i] <= C + e;
      } else {
        inside &= named ? lo[i] >= C - e : hi[i] <= C - H + e;
      }
    }
    return inside;
  }

  @Test
  void spansListTheNearestOtherRegionFirst() {
    // Flexible, half a point from the People edge and a little farther from People & Performance
    DriveScores corner = new DriveScores(C + H - 0.5, C - 0.5, 100 - (C + H - 0.5) - (C - 0.5));
    TypeReading reading = rule.readType(corner, new ScoreError(9, 9, -4.5));
    assertThat(reading.spans()).startsWith(FLEXIBLE, PEOPLE).contains(PEOPLE_PERFORMANCE);
  }

  @Test
  void conflictScoresWithinTheErrorOfEachOtherAreTied() {
    ScoreError se2 = new ScoreError(4, 4, -2); // differences ±√12 ≈ 3.5 points
    DriveScores clear = new DriveScores(55, 30, 15);
    assertThat(rule.sequenceWithinError(clear, se2))
        .isEqualTo(ConflictSequence.of(clear, SETTINGS))
        .isEqualTo(ConflictSequence.PEOPLE_THEN_PERFORMANCE_THEN_PROCESS);
    // 7 points apart: beyond the tie tolerance of 5, within 5 + 3.5
    DriveScores close = new DriveScores(45, 38, 17);
    assertThat(ConflictSequence.of(close, SETTINGS))
        .isEqualTo(ConflictSequence.PEOPLE_THEN_PERFORMANCE_THEN_PROCESS);
    assertThat(rule.sequenceWithinError(close, se2))
        .isEqualTo(ConflictSequence.PEOPLE_AND_PERFORMANCE_THEN_PROCESS);
    // a larger error ties all three
    assertThat(rule.sequenceWithinError(new DriveScores(40, 33, 27), new ScoreError(25, 25, -12)))
        .isEqualTo(ConflictSequence.PEOPLE_AND_PERFORMANCE_AND_PROCESS);
  }

  @Test
  void theSequenceWithinTheErrorOnlyAddsTiesAndNeverSkipsAHigherScore() {
    SplittableRandom random = new SplittableRandom(21);
    for (int i = 0; i < 20_000; i++) {
      DriveScores s = InventorySimulation.uniformProfile(random);
      ConflictSequence model = ConflictSequence.of(s, SETTINGS);
      ConflictSequence wide = rule.sequenceWithinError(s, ConfidenceRegionTest.randomError(random));
      assertThat(wide.contradicts(model)).as("%s", s).isFalse();
      assertThat(wide.stages().size()).isLessThanOrEqualTo(model.stages().size());
      for (Drive a : Drive.values()) {
        for (Drive b : Drive.values()) {
          if (s.of(a) > s.of(b)) {
            assertThat(wide.stageIndexOf(a)).isLessThanOrEqualTo(wide.stageIndexOf(b));
          }
        }
      }
    }
  }

  @Test
  void contradictionNeedsAPairOrderedBothWays() {
    ConflictSequence pfr = ConflictSequence.PEOPLE_THEN_PERFORMANCE_THEN_PROCESS;
    assertThat(pfr.contradicts(ConflictSequence.PERFORMANCE_THEN_PEOPLE_THEN_PROCESS)).isTrue();
    assertThat(pfr.contradicts(ConflictSequence.PEOPLE_AND_PERFORMANCE_THEN_PROCESS)).isFalse();
    assertThat(pfr.contradicts(ConflictSequence.PEOPLE_AND_PERFORMANCE_AND_PROCESS)).isFalse();
    assertThat(pfr.contradicts(pfr)).isFalse();
    assertThat(
            ConflictSequence.PROCESS_THEN_PEOPLE_AND_PERFORMANCE.contradicts(
                ConflictSequence.PEOPLE_AND_PERFORMANCE_THEN_PROCESS))
        .isTrue();
  }

  @Test
  void readingAProfileKeepsTheModelsAnswersAndAddsTheRegions() {
    ProfileAnalysis a =
        new ProfileCalculator(SETTINGS)
            .analyse(new Profile(new DriveScores(45.5, 30, 24.5), new DriveScores(45, 38, 17)));
    ScoreError se2 = new ScoreError(4, 4, -2);
    ProfileReading reading = rule.read(a, new ProfileError(se2, se2));
    assertThat(reading.analysis()).isSameAs(a);
    assertThat(reading.type().type()).isEqualTo(a.type());
    assertThat(reading.type().firm()).isFalse();
    assertThat(reading.sequenceWidened()).isTrue();
    assertThat(reading.goingWellRegion().centre()).isEqualTo(a.profile().goingWell().normalised());
    assertThat(reading.conflictRegion().reach(Drive.PEOPLE))
        .isCloseTo(2, org.assertj.core.api.Assertions.within(1e-12));
  }
}

package app.velocity.motivation;

import static app.velocity.motivation.MotivationalType.FLEXIBLE;
import static app.velocity.motivation.MotivationalType.PEOPLE;
import static app.velocity.motivation.MotivationalType.PEOPLE_PERFORMANCE;
import static app.velocity.motivation.MotivationalType.PEOPLE_PROCESS;
import static app.velocity.motivation.MotivationalType.PERFORMANCE;
import static app.velocity.motivation.MotivationalType.PERFORMANCE_PROCESS;
import static app.velocity.motivation.MotivationalType.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeRuleTest {

  static final double C = 100.0 / 3;
  static final double H = 11;
  final TypeRule rule = new TypeRule(ModelSettings.defaults());

  /** Scores with Process taking what is left of 100. */
  static DriveScores scores(double people, double performance) {
    return new DriveScores(people, performance, 100 - people - performance);
  }

  MotivationalType type(double people, double performance) {
    return rule.typeOf(scores(people, performance));
  }

  @Test
  void centreIsFlexible() {
    assertThat(rule.typeOf(DriveScores.centre())).isEqualTo(FLEXIBLE);
  }

  @Test
  void hexagonCornersAreFlexibleInclusive() {
    // the corners are the permutations of (44⅓, 33⅓, 22⅓)
    assertThat(type(C + H, C)).isEqualTo(FLEXIBLE);
    assertThat(type(C + H, C - H)).isEqualTo(FLEXIBLE);
    assertThat(type(C, C + H)).isEqualTo(FLEXIBLE);
    assertThat(type(C - H, C + H)).isEqualTo(FLEXIBLE);
    assertThat(type(C, C - H)).isEqualTo(FLEXIBLE);
    assertThat(type(C - H, C)).isEqualTo(FLEXIBLE);
  }

  @Test
  void upperHexagonEdgeIsFlexibleAndJustBeyondIsNot() {
    assertThat(type(C + H, 27.5)).isEqualTo(FLEXIBLE);
    assertThat(type(C + H + 0.01, 27.5)).isEqualTo(PEOPLE);
    assertThat(type(27.5, C + H)).isEqualTo(FLEXIBLE);
    assertThat(type(27.5, C + H + 0.01)).isEqualTo(PERFORMANCE);
    assertThat(type(27.5, 100 - (C + H) - 27.5)).isEqualTo(FLEXIBLE);
    assertThat(type(27.5, 100 - (C + H + 0.01) - 27.5)).isEqualTo(PROCESS);
  }

  @Test
  void lowerHexagonEdgeIsFlexibleAndJustBelowIsABlendOfTheOtherTwo() {
    assertThat(type(C - H, 39)).isEqualTo(FLEXIBLE);
    assertThat(type(C - H - 0.01, 39)).isEqualTo(PERFORMANCE_PROCESS);
    assertThat(type(39, C - H)).isEqualTo(FLEXIBLE);
    assertThat(type(39, C - H - 0.01)).isEqualTo(PEOPLE_PROCESS);
    assertThat(type(39, 100 - (C - H) - 39)).isEqualTo(FLEXIBLE);
    assertThat(type(39, 100 - (C - H - 0.01) - 39)).isEqualTo(PEOPLE_PERFORMANCE);
  }

  @Test
  void aScoreExactlyAtTheCentreIsNotAbove() {
    assertThat(type(C + H + 0.01, C)).isEqualTo(PEOPLE);
    assertThat(type(60, C)).isEqualTo(PEOPLE);
    assertThat(type(60, C + 0.001)).isEqualTo(PEOPLE_PERFORMANCE);
    assertThat(type(60, C - 0.001)).isEqualTo(PEOPLE);
    assertThat(type(C, 60)).isEqualTo(PERFORMANCE);
    assertThat(type(C + 0.001, 60)).isEqualTo(PEOPLE_PERFORMANCE);
    assertThat(type(100 - 60 - C, 60)).isEqualTo(PERFORMANCE);
    assertThat(type(100 - 60 - C - 0.001, 60)).isEqualTo(PERFORMANCE_PROCESS);
  }

  @Test
  void scoresWithinEpsilonOfTheHexagonCountAsOnIt() {
    assertThat(type(C + H + 1e-10, C)).isEqualTo(FLEXIBLE);
    assertThat(type(C + H + 1e-6, C)).isEqualTo(PEOPLE);
  }

  @Test
  void everyTypeOccurs() {
    assertThat(rule.typeOf(DriveScores.vertex(Drive.PEOPLE))).isEqualTo(PEOPLE);
    assertThat(rule.typeOf(DriveScores.vertex(Drive.PERFORMANCE))).isEqualTo(PERFORMANCE);
    assertThat(rule.typeOf(DriveScores.vertex(Drive.PROCESS))).isEqualTo(PROCESS);
    assertThat(type(50, 50)).isEqualTo(PEOPLE_PERFORMANCE);
    assertThat(type(0, 50)).isEqualTo(PERFORMANCE_PROCESS);
    assertThat(type(50, 0)).isEqualTo(PEOPLE_PROCESS);
    assertThat(type(40, 30)).isEqualTo(FLEXIBLE);
  }

  @Test
  void toleratesScoresThatDriftFromOneHundred() {
    // All three are above 33⅓ before rescaling; the sum drift is within DriveScores' tolerance.
    assertThat(rule.typeOf(new DriveScores(33.3366, 33.3366, 33.3366))).isEqualTo(FLEXIBLE);
    assertThat(rule.typeOf(new DriveScores(44.34, 44.34, 11.325))).isEqualTo(PEOPLE_PERFORMANCE);
  }

  @Test
  void centreLiesHFromTheNearestBoundary() {
    assertThat(rule.distanceToBoundary(DriveScores.centre())).isCloseTo(H, within(1e-9));
    assertThat(rule.isLeaning(DriveScores.centre())).isFalse();
  }

  @Test
  void aProfileOnABoundaryHasDistanceZeroAndIsLeaning() {
    assertThat(rule.distanceToBoundary(scores(C + H, C))).isCloseTo(0, within(1e-9));
    assertThat(rule.isLeaning(scores(60, C))).isTrue();
    assertThat(rule.isLeaning(scores(C - H, 39))).isTrue();
  }

  @Test
  void leaningIsStrictlyCloserThanTheMargin() {
    assertThat(rule.distanceToBoundary(scores(C + H - 2.9, 30))).isCloseTo(2.9, within(1e-9));
    assertThat(rule.isLeaning(scores(C + H - 2.9, 30))).isTrue();
    assertThat(rule.distanceToBoundary(scores(C + H - 3, 30))).isCloseTo(3, within(1e-9));
    assertThat(rule.isLeaning(scores(C + H - 3, 30))).isFalse();
    assertThat(rule.isLeaning(scores(C + H - 3.1, 30))).isFalse();
    assertThat(rule.isLeaning(scores(60, C + 2.99))).isTrue();
    assertThat(rule.isLeaning(scores(60, C + 3))).isFalse();
  }

  @Test
  void distanceInsideASingleRegionIsToTheNearestCentreLine() {
    // Performance must rise 13⅓ (taken from People) to reach 33⅓ and make a blend.
    assertThat(rule.distanceToBoundary(new DriveScores(60, 20, 20)))
        .isCloseTo(C - 20, within(1e-9));
  }

  @Test
  void distanceToAPieceIsToItsNearerEndWhenTheClosestLinePointsMissIt() {
    // From (60, 20, 20) to the piece Performance = 33⅓, Process ∈ [44⅓, 66⅔]: the cheapest moves
    // onto the line keep Process in [6⅔, 20], off the piece, so the nearest point is its end
    // (22⅓, 33⅓, 44⅓), 37⅔ points away on People.
    assertThat(TypeRule.piece(20, 20, 60, C, C + H, 2 * C)).isCloseTo(60 - (C - H), within(1e-9));
    // the same line's other piece, Process ∈ [0, 22⅓], is reached by the cheapest moves: 13⅓
    assertThat(TypeRule.piece(20, 20, 60, C, 0, C - H)).isCloseTo(C - 20, within(1e-9));
  }

  @Test
  void typeNamesExactlyTheDrivesAboveTheCentreOutsideTheHexagon() {
    Random random = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      assertTypeNamesTheDrivesAboveTheCentre(random.nextDouble() * 100, random.nextDouble() * 100);
    }
  }

  private void assertTypeNamesTheDrivesAboveTheCentre(double a, double b) {
    double people = Math.min(a, b);
    double performance = Math.max(a, b) - people;
    DriveScores s = new DriveScores(people, performance, 100 - people - performance);
    MotivationalType type = rule.typeOf(s);
    boolean inHexagon = true;
    Set<Drive> above = EnumSet.noneOf(Drive.class);
    for (Drive d : Drive.values()) {
      inHexagon &= Math.abs(s.of(d) - C) <= H + 1e-9;
      if (s.of(d) > C + 1e-9) {
        above.add(d);
      }
    }
    if (inHexagon) {
      assertThat(type).isEqualTo(FLEXIBLE);
    } else {
      assertThat(above).hasSizeBetween(1, 2);
      assertThat(type.drives()).isEqualTo(above);
    }
  }

  @Test
  void swappingTwoScoresSwapsTheTypeAndKeepsTheDistance() {
    Random random = new Random(11);
    for (int n = 0; n < 50_000; n++) {
      assertSwapSymmetry(random.nextDouble() * 100, random.nextDouble() * 100);
    }
  }

  private void assertSwapSymmetry(double a, double b) {
    double people = Math.min(a, b);
    double performance = Math.max(a, b) - people;
    double process = 100 - people - performance;
    DriveScores s = new DriveScores(people, performance, process);
    DriveScores swapped = new DriveScores(performance, people, process);
    Set<Drive> expected = EnumSet.noneOf(Drive.class);
    for (Drive d : rule.typeOf(s).drives()) {
      expected.add(
          d == Drive.PEOPLE ? Drive.PERFORMANCE : d == Drive.PERFORMANCE ? Drive.PEOPLE : d);
    }
    assertThat(rule.typeOf(swapped).drives()).isEqualTo(expected);
    assertThat(rule.distanceToBoundary(swapped))
        .isCloseTo(rule.distanceToBoundary(s), within(1e-9));
  }
}

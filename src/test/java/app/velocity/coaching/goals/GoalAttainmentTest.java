package app.velocity.coaching.goals;

import static app.velocity.coaching.goals.AttainmentLevel.EXPECTED;
import static app.velocity.coaching.goals.AttainmentLevel.LESS_THAN_EXPECTED;
import static app.velocity.coaching.goals.AttainmentLevel.MORE_THAN_EXPECTED;
import static app.velocity.coaching.goals.AttainmentLevel.MUCH_LESS_THAN_EXPECTED;
import static app.velocity.coaching.goals.AttainmentLevel.MUCH_MORE_THAN_EXPECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoalAttainmentTest {

  @Test
  void twoGoalsAtTheExpectedLevelScoreFifty() {
    assertThat(GoalAttainment.tScore(List.of(Attainment.of(EXPECTED), Attainment.of(EXPECTED))))
        .isEqualTo(50.0);
  }

  @Test
  void twoGoalsOneAboveExpectedScoreAsComputedByHand() {
    // 50 + 10 * 2 / sqrt(0.7 * 2 + 0.3 * 4) = 50 + 20 / sqrt(2.6) = 62.4035...
    assertThat(
            GoalAttainment.tScore(
                List.of(Attainment.of(MORE_THAN_EXPECTED), Attainment.of(MORE_THAN_EXPECTED))))
        .isCloseTo(62.40347, within(1e-5));
  }

  @Test
  void twoGoalsMuchBelowExpectedScoreAsComputedByHand() {
    // 50 - 40 / sqrt(2.6) = 25.1931...
    assertThat(
            GoalAttainment.tScore(
                List.of(
                    Attainment.of(MUCH_LESS_THAN_EXPECTED),
                    Attainment.of(MUCH_LESS_THAN_EXPECTED))))
        .isCloseTo(25.19305, within(1e-5));
  }

  @Test
  void aSingleGoalScoresFiftyPlusTenPerLevelWhateverRho() {
    for (AttainmentLevel level : AttainmentLevel.values()) {
      assertThat(GoalAttainment.tScore(List.of(Attainment.of(level)), 0.0))
          .isCloseTo(50 + 10.0 * level.score(), within(1e-12));
      assertThat(GoalAttainment.tScore(List.of(Attainment.of(level)), 0.6))
          .isCloseTo(50 + 10.0 * level.score(), within(1e-12));
    }
  }

  @Test
  void weightsCountAsComputedByHand() {
    // w = (2, 1), x = (+1, -1): 50 + 10 * 1 / sqrt(0.7 * 5 + 0.3 * 9) = 50 + 10 / sqrt(6.2)
    var goals =
        List.of(new Attainment(MORE_THAN_EXPECTED, 2), new Attainment(LESS_THAN_EXPECTED, 1));
    assertThat(GoalAttainment.tScore(goals)).isCloseTo(54.01610, within(1e-5));
  }

  @Test
  void withUncorrelatedGoalsTheDenominatorIsTheRootOfTheSquaredWeights() {
    // rho = 0: 50 + 10 * (2 + 0) / sqrt(2)
    var goals = List.of(Attainment.of(MUCH_MORE_THAN_EXPECTED), Attainment.of(EXPECTED));
    assertThat(GoalAttainment.tScore(goals, 0)).isCloseTo(50 + 20 / Math.sqrt(2), within(1e-12));
  }

  @Test
  void aScaleScoresWithItsOwnWeight() {
    var scale = new GoalScale("Delegate critical work by fit", levels(), 1.5);
    assertThat(scale.scoredAt(MORE_THAN_EXPECTED))
        .isEqualTo(new Attainment(MORE_THAN_EXPECTED, 1.5));
  }

  @Test
  void refusesAScaleWithALevelLeftUndescribed() {
    var levels = new EnumMap<>(levels());
    levels.remove(MUCH_MORE_THAN_EXPECTED);
    assertThatThrownBy(() -> new GoalScale("Listen first", levels))
        .hasMessageContaining("describe level 2");
  }

  @Test
  void refusesAnEmptyListAndRhoOutsideTheUnitInterval() {
    assertThatThrownBy(() -> GoalAttainment.tScore(List.of())).hasMessageContaining("at least one");
    assertThatThrownBy(() -> GoalAttainment.tScore(List.of(Attainment.of(EXPECTED)), 1.0))
        .hasMessageContaining("ρ");
    assertThatThrownBy(() -> AttainmentLevel.of(3)).hasMessageContaining("-2 to +2");
  }

  private static Map<AttainmentLevel, String> levels() {
    var levels = new EnumMap<AttainmentLevel, String>(AttainmentLevel.class);
    levels.put(MUCH_LESS_THAN_EXPECTED, "Critical work still goes to the same two people");
    levels.put(LESS_THAN_EXPECTED, "Compares candidates now and then");
    levels.put(EXPECTED, "Compares three candidates for most critical work");
    levels.put(MORE_THAN_EXPECTED, "Compares for all critical work and says why");
    levels.put(MUCH_MORE_THAN_EXPECTED, "Team reports fairer distribution of critical work");
    return levels;
  }
}

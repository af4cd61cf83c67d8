package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiniTest {

  @Test
  void isZeroWhenWorkIsSharedEvenly() {
    assertThat(Gini.of(new int[] {3, 3, 3, 3})).isCloseTo(0, within(1e-12));
  }

  @Test
  void isThreeQuartersWhenOneOfFourDoesEverything() {
    assertThat(Gini.of(new int[] {0, 7, 0, 0})).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void matchesTheMeanAbsoluteDifferenceOnAGradedVector() {
    // Σ|xi − xj| over ordered pairs = 20; 2·n²·mean = 2·16·2.5 = 80
    assertThat(Gini.of(new int[] {4, 1, 3, 2})).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void isZeroWhenThereIsNoWork() {
    assertThat(Gini.of(new int[] {0, 0, 0})).isZero();
    assertThat(Gini.of(new int[0])).isZero();
  }
}

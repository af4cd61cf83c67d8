package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OddsRatioTest {

  @Test
  void computesWoolfsIntervalOnAKnownTable() {
    // (20·60)/(10·30) = 4; se = √(1/20 + 1/10 + 1/30 + 1/60) = √0.2
    var or = OddsRatio.fromTable(20, 10, 30, 60).orElseThrow();
    assertThat(or.estimate()).isCloseTo(4, within(1e-12));
    assertThat(or.lower()).isCloseTo(1.664911, within(1e-6));
    assertThat(or.upper()).isCloseTo(9.610122, within(1e-6));
    assertThat(or.corrected()).isFalse();
  }

  @Test
  void addsHalfToEveryCellWhenOneIsZero() {
    // (0.5·20.5)/(10.5·5.5)
    var or = OddsRatio.fromTable(0, 10, 5, 20).orElseThrow();
    assertThat(or.estimate()).isCloseTo(0.177489, within(1e-6));
    assertThat(or.lower()).isCloseTo(0.008934, within(1e-6));
    assertThat(or.upper()).isCloseTo(3.526252, within(1e-6));
    assertThat(or.corrected()).isTrue();
  }

  @Test
  void isUndefinedWhenNoCandidateWasAlike() {
    assertThat(OddsRatio.fromTable(0, 5, 0, 10)).isEmpty();
  }
}

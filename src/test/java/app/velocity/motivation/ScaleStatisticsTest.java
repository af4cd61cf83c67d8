package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleStatisticsTest {

  // three items answered by four respondents, computed by hand in the comments below
  static final double[][] ITEMS = {
    {1, 2, 3, 4},
    {2, 2, 4, 4},
    {1, 3, 3, 5},
  };

  @Test
  void cronbachAlphaMatchesAHandComputation() {
    // item variances 5/3, 4/3, 8/3 (sum 17/3); totals 4, 7, 10, 13 have variance 15
    // alpha = 3/2 * (1 - (17/3) / 15) = 42/45
    assertThat(ScaleStatistics.cronbachAlpha(ITEMS)).isCloseTo(42.0 / 45, within(1e-12));
  }

  @Test
  void correctedItemTotalCorrelationsMatchAHandComputation() {
    // item 1 against 3, 5, 7, 9: perfectly linear; item 2 against 2, 5, 6, 9: 8 / √(4·25);
    // item 3 against 3, 4, 7, 8: 10 / √(8·17)
    assertThat(ScaleStatistics.correctedItemTotalCorrelations(ITEMS))
        .containsExactly(new double[] {1, 0.8, 10 / Math.sqrt(136)}, within(1e-12));
  }

  @Test
  void itemMeansAreAveragedOverRespondents() {
    assertThat(ScaleStatistics.itemMeans(ITEMS))
        .containsExactly(new double[] {2.5, 3, 3}, within(1e-12));
  }

  @Test
  void pearsonMatchesAHandComputation() {
    // deviations (-2,-1,0,1,2) and (-2,0,1,0,1): 6 / √(10·6)
    double r = ScaleStatistics.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
    assertThat(r).isCloseTo(6 / Math.sqrt(60), within(1e-12));
  }

  @Test
  void alphaIsNegativeWhenItemsWorkAgainstEachOther() {
    double[][] opposed = {{1, 2, 3, 4}, {4, 3, 2, 1.5}};
    assertThat(ScaleStatistics.cronbachAlpha(opposed)).isNegative();
  }

  @Test
  void alphaIsUndefinedWhenTheTotalDoesNotVary() {
    double[][] constantTotal = {{1, 2, 3}, {3, 2, 1}};
    assertThat(ScaleStatistics.cronbachAlpha(constantTotal)).isNaN();
  }

  @Test
  void rejectsMalformedMatrices() {
    assertThatThrownBy(() -> ScaleStatistics.cronbachAlpha(new double[][] {{1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 items");
    assertThatThrownBy(() -> ScaleStatistics.cronbachAlpha(new double[][] {{1, 2}, {1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every respondent");
    assertThatThrownBy(() -> ScaleStatistics.pearson(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

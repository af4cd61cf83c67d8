package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.delegation.analysis.ComfortBiasSimulation.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The short form of the simulation study. The seed was fixed before the first run; the long form
 * ({@link ComfortBiasSimulation#main}) gives the figures in docs/comfort-bias.md.
 */
class ComfortBiasSimulationTest {

  private final ComfortBiasSimulation simulation = new ComfortBiasSimulation(1);

  @Test
  void detectsAPlantedBiasInAtLeastNineHistoriesOutOfTen() {
    assertThat(simulation.run(Scenario.PLANTED_BIAS, 300).detectionRate())
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void raisesFewFalseAlarmsForAFairExecutive() {
    assertThat(simulation.run(Scenario.FAIR, 600).detectionRate()).isLessThanOrEqualTo(0.07);
  }

  @Test
  void raisesFewFalseAlarmsWhenTheBestFitTendsToBeTheMostSimilar() {
    var outcome = simulation.run(Scenario.FAIR_WHEN_BEST_FIT_RESEMBLES_YOU, 600);
    assertThat(outcome.bestFitWasMostSimilar()).isGreaterThan(0.6);
    assertThat(outcome.detectionRate()).isLessThanOrEqualTo(0.07);
  }

  @Test
  void givesTheSameFiguresForTheSameSeed() {
    var again = new ComfortBiasSimulation(1);
    assertThat(again.run(Scenario.FAIR, 50)).isEqualTo(simulation.run(Scenario.FAIR, 50));
  }
}

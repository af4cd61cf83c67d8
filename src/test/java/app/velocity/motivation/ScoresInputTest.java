package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoresInputTest {

  private static ScoresInput.Read read(double people, double performance, double process) {
    return ScoresInput.read(
        "p", Map.of("PEOPLE", people, "PERFORMANCE", performance, "PROCESS", process));
  }

  @ParameterizedTest(name = "{0}/{1}/{2}")
  @CsvSource({
    "33, 33, 33",
    "33.4, 33.4, 33.3",
    "0, 0, 98.5",
    "50.75, 50.75, 0",
    "60.1, 20, 20",
    "0.3, 49.8, 49.8"
  })
  void rescalesASumWithinRoundingToExactly100KeepingTheProportions(
      double people, double performance, double process) {
    ScoresInput.Read read = read(people, performance, process);
    double sum = people + performance + process;
    DriveScores s = read.scores();
    assertThat(read.normalised()).isTrue();
    assertThat(s.people() + s.performance() + s.process()).isEqualTo(100.0);
    assertThat(s.people()).isCloseTo(people * 100 / sum, within(1e-9));
    assertThat(s.performance()).isCloseTo(performance * 100 / sum, within(1e-9));
    assertThat(s.process()).isCloseTo(process * 100 / sum, within(1e-9));
  }

  @Test
  void leavesScoresThatSumTo100AsTheyAre() {
    ScoresInput.Read exact = read(50, 25, 25);
    assertThat(exact.normalised()).isFalse();
    assertThat(exact.scores()).isEqualTo(new DriveScores(50, 25, 25));
    ScoresInput.Read withinAHundredth = read(50.005, 25, 25);
    assertThat(withinAHundredth.normalised()).isFalse();
    assertThat(withinAHundredth.scores().people()).isEqualTo(50.005);
  }

  @ParameterizedTest(name = "{0}/{1}/{2} sums to {3}")
  @CsvSource({"33, 33, 32.4, 98.4", "40, 40, 21.6, 101.6", "0, 0, 0, 0", "50, 30, 30, 110"})
  void refusesASumFurtherOffThanRoundingNamingTheFieldAndTheSum(
      double people, double performance, double process, String sum) {
    assertThatThrownBy(() -> read(people, performance, process))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "p: the three scores must sum to 100 (a sum within 1.5 of it is rescaled), not " + sum);
  }
}

package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.delegation.analysis.QuarterTrend;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("smoke")
class QuarterChartTest {

  @Test
  void drawsABarAndAnExpectedTickPerQuarterWithItsNumbersAndLabelsAboveTheBar() {
    String svg =
        QuarterChart.svg(
            List.of(new QuarterTrend(2026, 1, 4, 1.0, 20), new QuarterTrend(2026, 2, 1, 0.25, 0)),
            List.of(0.3, 0.5));
    assertThat(svg.split("class=\"bar\"", -1)).hasSize(3);
    assertThat(svg.split("class=\"expected\"", -1)).hasSize(3);
    assertThat(svg)
        .contains(">100%</text>", ">25%</text>", "2026-Q1", "4 decisions", "1 decision<");
    // the full bar starts at the top of the plot and its label sits above it, not on it
    assertThat(svg).contains("<rect x=\"").contains("y=\"34.0\"").contains("y=\"28.0\"");
  }
}

package app.velocity.delegation;

import app.velocity.delegation.analysis.QuarterTrend;
import java.util.List;
import java.util.Locale;

/**
 * The quarterly trend as an SVG drawn on the server: per quarter, a bar for the share of decisions
 * that went to people motivated like the executive, and a tick for the share such people held among
 * the candidates (what the bar would be if similarity played no part). The numbers are also printed
 * on the chart and in a table beside it, so nothing depends on reading colour or bar length.
 */
final class QuarterChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  private static final int TOP = 34;
  private static final int BOTTOM = 48;

  private QuarterChart() {}

  static String svg(List<QuarterTrend> trend, List<Double> expected) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-labelledby=\"trend-title\" class=\"trend-chart\">",
            WIDTH,
            HEIGHT));
    s.append(
        "<title id=\"trend-title\">Share of decisions that went to people motivated like you, by"
            + " quarter, with the share they held among the candidates</title>");
    for (int pct = 0; pct <= 100; pct += 25) {
      double y = TOP + plotHeight * (1 - pct / 100.0);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%d%%</text>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 6,
              y + 4,
              pct));
    }
    int n = Math.max(1, trend.size());
    double slot = (double) plotWidth / n;
    double bar = Math.min(64, slot * 0.5);
    for (int i = 0; i < trend.size(); i++) {
      QuarterTrend q = trend.get(i);
      double centre = LEFT + slot * (i + 0.5);
      double h = plotHeight * q.shareToAlike();
      double y = TOP + plotHeight - h;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"bar\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" class=\"value\" text-anchor=\"middle\">%.0f%%</text>",
              centre - bar / 2,
              y,
              bar,
              h,
              centre,
              y - 6,
              100 * q.shareToAlike()));
      if (i < expected.size()) {
        double ey = TOP + plotHeight * (1 - expected.get(i));
        s.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"expected\"/>",
                centre - bar / 2 - 8,
                ey,
                centre + bar / 2 + 8,
                ey));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%s</text>"
                  + "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d %s</text>",
              centre,
              HEIGHT - BOTTOM + 18,
              q.label(),
              centre,
              HEIGHT - BOTTOM + 34,
              q.decisions(),
              q.decisions() == 1 ? "decision" : "decisions"));
    }
    s.append("</svg>");
    return s.toString();
  }
}

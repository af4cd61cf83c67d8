package app.velocity.feedback;

import java.util.List;
import java.util.Locale;

/**
 * The progress chart of one goal, drawn on the server as SVG: the overall net score of each wave on
 * the -3..+3 scale, with the +1 line that stakeholder-centred coaching aims above. A withheld wave
 * is marked as such, with no point and no number.
 */
final class ProgressChart {

  private static final int WIDTH = 520;
  private static final int HEIGHT = 220;
  private static final int LEFT = 44;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 36;

  private ProgressChart() {}

  static String draw(SurveyResultsView.GoalResults goal) {
    List<SurveyResultsView.ScoreRow> rows = goal.waves();
    int n = rows.size();
    double plotWidth = WIDTH - LEFT - RIGHT;
    var svg = new StringBuilder();
    String titleId = "chart-" + goal.goal();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(titleId)
        .append("\"><title id=\"")
        .append(titleId)
        .append("\">Overall net score by wave: ")
        .append(escape(describe(rows)))
        .append("</title>");
    for (int score = -3; score <= 3; score++) {
      double y = y(score);
      String stroke = score == 0 ? "#555" : score == 1 ? "#2a7" : "#ddd";
      svg.append(line(LEFT, y, WIDTH - RIGHT, y, stroke, score == 1 ? "4 3" : null));
      svg.append(text(LEFT - 8, y + 4, (score > 0 ? "+" : "") + score, "end"));
    }
    svg.append(text(WIDTH - RIGHT, y(1) - 4, "aim: above +1", "end"));
    double previousX = -1;
    double previousY = 0;
    for (int i = 0; i < n; i++) {
      double x = LEFT + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
      SurveyResultsView.ScoreRow row = rows.get(i);
      SurveyResultsView.ScoreCell overall = row.units().get(0);
      svg.append(text(x, HEIGHT - 12, "wave " + row.wave(), "middle"));
      if (overall.shown()) {
        double y = y(overall.netScore());
        if (previousX >= 0) {
          svg.append(line(previousX, previousY, x, y, "#1b5e9b", null));
        }
        svg.append("<circle cx=\"")
            .append(f(x))
            .append("\" cy=\"")
            .append(f(y))
            .append("\" r=\"5\" fill=\"#1b5e9b\"/>");
        svg.append(text(x, y - 10, overall.net(), "middle"));
        previousX = x;
        previousY = y;
      } else {
        svg.append(text(x, y(0) - 8, "withheld", "middle"));
        previousX = -1;
      }
    }
    return svg.append("</svg>").toString();
  }

  private static String describe(List<SurveyResultsView.ScoreRow> rows) {
    var parts = new StringBuilder();
    for (SurveyResultsView.ScoreRow row : rows) {
      SurveyResultsView.ScoreCell overall = row.units().get(0);
      if (parts.length() > 0) {
        parts.append("; ");
      }
      parts
          .append("wave ")
          .append(row.wave())
          .append(' ')
          .append(overall.shown() ? overall.net() : "withheld");
    }
    return parts.toString();
  }

  private static double y(double score) {
    return TOP + (3 - score) / 6 * (HEIGHT - TOP - BOTTOM);
  }

  private static String line(
      double x1, double y1, double x2, double y2, String stroke, String dashes) {
    return "<line x1=\""
        + f(x1)
        + "\" y1=\""
        + f(y1)
        + "\" x2=\""
        + f(x2)
        + "\" y2=\""
        + f(y2)
        + "\" stroke=\""
        + stroke
        + "\" stroke-width=\"2\""
        + (dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"")
        + "/>";
  }

  private static String text(double x, double y, String content, String anchor) {
    return "<text x=\""
        + f(x)
        + "\" y=\""
        + f(y)
        + "\" font-size=\"12\" text-anchor=\""
        + anchor
        + "\" fill=\"#333\">"
        + escape(content)
        + "</text>";
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

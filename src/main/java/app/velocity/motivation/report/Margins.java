package app.velocity.motivation.report;

import app.velocity.motivation.ConfidenceRegion;
import app.velocity.motivation.Drive;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.TypeReading;
import java.util.List;

/**
 * How a result's precision is put into words, the same on the report page, in the PDF, in the
 * report's sentences and in the triangle's description: the margin of each score, and a type read
 * between regions.
 */
public final class Margins {

  private Margins() {}

  /** One drive's margin, such as "±2.4". */
  public static String of(ConfidenceRegion region, Drive drive) {
    return "±" + Words.pts(region.reach(drive));
  }

  /** Every drive's margin: "±2.4 points for People, ±2.6 for Performance and ±2.7 for Process". */
  public static String each(ConfidenceRegion region) {
    return of(region, Drive.PEOPLE)
        + " points for People, "
        + of(region, Drive.PERFORMANCE)
        + " for Performance and "
        + of(region, Drive.PROCESS)
        + " for Process";
  }

  /** The margin of the difference between two drives' scores: "±4.2" or "±3.9 to ±4.6 points". */
  public static String ofDifferences(ConfidenceRegion region) {
    double least = Double.POSITIVE_INFINITY;
    double most = 0;
    Drive[] d = Drive.values();
    for (int i = 0; i < d.length; i++) {
      for (int j = i + 1; j < d.length; j++) {
        double reach = region.reachOfDifference(d[i], d[j]);
        least = Math.min(least, reach);
        most = Math.max(most, reach);
      }
    }
    String low = Words.pts(least);
    String high = Words.pts(most);
    return (low.equals(high) ? "±" + low : "±" + low + " to ±" + high) + " points";
  }

  /** A type read between regions: "between People and People & Performance". */
  public static String between(TypeReading reading) {
    List<String> labels = reading.spans().stream().map(MotivationalType::label).toList();
    return labels.size() == 1 ? labels.get(0) : "between " + list(labels);
  }

  /** "A", "A and B", "A, B and C". */
  static String list(List<String> labels) {
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }

  /** What a type region stands for, in a few words that begin with its name. */
  static String gist(MotivationalType type) {
    return switch (type) {
      case PEOPLE -> "People puts the welfare and growth of others first";
      case PERFORMANCE -> "Performance puts results and momentum first";
      case PROCESS -> "Process puts order and sound thinking first";
      case PEOPLE_PERFORMANCE -> "People & Performance leads people towards results that matter";
      case PERFORMANCE_PROCESS -> "Performance & Process wants to win, and to win properly";
      case PEOPLE_PROCESS -> "People & Process helps in a careful way that lasts";
      case FLEXIBLE -> "Flexible draws on all three drives as the moment asks";
    };
  }
}

package app.velocity.delegation.analysis;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the plain-word reason behind a candidate's fit, built from what the work demands most and
 * where that drive sits in the candidate's own profile.
 *
 * <p>The demand's leading drives are its highest drive plus any drive within {@link
 * #LEADING_MARGIN} points of it. When all three are within that margin the work asks for balance,
 * and the reason speaks of how balanced the person is instead.
 */
public final class FitReasons {

  /** Drives of the demand this close to its highest count as leading too. */
  public static final double LEADING_MARGIN = 10;

  private FitReasons() {}

  /** The reason for one candidate, ending with the fit and, for an estimate, its confidence. */
  public static String explain(Candidate candidate, DriveScores demand, double fit) {
    String name = candidate.name();
    DriveScores p = candidate.goingWell();
    List<Drive> order = strongestFirst(p);
    List<Drive> leading = leadingDrives(demand);
    var text = new StringBuilder();
    if (leading.size() == 3) {
      text.append("This work asks for all three drives in balance: ");
      double spread = p.of(order.get(0)) - p.of(order.get(2));
      if (spread < 15) {
        text.append(name).append(" draws on all three about equally (").append(profile(p));
        text.append(").");
      } else {
        text.append(name).append(" leans on ").append(order.get(0).label());
        text.append(" (").append(points(p.of(order.get(0)))).append(") and uses ");
        text.append(order.get(2).label()).append(" least (");
        text.append(points(p.of(order.get(2)))).append(").");
      }
    } else if (leading.size() == 1) {
      Drive d = leading.get(0);
      text.append("This work needs ").append(need(d));
      int rank = order.indexOf(d);
      if (rank == 0) {
        text.append(": ").append(d.label()).append(" is ").append(name);
        text.append("'s strongest drive (").append(points(p.of(d))).append(").");
      } else if (rank == 1) {
        text.append(": ").append(d.label()).append(" is ").append(name);
        text.append("'s second drive (").append(points(p.of(d))).append("), after ");
        text.append(order.get(0).label()).append(" (").append(points(p.of(order.get(0))));
        text.append(").");
      } else {
        text.append(", yet ").append(d.label()).append(" is ").append(name);
        text.append("'s least-used drive (").append(points(p.of(d))).append("); ");
        text.append(name).append(" leads with ").append(order.get(0).label());
        text.append(" (").append(points(p.of(order.get(0)))).append(").");
      }
    } else {
      Drive a = leading.get(0);
      Drive b = leading.get(1);
      text.append("This work needs ").append(need(a)).append(" and ").append(need(b));
      boolean aTop = order.indexOf(a) < 2;
      boolean bTop = order.indexOf(b) < 2;
      if (aTop && bTop) {
        text.append(": these are ").append(name).append("'s two strongest drives (");
        text.append(a.label()).append(' ').append(points(p.of(a))).append(", ");
        text.append(b.label()).append(' ').append(points(p.of(b))).append(").");
      } else {
        Drive strong = aTop ? a : b;
        Drive weak = aTop ? b : a;
        text.append(": ").append(name).append(" brings ").append(strong.label());
        text.append(" (").append(points(p.of(strong))).append(") but less ");
        text.append(weak.label()).append(" (").append(points(p.of(weak))).append(").");
      }
    }
    text.append(" Fit ").append(points(fit)).append(" of 100.");
    if (candidate.estimated()) {
      text.append(" The profile is an observer's estimate held with ");
      text.append(points(candidate.confidence() * 100));
      text.append("% confidence, so the fit is drawn toward the middle.");
    }
    return text.toString();
  }

  /** The demand's highest drive and any within {@link #LEADING_MARGIN} of it, highest first. */
  static List<Drive> leadingDrives(DriveScores demand) {
    List<Drive> order = strongestFirst(demand);
    double top = demand.of(order.get(0));
    var leading = new ArrayList<Drive>();
    for (Drive d : order) {
      if (top - demand.of(d) <= LEADING_MARGIN) {
        leading.add(d);
      }
    }
    return leading;
  }

  private static List<Drive> strongestFirst(DriveScores scores) {
    // stable sort: exact ties keep the canonical drive order
    return Arrays.stream(Drive.values())
        .sorted(Comparator.comparingDouble((Drive d) -> scores.of(d)).reversed())
        .toList();
  }

  private static String need(Drive d) {
    return switch (d) {
      case PEOPLE -> "care for the people involved";
      case PERFORMANCE -> "a drive to get results fast";
      case PROCESS -> "patient analysis";
    };
  }

  private static String profile(DriveScores p) {
    return "People "
        + points(p.people())
        + ", Performance "
        + points(p.performance())
        + ", Process "
        + points(p.process());
  }

  private static String points(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }
}

package app.velocity.motivation.estimates;

import static app.velocity.motivation.estimates.Points.whole;

import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.Drive;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.Profile;
import app.velocity.motivation.TypeRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares estimates with the colleague's own result once it is shared, and follows an estimator's
 * accuracy over time.
 *
 * <p>Per estimate: the distance in points between estimated and self-reported going-well points
 * (and conflict points), whether the type and the first conflict stage matched, and the drives
 * misread by {@link #NOTABLE} points or more.
 *
 * <p>Over time: the estimator's last N estimates by date (default {@link #DEFAULT_WINDOW}); mean
 * error; types matched; the trend, comparing the mean error of the more recent half with the older
 * half (with an odd count the recent half is the larger): {@link #TREND_STEP} points or more closer
 * is improving, as much further off is worsening, anything between steady; fewer than {@link
 * #MIN_FOR_TREND} estimates give no trend. A per-drive mean of (estimate − self) of {@link
 * #NOTABLE} points or more is named as a lean, such as seeing one's own drive in everyone; on an
 * exact tie the drive seen too much is named.
 */
public final class Calibration {

  /** A difference on one drive worth naming, in points. */
  public static final double NOTABLE = 5;

  public static final int DEFAULT_WINDOW = 6;
  public static final int MIN_FOR_TREND = 4;
  public static final double TREND_STEP = 3;

  private final ModelSettings settings;
  private final TypeRule typeRule;

  public Calibration(ModelSettings settings) {
    this.settings = settings;
    this.typeRule = new TypeRule(settings);
  }

  /**
   * How far an estimate of {@code colleague}, made on {@code estimatedOn}, lay from their result.
   */
  public EstimateAccuracy accuracy(
      String colleague, LocalDate estimatedOn, Profile estimate, Profile selfResult) {
    double wellError = Points.between(estimate.goingWell(), selfResult.goingWell());
    double conflictError = Points.between(estimate.conflict(), selfResult.conflict());
    MotivationalType estimatedType = typeRule.typeOf(estimate.goingWell());
    MotivationalType selfType = typeRule.typeOf(selfResult.goingWell());
    List<Drive> estimatedFirst = ConflictSequence.of(estimate.conflict(), settings).firstStage();
    List<Drive> selfFirst = ConflictSequence.of(selfResult.conflict(), settings).firstStage();
    Map<Drive, Double> difference = new EnumMap<>(Drive.class);
    for (Drive d : Drive.values()) {
      difference.put(d, estimate.goingWell().of(d) - selfResult.goingWell().of(d));
    }

    StringBuilder s = new StringBuilder("Your estimate of ").append(colleague).append(" was ");
    if (wellError < NOTABLE) {
      s.append("close: ").append(whole(wellError)).append(" points from ");
      s.append(colleague).append("'s own result.");
    } else {
      s.append(whole(wellError)).append(" points from ").append(colleague).append("'s own result");
      List<Drive> misread =
          difference.entrySet().stream()
              .filter(e -> Math.abs(e.getValue()) >= NOTABLE)
              .sorted(
                  Comparator.comparingDouble(
                          (Map.Entry<Drive, Double> e) -> -Math.abs(e.getValue()))
                      .thenComparing(e -> e.getKey().ordinal()))
              .map(Map.Entry::getKey)
              .limit(2)
              .toList();
      if (misread.isEmpty()) {
        s.append("; no single drive was off by ").append(whole(NOTABLE)).append(" points or more.");
      } else {
        for (int i = 0; i < misread.size(); i++) {
          Drive d = misread.get(i);
          boolean more = difference.get(d) > 0;
          String est = whole(estimate.goingWell().of(d));
          String own = whole(selfResult.goingWell().of(d));
          if (i == 0) {
            s.append("; you saw ").append(more ? "more " : "less ").append(d.label());
            s.append(" than ").append(colleague).append(" reports (");
          } else {
            s.append(" and ").append(more ? "more " : "less ").append(d.label()).append(" (");
          }
          s.append(est).append(" against ").append(own).append(')');
        }
        s.append('.');
      }
    }
    if (estimatedType == selfType) {
      s.append(" You read the type right: ").append(selfType.label()).append('.');
    } else {
      s.append(" You estimated ").append(estimatedType.label()).append("; ").append(colleague);
      s.append("'s own result is ").append(selfType.label()).append('.');
    }
    boolean firstMatched = estimatedFirst.equals(selfFirst);
    s.append(" Under conflict you were ").append(whole(conflictError)).append(" points off");
    if (firstMatched) {
      s.append(" and rightly expected ").append(colleague).append(" to turn first to ");
      s.append(labels(selfFirst)).append('.');
    } else {
      s.append(": you expected ").append(colleague).append(" to turn first to ");
      s.append(labels(estimatedFirst)).append(", and ").append(colleague);
      s.append(" reports turning first to ").append(labels(selfFirst)).append('.');
    }
    return new EstimateAccuracy(
        colleague,
        estimatedOn,
        wellError,
        conflictError,
        estimatedType,
        selfType,
        firstMatched,
        difference,
        s.toString());
  }

  /** Calibration over the last {@link #DEFAULT_WINDOW} estimates. */
  public EstimatorCalibration overTime(List<EstimateAccuracy> accuracies) {
    return overTime(accuracies, DEFAULT_WINDOW);
  }

  /** Calibration over the most recent {@code lastN} of these estimates, ordered by date. */
  public EstimatorCalibration overTime(List<EstimateAccuracy> accuracies, int lastN) {
    if (lastN < 1) {
      throw new IllegalArgumentException("look at one estimate or more, not " + lastN);
    }
    List<EstimateAccuracy> sorted = new ArrayList<>(accuracies);
    sorted.sort(
        Comparator.comparing(EstimateAccuracy::estimatedOn)
            .thenComparing(EstimateAccuracy::colleague));
    List<EstimateAccuracy> recent =
        sorted.subList(Math.max(0, sorted.size() - lastN), sorted.size());
    int k = recent.size();
    Map<Drive, Double> lean = new EnumMap<>(Drive.class);
    if (k == 0) {
      for (Drive d : Drive.values()) {
        lean.put(d, 0.0);
      }
      return new EstimatorCalibration(
          0,
          0,
          0,
          CalibrationTrend.NOT_ENOUGH_ESTIMATES,
          Double.NaN,
          Double.NaN,
          lean,
          "None of the people you estimated has shared their own result yet, so there is nothing"
              + " to compare.");
    }
    double mean = meanError(recent);
    int matched = (int) recent.stream().filter(EstimateAccuracy::typeMatched).count();
    for (Drive d : Drive.values()) {
      lean.put(d, recent.stream().mapToDouble(a -> a.goingWellDifference().get(d)).sum() / k);
    }

    CalibrationTrend trend = CalibrationTrend.NOT_ENOUGH_ESTIMATES;
    double older = Double.NaN;
    double newer = Double.NaN;
    int olderCount = k / 2;
    if (k >= MIN_FOR_TREND) {
      older = meanError(recent.subList(0, olderCount));
      newer = meanError(recent.subList(olderCount, k));
      if (newer <= older - TREND_STEP) {
        trend = CalibrationTrend.IMPROVING;
      } else if (newer >= older + TREND_STEP) {
        trend = CalibrationTrend.WORSENING;
      } else {
        trend = CalibrationTrend.STEADY;
      }
    }

    StringBuilder s = new StringBuilder("Over your last ");
    s.append(k == 1 ? "estimate" : k + " estimates").append(" you were ");
    s.append(k == 1 ? "" : "on average ").append(whole(mean));
    s.append(" points from people's own results and read the type right in ");
    s.append(matched).append(" of ").append(k).append('.');
    switch (trend) {
      case NOT_ENOUGH_ESTIMATES ->
          s.append(" After ")
              .append(MIN_FOR_TREND)
              .append(" compared estimates you will see whether you are getting closer.");
      case IMPROVING, WORSENING, STEADY -> {
        s.append(" Your ").append(k - olderCount).append(" most recent were ");
        s.append(whole(newer)).append(" points off against ").append(whole(older));
        s.append(" before: ");
        s.append(
            switch (trend) {
              case IMPROVING -> "your reading of people is getting sharper.";
              case WORSENING -> "your recent readings have drifted further off.";
              default -> "about as accurate as before.";
            });
      }
    }
    Drive strongest =
        lean.entrySet().stream()
            .max(
                Comparator.comparingDouble((Map.Entry<Drive, Double> e) -> Math.abs(e.getValue()))
                    .thenComparing(e -> e.getValue() > 0)
                    .thenComparing(e -> -e.getKey().ordinal()))
            .orElseThrow()
            .getKey();
    double by = lean.get(strongest);
    if (k >= 2 && Math.abs(by) >= NOTABLE) {
      s.append(" Your estimates tend to show ").append(by > 0 ? "more " : "less ");
      s.append(strongest.label()).append(" than people report for themselves (");
      s.append(by > 0 ? "+" : "−");
      s.append(whole(Math.abs(by))).append(" on average).");
    }
    return new EstimatorCalibration(k, mean, matched, trend, older, newer, lean, s.toString());
  }

  private static double meanError(List<EstimateAccuracy> list) {
    return list.stream().mapToDouble(EstimateAccuracy::goingWellError).average().orElse(0);
  }

  private static String labels(List<Drive> drives) {
    return drives.stream().map(Drive::label).collect(Collectors.joining(" and "));
  }
}

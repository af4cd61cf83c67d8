package app.velocity.motivation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drive scores as a client sends them: a map from drive name ({@code PEOPLE}, {@code PERFORMANCE},
 * {@code PROCESS}) to score. Reading them checks every rule of {@link DriveScores} and names the
 * field at fault, so that an API can tell the caller exactly what to fix: each message starts with
 * the field's path and a colon, such as {@code self.goingWell.PEOPLE: must not be negative}.
 *
 * <p>Input is forgiving, meaning strict: profiles are written rounded in reports and spreadsheets
 * (33/33/33, or one decimal summing to 100.1), so three scores whose sum lies within {@link
 * #RESCALED_WITHIN} of 100 are rescaled to sum to 100 exactly, and the caller is told ({@link
 * Read#normalised()}). A sum further off is a mistake, not rounding, and is refused.
 */
public final class ScoresInput {

  /**
   * How far from 100 a sum may lie and still be read as rounding: three scores rounded to whole
   * numbers are off by at most 1.5 together.
   */
  public static final double RESCALED_WITHIN = 1.5;

  /**
   * Scores as read.
   *
   * @param scores the scores used, summing to 100
   * @param normalised whether the scores given were rescaled to get there (their sum was off by
   *     more than {@link DriveScores#TOLERANCE})
   */
  public record Read(DriveScores scores, boolean normalised) {}

  /** Keys this plain are echoed into the field path; anything else is reported on the object. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_]{1,30}");

  private ScoresInput() {}

  /**
   * The scores in {@code scores}, read as the field at {@code path}.
   *
   * @throws IllegalArgumentException "path…: message" when a score is missing, unknown, not a
   *     finite number, outside 0..100, or when the three do not sum to 100 within {@link
   *     #RESCALED_WITHIN}
   */
  public static Read read(String path, Map<String, ? extends Number> scores) {
    if (scores == null) {
      throw new IllegalArgumentException(
          path + ": is required, with a score for each of PEOPLE, PERFORMANCE and PROCESS");
    }
    for (String key : scores.keySet()) {
      if (!isDrive(key)) {
        String field = key != null && PLAIN_KEY.matcher(key).matches() ? path + "." + key : path;
        throw new IllegalArgumentException(
            field + ": is not a drive; the keys are PEOPLE, PERFORMANCE and PROCESS");
      }
    }
    double[] values = new double[3];
    for (Drive d : Drive.values()) {
      String field = path + "." + d.name();
      Number n = scores.get(d.name());
      if (n == null) {
        throw new IllegalArgumentException(field + ": is required");
      }
      double v = n.doubleValue();
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(field + ": must be a finite number");
      }
      if (v < 0) {
        throw new IllegalArgumentException(field + ": must not be negative");
      }
      if (v > 100) {
        throw new IllegalArgumentException(field + ": must not exceed 100");
      }
      values[d.ordinal()] = v;
    }
    return summed(path, values[0], values[1], values[2]);
  }

  /**
   * Three scores already checked one by one (finite, 0..100), checked together: rescaled to 100
   * when their sum is off by rounding, refused when it is off by more.
   *
   * @throws IllegalArgumentException "path: message" when the sum lies more than {@link
   *     #RESCALED_WITHIN} from 100
   */
  public static Read summed(String path, double people, double performance, double process) {
    double sum = people + performance + process;
    double off = Math.abs(sum - 100);
    if (off > RESCALED_WITHIN) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s: the three scores must sum to 100 (a sum within %s of it is rescaled), not %s",
              path,
              RESCALED_WITHIN,
              plain(sum)));
    }
    if (off <= DriveScores.TOLERANCE) {
      return new Read(new DriveScores(people, performance, process), false);
    }
    double p = people * 100 / sum;
    double f = performance * 100 / sum;
    // the third takes the rest, so the sum is 100 to the last bit (and never below 0)
    return new Read(new DriveScores(p, f, Math.max(0, 100 - p - f)), true);
  }

  private static boolean isDrive(String key) {
    for (Drive d : Drive.values()) {
      if (d.name().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static String plain(double v) {
    return new BigDecimal(String.format(Locale.ROOT, "%.4f", v))
        .stripTrailingZeros()
        .toPlainString();
  }
}

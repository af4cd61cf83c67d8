package app.velocity.motivation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drive scores as a client sends them: a map from drive name ({@code PEOPLE}, {@code PERFORMANCE},
 * {@code PROCESS}) to score. Reading them checks every rule of {@link DriveScores} and names the
 * field at fault, so that an API can tell the caller exactly what to fix: each message starts with
 * the field's path and a colon, such as {@code self.goingWell.PEOPLE: must not be negative}.
 */
public final class ScoresInput {

  /** Keys this plain are echoed into the field path; anything else is reported on the object. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_]{1,30}");

  private ScoresInput() {}

  /**
   * The scores in {@code scores}, read as the field at {@code path}.
   *
   * @throws IllegalArgumentException "path…: message" when a score is missing, unknown, not a
   *     finite number, outside 0..100, or when the three do not sum to 100 within {@link
   *     DriveScores#TOLERANCE}
   */
  public static DriveScores read(String path, Map<String, ? extends Number> scores) {
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
    double sum = values[0] + values[1] + values[2];
    if (Math.abs(sum - 100) > DriveScores.TOLERANCE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s: the three scores must sum to 100 (within %s), not %s",
              path,
              DriveScores.TOLERANCE,
              plain(sum)));
    }
    return new DriveScores(values[0], values[1], values[2]);
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
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
  }
}

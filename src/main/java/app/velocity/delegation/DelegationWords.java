package app.velocity.delegation;

import app.velocity.delegation.analysis.Criticality;
import app.velocity.motivation.DriveScores;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** How the delegation pages write numbers and labels, so every page says them the same way. */
public final class DelegationWords {

  private DelegationWords() {}

  /** "People 60 · Performance 20 · Process 20". */
  public static String scores(DriveScores s) {
    return String.format(
        Locale.ROOT,
        "People %d · Performance %d · Process %d",
        Math.round(s.people()),
        Math.round(s.performance()),
        Math.round(s.process()));
  }

  public static String criticality(Criticality c) {
    return switch (c) {
      case ROUTINE -> "Routine";
      case IMPORTANT -> "Important";
      case CRITICAL -> "Critical";
    };
  }

  /** A share 0..1 as a whole percentage, "63%". */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** A number with the given decimals. */
  public static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Days as a list in words: "2026-03-14", "2026-03-14 and 2026-05-02", "a, b and c". */
  public static String days(List<LocalDate> days) {
    List<String> text = days.stream().map(LocalDate::toString).toList();
    if (text.size() < 2) {
      return String.join("", text);
    }
    return String.join(", ", text.subList(0, text.size() - 1))
        + " and "
        + text.get(text.size() - 1);
  }

  /** A p-value as people read it: "0.003", or "below 0.001". */
  public static String pValue(double p) {
    return p < 0.001 ? "below 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }
}

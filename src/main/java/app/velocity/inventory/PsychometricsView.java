package app.velocity.inventory;

import app.velocity.motivation.Drive;
import java.util.List;

/**
 * The admin page's statistics of one item-bank version, as text ready to show.
 *
 * @param responses completed responses the figures are taken from
 * @param completed completed responses now; the figures are taken again once {@code batch} more
 *     than {@code responses} have been completed
 */
public record PsychometricsView(
    String version,
    boolean current,
    int responses,
    boolean enough,
    int minimumResponses,
    List<ScaleRow> scales,
    List<ItemRow> items,
    int retestPairs,
    boolean retestEnough,
    int minimumPairs,
    List<String> retest,
    List<String> retestReadings,
    String retestSameType,
    long flagged,
    int completed,
    int batch,
    String computedAt) {

  /** Cronbach's alpha of one drive in one part, and how it reads against the benchmarks. */
  public record ScaleRow(String part, String drive, String alpha, String reading) {}

  /**
   * How a reliability coefficient reads against Nunnally's .70 and the .80 to .90 that published
   * instruments report.
   */
  static String reading(double r) {
    if (Double.isNaN(r)) {
      return "";
    }
    if (r < Psychometrics.ACCEPTABLE) {
      return "below .70";
    }
    if (r < Psychometrics.PUBLISHED_LOW) {
      return "acceptable (.70 or above)";
    }
    return "as published instruments (.80 or above)";
  }

  /** One item: its mean points and corrected item-total correlation for each drive's ending. */
  public record ItemRow(String id, String part, String stem, List<Cell> cells) {

    public boolean flagged() {
      return cells.stream().anyMatch(Cell::flagged);
    }
  }

  /** Mean and item-total correlation of one ending. */
  public record Cell(String mean, String itemTotal, boolean flagged) {}

  static PsychometricsView of(Psychometrics.VersionStatistics s, String currentVersion) {
    List<ScaleRow> scales =
        s.scales().stream()
            .map(
                sc ->
                    new ScaleRow(
                        Parts.label(sc.condition()),
                        sc.drive().label(),
                        Psychometrics.number(sc.alpha()),
                        reading(sc.alpha())))
            .toList();
    List<ItemRow> items =
        s.items().stream()
            .map(
                i ->
                    new ItemRow(
                        i.item().id(),
                        Parts.label(i.condition()),
                        i.item().stem(),
                        java.util.Arrays.stream(Drive.values())
                            .map(
                                d -> {
                                  double r = i.itemTotal().get(d);
                                  return new Cell(
                                      Psychometrics.number(i.means().get(d)),
                                      Psychometrics.number(r),
                                      !Double.isNaN(r) && r < Psychometrics.FLAG_BELOW);
                                })
                            .toList()))
            .toList();
    List<String> retest =
        java.util.Arrays.stream(Drive.values())
            .map(
                d ->
                    s.retest().enough()
                        ? Psychometrics.number(s.retest().correlation().get(d))
                        : "not enough data")
            .toList();
    List<String> readings =
        java.util.Arrays.stream(Drive.values())
            .map(d -> s.retest().enough() ? reading(s.retest().correlation().get(d)) : "")
            .toList();
    String sameType =
        s.retest().enough() && s.retest().sameType() != null
            ? Math.round(s.retest().sameType() * 100) + "%"
            : "not enough data";
    return new PsychometricsView(
        s.version(),
        s.version().equals(currentVersion),
        s.responses(),
        s.enough(),
        Psychometrics.MINIMUM_RESPONSES,
        scales,
        items,
        s.retest().pairs(),
        s.retest().enough(),
        Psychometrics.MINIMUM_PAIRS,
        retest,
        readings,
        sameType,
        items.stream().filter(ItemRow::flagged).count(),
        s.completed(),
        Psychometrics.BATCH,
        s.computedAt() == null
            ? null
            : s.computedAt().toString().substring(0, 16).replace('T', ' ') + " UTC");
  }
}

package app.velocity.inventory;

import app.velocity.motivation.ConflictResponse;
import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.ConflictStage;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.report.ProfileReport;
import app.velocity.motivation.report.Section;
import app.velocity.motivation.report.TriangleSvg;
import app.velocity.motivation.strengths.RankedStrength;
import app.velocity.motivation.strengths.StrengthRanking;
import app.velocity.shell.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Everything the report page and the PDF show of one person's latest result and their history. Both
 * render from this one view, so the screen and the paper always say the same.
 *
 * @param svg the triangle, drawn on the server; trusted markup from {@link TriangleSvg}
 */
public record ReportView(
    String person,
    String completedAt,
    String version,
    String typeLabel,
    boolean leaning,
    String leaningNote,
    List<ScoreRow> scores,
    String sequenceLabel,
    List<StageRow> stages,
    double arrowLength,
    String arrowPhrase,
    String svg,
    List<Section> sections,
    List<RankedStrength> strengths,
    List<HistoryRow> history,
    String visibility) {

  /** Scores of one drive in both conditions. */
  public record ScoreRow(String drive, String cssClass, String goingWell, String conflict) {}

  /** One stage of the conflict sequence. */
  public record StageRow(int number, String drives, String responses, String concern) {}

  /** One past or present result, with how far the going-well point moved since the one before. */
  public record HistoryRow(
      String completedAt,
      String version,
      String type,
      String goingWell,
      String sequence,
      String moved,
      boolean latest) {}

  static ReportView of(String person, List<ProfileResult> history, String visibility) {
    ProfileResult latest = history.get(history.size() - 1);
    ProfileAnalysis a = latest.analysis();
    DriveScores well = a.profile().goingWell();
    DriveScores conflict = a.profile().conflict();
    ProfileReport report = ProfileReport.of(a);

    List<ScoreRow> scores = new ArrayList<>();
    for (Drive d : Drive.values()) {
      scores.add(
          new ScoreRow(
              d.label(),
              "drive-" + d.name().toLowerCase(Locale.ROOT),
              points(well.of(d)),
              points(conflict.of(d))));
    }

    ConflictSequence sequence = a.conflictSequence();
    List<StageRow> stages = new ArrayList<>();
    for (int i = 0; i < sequence.stages().size(); i++) {
      List<Drive> drives = sequence.stages().get(i);
      List<ConflictStage> spanned = sequence.stagesSpannedBy(i);
      stages.add(
          new StageRow(
              i + 1,
              drives.stream().map(Drive::label).collect(Collectors.joining(" and ")),
              drives.stream()
                  .map(d -> ConflictResponse.of(d).label())
                  .collect(Collectors.joining(" or ")),
              spanned.stream().map(ConflictStage::concern).collect(Collectors.joining("; then "))));
    }

    String note =
        a.leaning()
            ? "Leaning "
                + a.type().label()
                + ": "
                + points(a.distanceToBoundary())
                + " points from the edge of the region"
            : null;
    List<TriangleSvg.Marker> markers = new ArrayList<>();
    for (int i = 0; i < history.size() - 1; i++) {
      ProfileResult past = history.get(i);
      markers.add(
          TriangleSvg.Marker.self(
              "Earlier (" + date(past) + ")", past.profile().goingWell(), null));
    }
    TriangleSvg.Marker now = TriangleSvg.Marker.self("You", well, conflict);
    markers.add(note == null ? now : now.withLeaning(note.toLowerCase(Locale.ROOT)));
    String svg = new TriangleSvg().render("Your profile on the triangle", markers);

    List<HistoryRow> rows = new ArrayList<>();
    ProfileResult previous = null;
    for (ProfileResult r : history) {
      ProfileAnalysis ra = r.analysis();
      String moved =
          previous == null
              ? "first result"
              : points(
                      new app.velocity.motivation.Arrow(
                              previous.analysis().goingWellPoint(), ra.goingWellPoint())
                          .length())
                  + " points";
      rows.add(
          new HistoryRow(
              date(r),
              r.version(),
              ra.type().label() + (ra.leaning() ? " (leaning)" : ""),
              scoresText(r.profile().goingWell()),
              ra.conflictSequence().label(),
              moved,
              r == latest));
      previous = r;
    }
    java.util.Collections.reverse(rows);

    return new ReportView(
        person,
        Format.instant(latest.completedAt()),
        latest.version(),
        a.type().label(),
        a.leaning(),
        note,
        scores,
        sequence.label(),
        stages,
        a.arrow().length(),
        a.arrow().magnitude().name().toLowerCase(Locale.ROOT),
        svg,
        report.sections(),
        StrengthRanking.rank(well),
        rows,
        visibility);
  }

  /** The arrow's length, as shown. */
  public String arrowText() {
    return points(arrowLength);
  }

  static String points(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  static String scoresText(DriveScores s) {
    return "People "
        + points(s.people())
        + " · Performance "
        + points(s.performance())
        + " · Process "
        + points(s.process());
  }

  private static String date(ProfileResult r) {
    return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
        .withZone(java.time.ZoneOffset.UTC)
        .format(r.completedAt());
  }
}

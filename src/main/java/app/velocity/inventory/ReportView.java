package app.velocity.inventory;

import app.velocity.motivation.Arrow;
import app.velocity.motivation.ConfidenceRegion;
import app.velocity.motivation.ConflictResponse;
import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.ConflictStage;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileError;
import app.velocity.motivation.ProfileReading;
import app.velocity.motivation.ReliableChange;
import app.velocity.motivation.report.Margins;
import app.velocity.motivation.report.ProfileReport;
import app.velocity.motivation.report.Section;
import app.velocity.motivation.report.TriangleSvg;
import app.velocity.motivation.strengths.RankedStrength;
import app.velocity.motivation.strengths.StrengthRanking;
import app.velocity.shell.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the report page and the PDF show of one person's latest result and their history. Both
 * render from this one view, so the screen and the paper always say the same.
 *
 * @param typeLabel the type as it may be stated: its name when firm, "Between People and People &
 *     Performance" when the result's margin reaches more than one region
 * @param badge a word beside the type, "firm", "between" or "leaning"; null for none
 * @param precision a sentence saying how precise the result is and what that means for the type
 * @param sequenceLabel the conflict sequence as it may be stated: with ties within the margin
 * @param sequenceNote when the margin adds ties, the order the scores alone give; else null
 * @param svg the triangle, drawn on the server; trusted markup from {@link TriangleSvg}
 */
public record ReportView(
    String person,
    String completedAt,
    String version,
    String typeLabel,
    String badge,
    String precision,
    List<ScoreRow> scores,
    String sequenceLabel,
    String sequenceNote,
    List<StageRow> stages,
    double arrowLength,
    String arrowPhrase,
    String svg,
    List<Section> sections,
    List<RankedStrength> strengths,
    List<HistoryRow> history,
    String visibility) {

  /**
   * Scores of one drive in both conditions, each with its margin ("±2.4"; empty when not known).
   */
  public record ScoreRow(
      String drive,
      String cssClass,
      String goingWell,
      String goingWellMargin,
      String conflict,
      String conflictMargin) {}

  /** One stage of the conflict sequence. */
  public record StageRow(int number, String drives, String responses, String concern) {}

  /**
   * One past or present result, with how far the going-well point moved since the one before and
   * whether that is more than a retake alone moves it.
   */
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
    Optional<ProfileReading> reading = latest.reading();
    DriveScores well = a.profile().goingWell();
    DriveScores conflict = a.profile().conflict();
    ProfileReport report = reading.map(ProfileReport::of).orElseGet(() -> ProfileReport.of(a));

    List<ScoreRow> scores = new ArrayList<>();
    for (Drive d : Drive.values()) {
      scores.add(
          new ScoreRow(
              d.label(),
              "drive-" + d.name().toLowerCase(Locale.ROOT),
              points(well.of(d)),
              reading.map(r -> Margins.of(r.goingWellRegion(), d)).orElse(""),
              points(conflict.of(d)),
              reading.map(r -> Margins.of(r.conflictRegion(), d)).orElse("")));
    }

    ConflictSequence sequence =
        reading.map(ProfileReading::sequenceWithinError).orElse(a.conflictSequence());
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

    String leaningNote =
        "Leaning "
            + a.type().label()
            + ": "
            + points(a.distanceToBoundary())
            + " points from the edge of the region";
    List<TriangleSvg.Marker> markers = new ArrayList<>();
    for (int i = 0; i < history.size() - 1; i++) {
      ProfileResult past = history.get(i);
      markers.add(
          TriangleSvg.Marker.self(
              "Earlier (" + date(past) + ")", past.profile().goingWell(), null));
    }
    TriangleSvg.Marker now = TriangleSvg.Marker.self("You", well, conflict);
    if (reading.isPresent()) {
      now = now.withRegion(TriangleSvg.Region.of(reading.get()));
    } else if (a.leaning()) {
      now = now.withLeaning(leaningNote.toLowerCase(Locale.ROOT));
    }
    markers.add(now);
    String svg = new TriangleSvg().render("Your profile on the triangle", markers);

    List<HistoryRow> rows = new ArrayList<>();
    ProfileResult previous = null;
    for (ProfileResult r : history) {
      ProfileAnalysis ra = r.analysis();
      rows.add(
          new HistoryRow(
              date(r),
              r.version(),
              typeLabel(r),
              scoresText(r.profile().goingWell()),
              r.reading()
                  .map(ProfileReading::sequenceWithinError)
                  .orElse(ra.conflictSequence())
                  .label(),
              previous == null ? "first result" : moved(previous, r),
              r == latest));
      previous = r;
    }
    Collections.reverse(rows);

    return new ReportView(
        person,
        Format.instant(latest.completedAt()),
        latest.version(),
        capitalised(typeLabel(latest)),
        reading
            .map(r -> r.type().firm() ? "firm" : "between")
            .orElse(a.leaning() ? "leaning" : null),
        reading
            .map(r -> precision(r))
            .orElse(
                "The answers behind this result are no longer stored, so its margin is not known"
                    + (a.leaning() ? ". " + leaningNote + "; read it as leaning." : ".")),
        scores,
        sequence.label(),
        reading
            .filter(ProfileReading::sequenceWidened)
            .map(
                r ->
                    "The scores alone order them "
                        + a.conflictSequence().label()
                        + "; the margin of the answers ("
                        + Margins.ofDifferences(r.conflictRegion())
                        + " on a difference) makes the closer steps ties.")
            .orElse(null),
        stages,
        a.arrow().length(),
        a.arrow().magnitude().name().toLowerCase(Locale.ROOT),
        svg,
        report.sections(),
        StrengthRanking.rank(well),
        rows,
        visibility);
  }

  /** The type as it may be stated: firm, between regions, or (margin unknown) leaning. */
  private static String typeLabel(ProfileResult r) {
    return r.reading()
        .map(reading -> Margins.between(reading.type()))
        .orElseGet(
            () -> r.analysis().type().label() + (r.analysis().leaning() ? " (leaning)" : ""));
  }

  private static String precision(ProfileReading r) {
    ConfidenceRegion region = r.goingWellRegion();
    String margin =
        "The margin of these answers is "
            + Margins.each(region)
            + ": the shaded area around your dot.";
    if (r.type().firm()) {
      return margin
          + " It lies inside the "
          + r.type().type().label()
          + " region, so the type is firm: a retake as consistent as this one would most likely"
          + " say the same.";
    }
    return margin
        + " It reaches more than one region, so the type is read "
        + Margins.between(r.type())
        + ": a retake as consistent as this one could place you in "
        + (r.type().spans().size() == 2 ? "either." : "any of them.");
  }

  /**
   * How far the going-well point moved from the result before, and whether a retake alone would
   * move it that far.
   */
  private static String moved(ProfileResult before, ProfileResult after) {
    double length =
        new Arrow(before.analysis().goingWellPoint(), after.analysis().goingWellPoint()).length();
    Optional<ProfileError> b = before.error();
    Optional<ProfileError> c = after.error();
    if (b.isEmpty() || c.isEmpty()) {
      return points(length) + " points (the margin of an earlier result is not known)";
    }
    ReliableChange change =
        ReliableChange.between(
            before.profile().goingWell(),
            b.get().goingWell(),
            after.profile().goingWell(),
            c.get().goingWell());
    return "moved "
        + points(change.moved())
        + " points: "
        + (change.beyondError() ? "more than" : "within")
        + " what a retake alone gives (up to "
        + points(change.allowance())
        + " in this direction)";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

package app.velocity.delegation;

import app.velocity.inventory.ProfileResult;
import app.velocity.motivation.DriveScores;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The executive's own inventory results, oldest first, read as the delegation record needs them:
 * who he was on a given day, and when he retook the inventory. Days are UTC days, as the decisions'
 * are.
 */
record OwnResults(List<ProfileResult> results) {

  /** Scores closer than this count as the same profile (they are stored as doubles either way). */
  private static final double SAME = 1e-9;

  OwnResults {
    results = List.copyOf(results);
  }

  static OwnResults of(List<ProfileResult> oldestFirst) {
    return new OwnResults(oldestFirst);
  }

  /** His first going-well scores, null when he has no result. */
  DriveScores firstGoingWell() {
    return results.isEmpty() ? null : results.get(0).profile().goingWell();
  }

  /** The day of his first result, null when he has none. */
  LocalDate firstOn() {
    return results.isEmpty() ? null : day(results.get(0));
  }

  /** The day of his last retake, null when he took the inventory once or never. */
  LocalDate lastRetake() {
    return results.size() < 2 ? null : day(results.get(results.size() - 1));
  }

  /**
   * His going-well scores as they were on {@code day}: the last result completed by the end of that
   * day; for a day before his first result, that first one (the nearest measure of him, and one no
   * retake changes); null when he has none.
   */
  DriveScores goingWellOn(LocalDate day) {
    DriveScores scores = firstGoingWell();
    for (ProfileResult r : results) {
      if (!day(r).isAfter(day)) {
        scores = r.profile().goingWell();
      }
    }
    return scores;
  }

  /**
   * Whether a decision was judged against his current profile, that is made on or after the day of
   * his last retake with the scores it gave. Without a retake every decision is.
   */
  boolean judgedByLatest(WorkItem.Decided decision) {
    LocalDate retake = lastRetake();
    if (retake == null) {
      return true;
    }
    DriveScores then = decision.executiveGoingWell();
    DriveScores now = results.get(results.size() - 1).profile().goingWell();
    return then != null && !decision.on().isBefore(retake) && then.distanceTo(now) < SAME;
  }

  /** The days of his retakes from {@code from} to {@code to}, both included, oldest first. */
  List<LocalDate> retakesBetween(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 1; i < results.size(); i++) {
      LocalDate on = day(results.get(i));
      if (!on.isBefore(from) && !on.isAfter(to)) {
        out.add(on);
      }
    }
    return out;
  }

  private static LocalDate day(ProfileResult r) {
    return LocalDate.ofInstant(r.completedAt(), ZoneOffset.UTC);
  }
}

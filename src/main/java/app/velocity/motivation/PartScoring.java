package app.velocity.motivation;

import java.util.List;
import java.util.Map;

/**
 * Scores one part of the inventory. Each item's answer gives whole, non-negative points to the
 * three drives' endings, 10 in all; a drive's score is its points over all the part's points, times
 * 100.
 */
public final class PartScoring {

  /** Points a respondent distributes over an item's three endings. */
  public static final int POINTS_PER_ITEM = 10;

  private final InventoryPart part;

  public PartScoring(InventoryPart part) {
    if (part == null) {
      throw new IllegalArgumentException("the part is required");
    }
    this.part = part;
  }

  public InventoryPart part() {
    return part;
  }

  /**
   * Scores answers given as one map per item, from drive to points.
   *
   * @throws WrongNumberOfDrives if an item lacks points for a drive (give 0 instead)
   * @throws NegativePoints if an item gives a drive fewer than 0 points
   * @throws PointsDoNotSumToTen if an item's points do not add up to 10
   * @throws TooFewItems if there are no items
   */
  public DriveScores score(List<? extends Map<Drive, Integer>> items) {
    int[][] points = new int[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      Map<Drive, Integer> item = items.get(i);
      int given = 0;
      if (item != null) {
        for (Drive d : Drive.values()) {
          if (item.get(d) != null) {
            given++;
          }
        }
      }
      if (given != 3) {
        throw new WrongNumberOfDrives(part, i + 1, given);
      }
      points[i] =
          new int[] {item.get(Drive.PEOPLE), item.get(Drive.PERFORMANCE), item.get(Drive.PROCESS)};
    }
    return score(points);
  }

  /**
   * Scores answers given as one row per item: points for People, Performance and Process, in that
   * order.
   *
   * @throws WrongNumberOfDrives if a row does not hold exactly three numbers
   * @throws NegativePoints if an item gives a drive fewer than 0 points
   * @throws PointsDoNotSumToTen if an item's points do not add up to 10
   * @throws TooFewItems if there are no items
   */
  public DriveScores score(int[][] items) {
    if (items.length == 0) {
      throw new TooFewItems(part, 0, 1);
    }
    long people = 0;
    long performance = 0;
    long process = 0;
    for (int i = 0; i < items.length; i++) {
      int[] item = items[i];
      check(item, i + 1);
      people += item[0];
      performance += item[1];
      process += item[2];
    }
    double total = (double) items.length * POINTS_PER_ITEM;
    return new DriveScores(people / total * 100, performance / total * 100, process / total * 100);
  }

  private void check(int[] item, int number) {
    if (item == null || item.length != 3) {
      throw new WrongNumberOfDrives(part, number, item == null ? 0 : item.length);
    }
    int sum = 0;
    for (Drive d : Drive.values()) {
      int points = item[d.ordinal()];
      if (points < 0) {
        throw new NegativePoints(part, number, d, points);
      }
      sum += points;
    }
    if (sum != POINTS_PER_ITEM) {
      throw new PointsDoNotSumToTen(part, number, sum);
    }
  }
}

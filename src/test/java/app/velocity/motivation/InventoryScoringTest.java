package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryScoringTest {

  final PartScoring goingWell = new PartScoring(InventoryPart.GOING_WELL);

  static int[][] repeat(int[] item, int times) {
    int[][] items = new int[times][];
    for (int i = 0; i < times; i++) {
      items[i] = item.clone();
    }
    return items;
  }

  @Test
  void scoresEachDrivesShareOfAllPointsTimesOneHundred() {
    int[][] items = {{10, 0, 0}, {5, 5, 0}, {2, 3, 5}, {3, 2, 5}};
    DriveScores scores = goingWell.score(items);
    assertThat(scores.people()).isCloseTo(20 * 100 / 40.0, within(1e-12));
    assertThat(scores.performance()).isCloseTo(10 * 100 / 40.0, within(1e-12));
    assertThat(scores.process()).isCloseTo(10 * 100 / 40.0, within(1e-12));
  }

  @Test
  void scoresTwelveItemsInStepsOfFiveSixths() {
    int[][] items = repeat(new int[] {4, 3, 3}, 11);
    items = java.util.Arrays.copyOf(items, 12);
    items[11] = new int[] {5, 3, 2};
    DriveScores scores = goingWell.score(items);
    assertThat(scores.people()).isCloseTo(49 * 100 / 120.0, within(1e-12));
    assertThat(scores.process()).isCloseTo(35 * 100 / 120.0, within(1e-12));
  }

  @Test
  void scoresAnswersGivenAsMaps() {
    Map<Drive, Integer> item = new EnumMap<>(Drive.class);
    item.put(Drive.PEOPLE, 1);
    item.put(Drive.PERFORMANCE, 2);
    item.put(Drive.PROCESS, 7);
    DriveScores scores = goingWell.score(List.of(item, item));
    assertThat(scores.process()).isCloseTo(70, within(1e-12));
  }

  @Test
  void rejectsPointsThatDoNotSumToTen() {
    int[][] items = {{4, 3, 3}, {4, 3, 2}};
    assertThatThrownBy(() -> goingWell.score(items))
        .isInstanceOf(PointsDoNotSumToTen.class)
        .hasMessage(
            "Item 2 of the part when things go well: the points add up to 9, but they must add"
                + " up to exactly 10.")
        .satisfies(e -> assertThat(((PointsDoNotSumToTen) e).item()).isEqualTo(2));
    assertThatThrownBy(() -> goingWell.score(new int[][] {{5, 5, 1}}))
        .isInstanceOf(PointsDoNotSumToTen.class)
        .hasMessageContaining("add up to 11");
  }

  @Test
  void rejectsNegativePointsNamingTheDrive() {
    assertThatThrownBy(() -> goingWell.score(new int[][] {{4, 3, 3}, {4, 3, 3}, {12, -2, 0}}))
        .isInstanceOf(NegativePoints.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Item 3 of the part when things go well: the Performance ending has -2 points; points"
                + " cannot be negative.");
  }

  @Test
  void rejectsAnItemWithoutExactlyThreeDrives() {
    assertThatThrownBy(() -> goingWell.score(new int[][] {{5, 5}}))
        .isInstanceOf(WrongNumberOfDrives.class)
        .hasMessageContaining("Item 1")
        .hasMessageContaining("points were given for 2 endings");
    assertThatThrownBy(() -> goingWell.score(new int[][] {{4, 3, 2, 1}}))
        .isInstanceOf(WrongNumberOfDrives.class)
        .hasMessageContaining("for 4 endings");
    Map<Drive, Integer> missingProcess = new EnumMap<>(Drive.class);
    missingProcess.put(Drive.PEOPLE, 5);
    missingProcess.put(Drive.PERFORMANCE, 5);
    assertThatThrownBy(() -> goingWell.score(List.of(missingProcess)))
        .isInstanceOf(WrongNumberOfDrives.class)
        .hasMessageContaining("for 2 endings");
    List<Map<Drive, Integer>> withNull = new ArrayList<>(Collections.singletonList(null));
    assertThatThrownBy(() -> goingWell.score(withNull)).isInstanceOf(WrongNumberOfDrives.class);
  }

  @Test
  void rejectsAPartWithTooFewItemsNamingThePart() {
    InventoryScoring scoring = new InventoryScoring();
    int[][] ten = repeat(new int[] {4, 3, 3}, 10);
    assertThatThrownBy(() -> scoring.score(ten, repeat(new int[] {4, 3, 3}, 9)))
        .isInstanceOf(TooFewItems.class)
        .hasMessage(
            "The part under conflict or opposition has 9 answered items, but at least 10 are"
                + " needed to score it.");
    assertThatThrownBy(() -> goingWell.score(new int[0][])).isInstanceOf(TooFewItems.class);
  }

  @Test
  void scoresBothPartsIntoAProfile() {
    Profile profile =
        new InventoryScoring()
            .score(repeat(new int[] {6, 2, 2}, 12), repeat(new int[] {1, 1, 8}, 12));
    assertThat(profile.goingWell().people()).isCloseTo(60, within(1e-12));
    assertThat(profile.conflict().process()).isCloseTo(80, within(1e-12));
  }

  @Test
  void errorsInTheConflictPartNameThatPart() {
    int[][] conflict = repeat(new int[] {4, 3, 3}, 12);
    conflict[4] = new int[] {4, 4, 3};
    assertThatThrownBy(
            () -> new InventoryScoring().score(repeat(new int[] {4, 3, 3}, 12), conflict))
        .isInstanceOf(PointsDoNotSumToTen.class)
        .hasMessageStartingWith("Item 5 of the part under conflict or opposition");
  }
}

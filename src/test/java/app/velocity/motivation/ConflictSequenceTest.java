package app.velocity.motivation;

import static app.velocity.motivation.ConflictSequence.*;
import static app.velocity.motivation.Drive.PEOPLE;
import static app.velocity.motivation.Drive.PERFORMANCE;
import static app.velocity.motivation.Drive.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictSequenceTest {

  static ConflictSequence sequence(double people, double performance, double process) {
    return ConflictSequence.of(
        new DriveScores(people, performance, process), ModelSettings.defaults());
  }

  @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
  @CsvSource({
    // six strict orders, each gap just above the tolerance
    "50, 30, 20, PEOPLE_THEN_PERFORMANCE_THEN_PROCESS",
    "50, 20, 30, PEOPLE_THEN_PROCESS_THEN_PERFORMANCE",
    "30, 50, 20, PERFORMANCE_THEN_PEOPLE_THEN_PROCESS",
    "20, 50, 30, PERFORMANCE_THEN_PROCESS_THEN_PEOPLE",
    "30, 20, 50, PROCESS_THEN_PEOPLE_THEN_PERFORMANCE",
    "20, 30, 50, PROCESS_THEN_PERFORMANCE_THEN_PEOPLE",
    // one first, two tied behind
    "50, 25, 25, PEOPLE_THEN_PERFORMANCE_AND_PROCESS",
    "25, 50, 25, PERFORMANCE_THEN_PEOPLE_AND_PROCESS",
    "25, 25, 50, PROCESS_THEN_PEOPLE_AND_PERFORMANCE",
    // two tied in front
    "40, 40, 20, PEOPLE_AND_PERFORMANCE_THEN_PROCESS",
    "40, 20, 40, PEOPLE_AND_PROCESS_THEN_PERFORMANCE",
    "20, 40, 40, PERFORMANCE_AND_PROCESS_THEN_PEOPLE",
    // all tied
    "34, 33, 33, PEOPLE_AND_PERFORMANCE_AND_PROCESS",
  })
  void ordersTheDrivesByConflictScore(
      double people, double performance, double process, ConflictSequence expected) {
    assertThat(sequence(people, performance, process)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
  @CsvSource({
    // a gap of exactly 5 is a tie (inclusive) ...
    "40, 35, 25, PEOPLE_AND_PERFORMANCE_THEN_PROCESS",
    "45, 30, 25, PEOPLE_THEN_PERFORMANCE_AND_PROCESS",
    "36, 31, 33, PEOPLE_AND_PERFORMANCE_AND_PROCESS",
    "25, 35, 40, PERFORMANCE_AND_PROCESS_THEN_PEOPLE",
    // ... and a gap just above 5 is not
    "40.01, 35, 24.99, PEOPLE_THEN_PERFORMANCE_THEN_PROCESS",
    "45.01, 30, 24.99, PEOPLE_THEN_PERFORMANCE_THEN_PROCESS",
    "36.01, 30.99, 33, PEOPLE_AND_PROCESS_THEN_PERFORMANCE",
    "24.99, 35, 40.01, PROCESS_THEN_PERFORMANCE_THEN_PEOPLE",
  })
  void aGapOfExactlyTheToleranceIsATie(
      double people, double performance, double process, ConflictSequence expected) {
    assertThat(sequence(people, performance, process)).isEqualTo(expected);
  }

  @Test
  void tiesAreMeasuredFromTheStagesHighestScoreNotChained() {
    // 36 is within 5 of 40, and 32 within 5 of 36, but 32 is 8 below 40
    assertThat(sequence(40, 36, 24)).isEqualTo(PEOPLE_AND_PERFORMANCE_THEN_PROCESS);
    assertThat(ConflictSequence.of(40, 36, 32, 5)).isEqualTo(PEOPLE_AND_PERFORMANCE_THEN_PROCESS);
  }

  @Test
  void exactlyEqualScoresKeepCanonicalOrderWithinAStage() {
    assertThat(sequence(20, 40, 40).stages())
        .containsExactly(List.of(PERFORMANCE, PROCESS), List.of(PEOPLE));
    assertThat(sequence(40, 20, 40).stages())
        .containsExactly(List.of(PEOPLE, PROCESS), List.of(PERFORMANCE));
  }

  @Test
  void aGridOfConflictScoresYieldsExactlyThirteenSequences() {
    Set<ConflictSequence> seen = EnumSet.noneOf(ConflictSequence.class);
    Set<List<List<Drive>>> distinctStages = new HashSet<>();
    for (int i = 0; i <= 400; i++) {
      for (int j = 0; i + j <= 400; j++) {
        ConflictSequence s = ConflictSequence.of(i * 0.25, j * 0.25, 100 - (i + j) * 0.25, 5);
        seen.add(s);
        distinctStages.add(s.stages());
      }
    }
    assertThat(seen).hasSize(13);
    assertThat(distinctStages).hasSize(13);
  }

  @Test
  void everySequenceHoldsEachDriveOnceInCanonicalOrderWithinItsStages() {
    for (ConflictSequence s : values()) {
      List<Drive> all = new ArrayList<>();
      for (List<Drive> stage : s.stages()) {
        assertThat(stage).isNotEmpty().isSorted();
        all.addAll(stage);
      }
      assertThat(all).containsExactlyInAnyOrder(Drive.values());
    }
    long strict = java.util.Arrays.stream(values()).filter(s -> s.stages().size() == 3).count();
    long tieBehind =
        java.util.Arrays.stream(values())
            .filter(s -> s.stages().size() == 2 && s.stages().get(0).size() == 1)
            .count();
    long tieInFront =
        java.util.Arrays.stream(values())
            .filter(s -> s.stages().size() == 2 && s.stages().get(0).size() == 2)
            .count();
    assertThat(List.of(strict, tieBehind, tieInFront)).containsExactly(6L, 3L, 3L);
  }

  @Test
  void codesAndLabelsAreStableAndUnique() {
    assertThat(PEOPLE_THEN_PERFORMANCE_THEN_PROCESS.code()).isEqualTo("PEOPLE>PERFORMANCE>PROCESS");
    assertThat(PEOPLE_AND_PROCESS_THEN_PERFORMANCE.code()).isEqualTo("PEOPLE=PROCESS>PERFORMANCE");
    assertThat(PERFORMANCE_THEN_PEOPLE_AND_PROCESS.code()).isEqualTo("PERFORMANCE>PEOPLE=PROCESS");
    assertThat(PEOPLE_AND_PERFORMANCE_AND_PROCESS.code()).isEqualTo("PEOPLE=PERFORMANCE=PROCESS");
    assertThat(PERFORMANCE_THEN_PEOPLE_AND_PROCESS.label())
        .isEqualTo("Performance, then People and Process");
    assertThat(PEOPLE_AND_PERFORMANCE_AND_PROCESS.label())
        .isEqualTo("People and Performance and Process, together");
    Set<String> codes = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (ConflictSequence s : values()) {
      codes.add(s.code());
      labels.add(s.label());
      assertThat(ConflictSequence.fromCode(s.code())).isSameAs(s);
    }
    assertThat(codes).hasSize(13);
    assertThat(labels).hasSize(13);
  }

  @Test
  void rejectsAnUnknownCode() {
    assertThatThrownBy(() -> ConflictSequence.fromCode("PEOPLE>PEOPLE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PEOPLE>PEOPLE");
  }

  @Test
  void stagesMapOntoWhatThePersonStillCaresFor() {
    assertThat(PEOPLE_THEN_PERFORMANCE_THEN_PROCESS.stagesSpannedBy(2))
        .containsExactly(ConflictStage.THIRD);
    assertThat(PEOPLE_AND_PERFORMANCE_THEN_PROCESS.stagesSpannedBy(0))
        .containsExactly(ConflictStage.FIRST, ConflictStage.SECOND);
    assertThat(PEOPLE_AND_PERFORMANCE_THEN_PROCESS.stagesSpannedBy(1))
        .containsExactly(ConflictStage.THIRD);
    assertThat(PROCESS_THEN_PEOPLE_AND_PERFORMANCE.stagesSpannedBy(1))
        .containsExactly(ConflictStage.SECOND, ConflictStage.THIRD);
    assertThat(PEOPLE_AND_PERFORMANCE_AND_PROCESS.stagesSpannedBy(0))
        .containsExactly(ConflictStage.values());
    assertThat(ConflictStage.FIRST.concern()).isEqualTo("self, the problem and the other person");
    assertThat(ConflictStage.SECOND.concern()).isEqualTo("self and the problem");
    assertThat(ConflictStage.THIRD.concern()).isEqualTo("self only");
    assertThat(PROCESS_THEN_PEOPLE_AND_PERFORMANCE.stageIndexOf(PERFORMANCE)).isEqualTo(1);
    assertThat(PROCESS_THEN_PEOPLE_AND_PERFORMANCE.firstStage()).containsExactly(PROCESS);
  }

  @Test
  void eachDriveHasItsConflictResponse() {
    assertThat(ConflictResponse.of(PEOPLE).verb()).isEqualTo("accommodates");
    assertThat(ConflictResponse.of(PERFORMANCE).verb()).isEqualTo("asserts");
    assertThat(ConflictResponse.of(PROCESS).verb()).isEqualTo("analyses");
    for (Drive d : Drive.values()) {
      assertThat(ConflictResponse.of(d).drive()).isEqualTo(d);
    }
  }

  @Test
  void aWiderToleranceTiesMore() {
    DriveScores scores = new DriveScores(45, 35, 20);
    assertThat(ConflictSequence.of(scores, 5)).isEqualTo(PEOPLE_THEN_PERFORMANCE_THEN_PROCESS);
    assertThat(ConflictSequence.of(scores, 10)).isEqualTo(PEOPLE_AND_PERFORMANCE_THEN_PROCESS);
    assertThat(ConflictSequence.of(scores, 25)).isEqualTo(PEOPLE_AND_PERFORMANCE_AND_PROCESS);
    assertThat(ConflictSequence.of(new DriveScores(40, 30, 30), 0))
        .isEqualTo(PEOPLE_THEN_PERFORMANCE_AND_PROCESS);
  }
}

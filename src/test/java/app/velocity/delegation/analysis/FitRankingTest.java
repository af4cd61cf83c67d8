package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.DriveScores;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitRankingTest {

  private static final DriveScores ANALYSIS_WORK = new DriveScores(20, 20, 60);

  private final Candidate priya =
      Candidate.selfReported("p1", "Priya", new DriveScores(10, 30, 60));
  private final Candidate sam = Candidate.selfReported("s1", "Sam", new DriveScores(60, 30, 10));
  private final Candidate lee = Candidate.selfReported("l1", "Lee", new DriveScores(25, 45, 30));

  @Test
  void ranksCandidatesBestFitFirst() {
    var ranked = FitRanking.rank(ANALYSIS_WORK, List.of(sam, lee, priya));
    assertThat(ranked).extracting(r -> r.candidate().name()).containsExactly("Priya", "Lee", "Sam");
    assertThat(ranked).extracting(RankedCandidate::rank).containsExactly(1, 2, 3);
    assertThat(ranked.get(0).fit()).isGreaterThan(ranked.get(1).fit());
  }

  @Test
  void breaksTiesByIdWhateverTheInputOrder() {
    var twinB = Candidate.selfReported("b", "Bo", new DriveScores(30, 30, 40));
    var twinA = Candidate.selfReported("a", "Al", new DriveScores(30, 30, 40));
    assertThat(FitRanking.rank(ANALYSIS_WORK, List.of(twinB, twinA)))
        .extracting(r -> r.candidate().id())
        .containsExactly("a", "b");
    assertThat(FitRanking.rank(ANALYSIS_WORK, List.of(twinA, twinB)))
        .extracting(r -> r.candidate().id())
        .containsExactly("a", "b");
  }

  @Test
  void explainsAStrongMatchFromTheLeadingDriveOfTheWork() {
    var reason = FitRanking.rank(ANALYSIS_WORK, List.of(priya)).get(0).reason();
    assertThat(reason)
        .startsWith("This work needs patient analysis: Process is Priya's strongest drive (60).");
  }

  @Test
  void explainsAPoorMatchByTheDriveThePersonUsesLeast() {
    var reason = FitRanking.rank(ANALYSIS_WORK, List.of(sam)).get(0).reason();
    assertThat(reason)
        .contains("yet Process is Sam's least-used drive (10); Sam leads with People (60)");
  }

  @Test
  void explainsWorkWithTwoLeadingDrives() {
    var resultsAndCare = new DriveScores(45, 45, 10);
    var reason =
        FitRanking.rank(
                resultsAndCare, List.of(Candidate.selfReported("l1", "Lee", lee.goingWell())))
            .get(0)
            .reason();
    assertThat(reason)
        .startsWith(
            "This work needs care for the people involved and a drive to get results fast: Lee"
                + " brings Performance (45) but less People (25).");
  }

  @Test
  void saysWhenAProfileIsOnlyAnObserversEstimate() {
    var guessed = new Candidate("g1", "Gus", new DriveScores(10, 30, 60), 0.6);
    var ranked = FitRanking.rank(ANALYSIS_WORK, List.of(guessed, priya));
    assertThat(ranked.get(0).candidate()).isEqualTo(priya);
    assertThat(ranked.get(1).reason()).contains("observer's estimate held with 60% confidence");
    assertThat(ranked.get(0).reason()).doesNotContain("estimate");
  }

  @Test
  void rejectsTheSameCandidateTwice() {
    assertThatThrownBy(() -> FitRanking.rank(ANALYSIS_WORK, List.of(priya, priya)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p1");
  }
}

package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  private final DriveScores executive = new DriveScores(70, 20, 10);

  @Test
  void countsASharedDominantDriveAsAlikeEvenFarApart() {
    var colleague = new DriveScores(40, 35, 25);
    assertThat(Similarity.distance(executive, colleague)).isGreaterThan(Similarity.ALIKE_DISTANCE);
    assertThat(Similarity.motivatedAlike(executive, colleague)).isTrue();
  }

  @Test
  void countsCloseProfilesAsAlikeAcrossABoundary() {
    var nearCentre = new DriveScores(34, 33, 33);
    var acrossTheLine = new DriveScores(33, 34, 33);
    assertThat(Similarity.dominantDrive(acrossTheLine)).isEqualTo(Drive.PERFORMANCE);
    assertThat(Similarity.motivatedAlike(nearCentre, acrossTheLine)).isTrue();
  }

  @Test
  void countsADifferentDominantDriveFarAwayAsUnlike() {
    assertThat(Similarity.motivatedAlike(executive, new DriveScores(10, 70, 20))).isFalse();
  }
}

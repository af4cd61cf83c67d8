package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MotivationalFitProperties {

  @Property
  void fitStaysWithinZeroAndHundredAndIsSymmetric(
      @ForAll("points") DriveScores a, @ForAll("points") DriveScores b) {
    double fit = MotivationalFit.of(a, b);
    assertThat(fit).isBetween(0.0, 100.0);
    assertThat(MotivationalFit.of(b, a)).isEqualTo(fit);
  }

  @Property
  void anEstimateNeverFitsBetterThanTheBetterOfItselfAndTheCentre(
      @ForAll("points") DriveScores estimate,
      @ForAll("points") DriveScores demand,
      @ForAll @IntRange(min = 1, max = 100) int confidencePercent) {
    double expected = MotivationalFit.estimated(estimate, confidencePercent / 100.0, demand);
    double own = MotivationalFit.of(estimate, demand);
    double centre = MotivationalFit.of(DriveScores.centre(), demand);
    assertThat(expected).isBetween(Math.min(own, centre) - 1e-9, Math.max(own, centre) + 1e-9);
  }

  @Property(tries = 200)
  void rankingDoesNotDependOnTheOrderCandidatesArriveIn(
      @ForAll("points") DriveScores demand, @ForAll("teams") List<DriveScores> team) {
    var candidates = new ArrayList<Candidate>();
    for (int i = 0; i < team.size(); i++) {
      candidates.add(Candidate.selfReported("c" + i, "Person " + i, team.get(i)));
    }
    var shuffled = new ArrayList<>(candidates);
    Collections.reverse(shuffled);
    assertThat(FitRanking.rank(demand, shuffled)).isEqualTo(FitRanking.rank(demand, candidates));
  }

  @Provide
  Arbitrary<DriveScores> points() {
    var share = Arbitraries.integers().between(0, 100);
    return Combinators.combine(share, share)
        .as((x, y) -> new DriveScores(Math.min(x, y), Math.abs(x - y), 100 - Math.max(x, y)));
  }

  @Provide
  Arbitrary<List<DriveScores>> teams() {
    // whole-number profiles make exact ties common, which is what the tie-break must survive
    return points().list().ofMinSize(2).ofMaxSize(6);
  }
}

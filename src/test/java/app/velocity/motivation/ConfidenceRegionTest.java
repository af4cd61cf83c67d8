package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfidenceRegionTest {

  private static final ModelSettings SETTINGS = ModelSettings.defaults();
  private static final TypeRule RULE = new TypeRule(SETTINGS);
  private static final TypeRegions REGIONS = new TypeRegions(SETTINGS);

  @Test
  void typeRegionsHoldExactlyTheProfilesOfTheirType() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 50_000; i++) {
      DriveScores p = InventorySimulation.uniformProfile(random);
      MotivationalType type = RULE.typeOf(p);
      for (MotivationalType t : MotivationalType.values()) {
        boolean inside = contains(REGIONS.polygon(t), p);
        if (t == type) {
          assertThat(inside).as("%s in its own %s region", p, t).isTrue();
        } else if (inside) {
          // only on a shared boundary may a profile lie in a second region
          assertThat(RULE.distanceToBoundary(p)).as("%s also in %s", p, t).isLessThan(1e-6);
        }
      }
    }
  }

  @Test
  void reachAlongADriveIsTheRadiusTimesItsStandardError() {
    ScoreError e = new ScoreError(6, 4, -2);
    ConfidenceRegion region = new ConfidenceRegion(new DriveScores(40, 35, 25), e, 1.5);
    for (Drive d : Drive.values()) {
      assertThat(region.reach(d)).isCloseTo(1.5 * e.standardError(d), within(1e-12));
      // and the outline really reaches that far, no farther
      double max = region.outline(720).stream().mapToDouble(s -> s.of(d)).max().orElseThrow();
      assertThat(max - region.centre().of(d)).isCloseTo(region.reach(d), within(1e-3));
    }
  }

  @Test
  void reachingAPolygonAgreesWithPointsSampledInsideTheEllipse() {
    SplittableRandom random = new SplittableRandom(5);
    for (int run = 0; run < 3_000; run++) {
      DriveScores centre = InventorySimulation.centredProfile(random);
      ConfidenceRegion region =
          new ConfidenceRegion(centre, randomError(random), 0.5 + 2 * random.nextDouble());
      Set<MotivationalType> sampled = EnumSet.noneOf(MotivationalType.class);
      for (DriveScores s : region.outline(360)) {
        sampled.add(RULE.typeOf(s));
      }
      sampled.add(RULE.typeOf(region.centre()));
      for (MotivationalType t : MotivationalType.values()) {
        if (sampled.contains(t)) {
          // a sampled profile of the region lies in t
          assertThat(region.reaches(REGIONS.polygon(t))).as("%s reaches %s", region, t).isTrue();
        } else if (region.reaches(REGIONS.polygon(t))) {
          // reached, yet no sample there: only possible by a sliver thinner than the sampling
          assertThat(region.distanceTo(REGIONS.polygon(t)))
              .as("%s reaches %s", region, t)
              .isGreaterThan(region.radius() * 0.99);
        }
      }
    }
  }

  @Test
  void theOutlineLiesOnTheEllipseAndInsideTheTriangle() {
    ScoreError e = new ScoreError(30, 20, -12);
    ConfidenceRegion nearCorner = new ConfidenceRegion(new DriveScores(92, 5, 3), e, 2);
    List<DriveScores> outline = nearCorner.outline(96);
    assertThat(outline).allSatisfy(s -> assertThat(s.people()).isBetween(0.0, 100.0));
    // the corner cuts the ellipse: some corners lie on the triangle's edges
    assertThat(outline).anySatisfy(s -> assertThat(s.process()).isCloseTo(0, within(1e-9)));
    ConfidenceRegion inside = new ConfidenceRegion(new DriveScores(40, 30, 30), e, 2);
    for (DriveScores s : inside.outline(96)) {
      double dp = s.people() - 40;
      double df = s.performance() - 30;
      assertThat(Math.sqrt(e.mahalanobisSquared(dp, df))).isCloseTo(2, within(1e-9));
    }
  }

  @Test
  void aPointOnABoundaryReachesBothSides() {
    ScoreError tiny = new ScoreError(0.01, 0.01, -0.005);
    // People = 33⅓ + 11 exactly, the edge between Flexible and People
    ConfidenceRegion region =
        new ConfidenceRegion(new DriveScores(44 + 1.0 / 3, 30, 25 + 2.0 / 3), tiny, 1);
    assertThat(region.reaches(REGIONS.polygon(MotivationalType.FLEXIBLE))).isTrue();
    assertThat(region.reaches(REGIONS.polygon(MotivationalType.PEOPLE))).isTrue();
    assertThat(region.reaches(REGIONS.polygon(MotivationalType.PROCESS))).isFalse();
  }

  static ScoreError randomError(SplittableRandom random) {
    double a = 0.5 + 30 * random.nextDouble();
    double b = 0.5 + 30 * random.nextDouble();
    double rho = -0.9 + 1.3 * random.nextDouble();
    return new ScoreError(a, b, rho * Math.sqrt(a * b));
  }

  static boolean contains(List<DriveScores> polygon, DriveScores p) {
    double sign = 0;
    for (int i = 0; i < polygon.size(); i++) {
      DriveScores a = polygon.get(i);
      DriveScores b = polygon.get((i + 1) % polygon.size());
      double cross =
          (b.people() - a.people()) * (p.performance() - a.performance())
              - (b.performance() - a.performance()) * (p.people() - a.people());
      if (Math.abs(cross) < 1e-7) {
        continue;
      }
      if (sign == 0) {
        sign = Math.signum(cross);
      } else if (Math.signum(cross) != sign) {
        return false;
      }
    }
    return true;
  }
}

package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileCalculatorTest {

  final ProfileCalculator calculator = new ProfileCalculator(ModelSettings.defaults());

  @Test
  void analysesAFirmPerformanceProfile() {
    ProfileAnalysis a =
        calculator.analyse(new Profile(new DriveScores(20, 60, 20), new DriveScores(30, 20, 50)));
    assertThat(a.type()).isEqualTo(MotivationalType.PERFORMANCE);
    assertThat(a.leaning()).isFalse();
    assertThat(a.distanceToBoundary()).isCloseTo(100.0 / 3 - 20, within(1e-9));
    assertThat(a.dominantDrive()).isEqualTo(Drive.PERFORMANCE);
    assertThat(a.conflictSequence())
        .isEqualTo(ConflictSequence.PROCESS_THEN_PEOPLE_THEN_PERFORMANCE);
    assertThat(a.firstConflictDrives()).containsExactly(Drive.PROCESS);
    assertThat(a.goingWellPoint()).isEqualTo(TrianglePoint.of(a.profile().goingWell()));
    assertThat(a.conflictPoint()).isEqualTo(TrianglePoint.of(a.profile().conflict()));
    // score difference (10, -40, 30): √2600 / √2 = √1300
    assertThat(a.arrow().length()).isCloseTo(Math.sqrt(1300), within(1e-9));
    assertThat(a.arrow().magnitude()).isEqualTo(ArrowMagnitude.MARKED);
  }

  @Test
  void describesAProfileNearABoundaryAsLeaning() {
    ProfileAnalysis a =
        calculator.analyse(new Profile(new DriveScores(46, 34, 20), new DriveScores(46, 34, 20)));
    assertThat(a.type()).isEqualTo(MotivationalType.PEOPLE_PERFORMANCE);
    assertThat(a.leaning()).isTrue();
    assertThat(a.arrow().magnitude()).isEqualTo(ArrowMagnitude.SLIGHT);
  }

  @Test
  void agreesWithTheTypeRuleAndConflictSequenceOnRandomProfiles() {
    TypeRule rule = new TypeRule(ModelSettings.defaults());
    Random random = new Random(5);
    for (int n = 0; n < 10_000; n++) {
      DriveScores well = random(random);
      DriveScores conflict = random(random);
      ProfileAnalysis a = calculator.analyse(new Profile(well, conflict));
      assertThat(a.type()).isEqualTo(rule.typeOf(well));
      assertThat(a.leaning()).isEqualTo(rule.isLeaning(well));
      assertThat(a.conflictSequence()).isEqualTo(ConflictSequence.of(conflict, 5));
      assertThat(well.of(a.dominantDrive()))
          .isEqualTo(Math.max(well.people(), Math.max(well.performance(), well.process())));
    }
  }

  @Test
  void everyTypeHasItsLabelAndDrives() {
    assertThat(MotivationalType.PEOPLE_PERFORMANCE.label()).isEqualTo("People & Performance");
    assertThat(MotivationalType.FLEXIBLE.label()).isEqualTo("Flexible");
    assertThat(MotivationalType.FLEXIBLE.drives()).isEmpty();
    assertThat(MotivationalType.PERFORMANCE_PROCESS.drives())
        .containsExactly(Drive.PERFORMANCE, Drive.PROCESS);
    assertThat(MotivationalType.naming(Set.of(Drive.PROCESS, Drive.PEOPLE)))
        .isEqualTo(MotivationalType.PEOPLE_PROCESS);
    assertThat(MotivationalType.PEOPLE.isSingle()).isTrue();
    assertThat(MotivationalType.PEOPLE_PROCESS.isBlend()).isTrue();
    assertThatThrownBy(() -> MotivationalType.naming(Set.of(Drive.values())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultSettingsAreThoseOfTheDesign() {
    assertThat(ModelSettings.defaults()).isEqualTo(new ModelSettings(11, 3, 5));
  }

  @Test
  void rejectsSettingsThatBreakTheModel() {
    assertThatThrownBy(() -> new ModelSettings(0, 3, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("h must");
    assertThatThrownBy(() -> new ModelSettings(100.0 / 3, 3, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ModelSettings(11, -1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaning margin");
    assertThatThrownBy(() -> new ModelSettings(11, 3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tie tolerance");
  }

  static DriveScores random(Random random) {
    double a = random.nextDouble() * 100;
    double b = random.nextDouble() * 100;
    return new DriveScores(Math.min(a, b), Math.abs(a - b), 100 - Math.max(a, b));
  }
}

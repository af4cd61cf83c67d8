package app.velocity.motivation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EstimateConfidenceTest {

  @Test
  void handCheckedValues() {
    Acquaintance best =
        new Acquaintance(
            KnownFor.MORE_THAN_THREE_YEARS, Closeness.DAILY, EnumSet.allOf(ObservedSetting.class));
    assertThat(EstimateConfidence.of(best, 12, 12)).isCloseTo(0.85, within(1e-12));

    Acquaintance slight =
        Acquaintance.of(
            KnownFor.LESS_THAN_THREE_MONTHS, Closeness.RARELY, ObservedSetting.ROUTINE_WORK);
    // 0.85 × 0.5 × 0.5 × (0.4 + 0.6 × 5/12) × 0.75
    assertThat(EstimateConfidence.of(slight, 5, 12)).isCloseTo(0.10359375, within(1e-12));
  }

  @Test
  void growsWithTimeClosenessAnswersAndPressureAndNeverReachesASelfReport() {
    Random random = new Random(4242L);
    for (int run = 0; run < 2000; run++) {
      KnownFor known = pick(random, KnownFor.values());
      Closeness close = pick(random, Closeness.values());
      Set<ObservedSetting> settings = EnumSet.of(ObservedSetting.ROUTINE_WORK);
      for (ObservedSetting s : ObservedSetting.values()) {
        if (s != ObservedSetting.UNDER_PRESSURE && random.nextBoolean()) {
          settings.add(s);
        }
      }
      int answered = 3 + random.nextInt(9);
      double c = EstimateConfidence.of(new Acquaintance(known, close, settings), answered, 12);
      assertThat(c).isGreaterThan(0).isLessThan(1).isLessThanOrEqualTo(EstimateConfidence.MAXIMUM);

      if (known.ordinal() < KnownFor.values().length - 1) {
        KnownFor longer = KnownFor.values()[known.ordinal() + 1];
        assertThat(EstimateConfidence.of(new Acquaintance(longer, close, settings), answered, 12))
            .isGreaterThan(c);
      }
      if (close.ordinal() < Closeness.values().length - 1) {
        Closeness closer = Closeness.values()[close.ordinal() + 1];
        assertThat(EstimateConfidence.of(new Acquaintance(known, closer, settings), answered, 12))
            .isGreaterThan(c);
      }
      assertThat(EstimateConfidence.of(new Acquaintance(known, close, settings), answered + 1, 12))
          .isGreaterThan(c);
      Set<ObservedSetting> withPressure = EnumSet.copyOf(settings);
      withPressure.add(ObservedSetting.UNDER_PRESSURE);
      assertThat(EstimateConfidence.of(new Acquaintance(known, close, withPressure), answered, 12))
          .isGreaterThan(c);
    }
  }

  @Test
  void rejectsImpossibleCounts() {
    Acquaintance a =
        Acquaintance.of(KnownFor.ONE_TO_THREE_YEARS, Closeness.WEEKLY, ObservedSetting.SOCIAL);
    assertThatThrownBy(() -> EstimateConfidence.of(a, 13, 12))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAcquaintanceNeedsASetting() {
    assertThatThrownBy(
            () -> new Acquaintance(KnownFor.ONE_TO_THREE_YEARS, Closeness.WEEKLY, Set.of()))
        .hasMessageContaining("at least one setting");
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}

package app.velocity.motivation.strengths;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StrengthRankingTest {

  @Test
  void catalogueHasAboutTwentyFiveDistinctStrengthsOfEveryKind() {
    List<Strength> all = Strength.catalogue();
    assertThat(all).hasSizeBetween(24, 30);
    assertThat(all.stream().map(Strength::name).distinct()).hasSize(all.size());
    assertThat(all.stream().map(Strength::overdone).distinct()).hasSize(all.size());
    long single = all.stream().filter(s -> s.mix().of(s.mix().main()) >= 0.7).count();
    long centre =
        all.stream()
            .filter(s -> List.of(Drive.values()).stream().allMatch(d -> s.mix().of(d) >= 0.2))
            .count();
    assertThat(single).isGreaterThanOrEqualTo(12);
    assertThat(centre).isGreaterThanOrEqualTo(3);
  }

  @Test
  void catalogueAvoidsTrademarksAndColourNames() {
    Pattern banned = app.velocity.motivation.OwnWords.forbiddenNamesAndColours();
    for (Strength s : Strength.catalogue()) {
      String text =
          (s.name() + " " + s.description() + " " + s.overdone()).toLowerCase(Locale.ROOT);
      assertThat(banned.matcher(text).find()).as(s.name()).isFalse();
    }
  }

  @Test
  void rankingCoversTheWholeCatalogueBestFirst() {
    List<RankedStrength> ranked = StrengthRanking.rank(new DriveScores(50, 30, 20));
    assertThat(ranked).hasSize(Strength.catalogue().size());
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).support()).isLessThanOrEqualTo(ranked.get(i - 1).support());
      assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
    }
  }

  @Test
  void aClearProfileRanksStrengthsOfItsDriveFirst() {
    assertThat(StrengthRanking.top(new DriveScores(70, 15, 15), 3))
        .allMatch(r -> r.strength().mix().main() == Drive.PEOPLE);
    assertThat(StrengthRanking.top(new DriveScores(15, 70, 15), 3))
        .allMatch(r -> r.strength().mix().main() == Drive.PERFORMANCE);
    assertThat(StrengthRanking.top(new DriveScores(15, 15, 70), 3))
        .allMatch(r -> r.strength().mix().main() == Drive.PROCESS);
  }

  @Test
  void aBalancedProfileRanksCentreStrengthsFirst() {
    assertThat(StrengthRanking.top(DriveScores.centre(), 1).get(0).strength().name())
        .isEqualTo("Adaptable");
  }

  @Test
  void differentProfilesGetDifferentOrders() {
    Set<List<String>> orders = new HashSet<>();
    int profiles = 0;
    for (int a = 0; a <= 100; a += 10) {
      for (int b = 0; a + b <= 100; b += 10) {
        profiles++;
        orders.add(
            StrengthRanking.rank(new DriveScores(a, b, 100 - a - b)).stream()
                .map(r -> r.strength().name())
                .toList());
      }
    }
    assertThat(orders).hasSize(profiles);
  }
}

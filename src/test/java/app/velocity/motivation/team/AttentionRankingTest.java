package app.velocity.motivation.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.Profile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttentionRankingTest {

  private static Profile profile(double people, double performance, double process) {
    DriveScores s = new DriveScores(people, performance, process);
    return new Profile(s, s);
  }

  private final Profile me = profile(20, 60, 20);

  private final Relationship priya =
      new Relationship(
          "Priya",
          ColleagueProfile.selfReported(profile(20, 20, 60)),
          5,
          Frequency.MONTHLY,
          2,
          3,
          "");
  private final Relationship omar =
      new Relationship("Omar", ColleagueProfile.unknown(), 4, Frequency.RARELY, 1, 2, null);
  private final Relationship lena =
      new Relationship(
          "Lena",
          ColleagueProfile.estimated(profile(20, 55, 25), 0.6),
          5,
          Frequency.WEEKLY,
          3,
          1,
          "");
  private final Relationship ben =
      new Relationship("Ben", ColleagueProfile.unknown(), 2, Frequency.DAILY, 5, 2, "");
  private final Relationship chen =
      new Relationship(
          "Chen", ColleagueProfile.selfReported(profile(22, 58, 20)), 3, Frequency.DAILY, 5, 4, "");
  private final Relationship ada =
      new Relationship("Ada", ColleagueProfile.unknown(), 3, Frequency.WEEKLY, 4, 4, "");

  private final List<Relationship> all = List.of(ada, chen, ben, lena, priya, omar);

  @Test
  void veeringAwayComesFirstThenTheOtherPatterns() {
    AttentionRanking ranking = AttentionRanking.of(me, all);
    assertThat(ranking.items())
        .extracting(a -> a.relationship().colleague())
        .containsExactly("Omar", "Priya", "Lena", "Ben", "Chen", "Ada");
    assertThat(ranking.items())
        .extracting(Attention::primary)
        .containsExactly(
            AttentionPattern.VEERING_AWAY,
            AttentionPattern.VEERING_AWAY,
            AttentionPattern.IMPORTANT_BUT_INEFFECTIVE,
            AttentionPattern.EASY_BUT_INEFFECTIVE,
            AttentionPattern.COMFORT_ZONE,
            AttentionPattern.NONE);
  }

  @Test
  void scoresAsDocumented() {
    AttentionRanking ranking = AttentionRanking.of(me, all);
    // Omar: u(4) + (1 − u(1)) + (1 − u(1)) = 0.75 + 1 + 1; Priya: 1 + 0.75 + 0.75
    assertThat(ranking.items().get(0).score()).isEqualTo(2.75);
    assertThat(ranking.items().get(1).score()).isEqualTo(2.5);
    assertThat(ranking.items().get(0).patterns())
        .containsExactly(AttentionPattern.VEERING_AWAY, AttentionPattern.IMPORTANT_BUT_INEFFECTIVE);
    // Chen: u(5) + (1 − 2/10)
    assertThat(ranking.withPrimary(AttentionPattern.COMFORT_ZONE).get(0).score())
        .isCloseTo(1.8, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void reasonsAreBuiltFromTheNumbersAndTheProfiles() {
    AttentionRanking ranking = AttentionRanking.of(me, all);
    assertThat(ranking.items().get(1).reason())
        .isEqualTo(
            "Important to you (5/5), hard (2/5), and you work together only monthly: you may be"
                + " veering away. Priya leads with Process where you lead with Performance; the"
                + " pair playbook shows how to approach Priya.");
    assertThat(ranking.items().get(0).reason())
        .startsWith("Important to you (4/5), hard (1/5), and you work together only rarely")
        .contains("not working well (effectiveness 2/5)")
        .endsWith(
            "You have no profile for Omar yet; an invitation or an estimate would show what drives Omar.");
    assertThat(ranking.items().get(2).reason())
        .contains("You both lead with Performance (an estimate, 60% confidence)");
    assertThat(ranking.items().get(4).reason())
        .startsWith("Your profiles are very close (2 points apart) and you work together daily");
    assertThat(ranking.items().get(5).reason())
        .isEqualTo(
            "Nothing stands out: importance 3/5, ease 4/5, effectiveness 4/5, and you work"
                + " together weekly.");
  }

  @Test
  void theOrderDoesNotDependOnTheInputOrder() {
    List<String> expected =
        AttentionRanking.of(me, all).items().stream()
            .map(a -> a.relationship().colleague() + a.reason())
            .toList();
    Random random = new Random(11L);
    for (int run = 0; run < 50; run++) {
      List<Relationship> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      assertThat(
              AttentionRanking.of(me, shuffled).items().stream()
                  .map(a -> a.relationship().colleague() + a.reason())
                  .toList())
          .isEqualTo(expected);
    }
  }

  @Test
  void veeringAwayAlwaysOutranksOtherPatterns() {
    Random random = new Random(5L);
    for (int run = 0; run < 300; run++) {
      List<Relationship> relationships = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        relationships.add(
            new Relationship(
                "C" + i,
                ColleagueProfile.unknown(),
                1 + random.nextInt(5),
                Frequency.values()[random.nextInt(5)],
                1 + random.nextInt(5),
                1 + random.nextInt(5),
                ""));
      }
      List<Attention> items = AttentionRanking.of(me, relationships).items();
      boolean seenOther = false;
      for (Attention a : items) {
        if (a.primary() == AttentionPattern.VEERING_AWAY) {
          assertThat(seenOther).isFalse();
        } else {
          seenOther = true;
        }
      }
    }
  }

  @Test
  void rejectsRatingsOutsideOneToFive() {
    assertThatThrownBy(
            () -> new Relationship("X", ColleagueProfile.unknown(), 6, Frequency.DAILY, 3, 3, ""))
        .hasMessageContaining("importance is rated from 1 to 5, not 6");
  }
}

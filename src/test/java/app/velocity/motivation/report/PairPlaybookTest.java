package app.velocity.motivation.report;

import static app.velocity.motivation.report.ProfileReportTest.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.report.PairPlaybook.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairPlaybookTest {

  private static Person self(String name, int... s) {
    return Person.selfReported(name, analyse(s[0], s[1], s[2], s[3], s[4], s[5]));
  }

  private final Person exec = self("You", 20, 60, 20, 15, 70, 15);
  private final Person dana = self("Dana", 60, 15, 25, 70, 10, 20);

  @Test
  void hasEveryKeyAndNoEmptySection() {
    PairPlaybook p = PairPlaybook.of(exec, dana);
    assertThat(p.sections()).extracting(Section::key).containsExactlyElementsOf(PairPlaybook.KEYS);
    assertThat(PairPlaybook.KEYS)
        .contains(
            "approach",
            "motivate",
            "recognise",
            "delegate",
            "conflict",
            "underPressure",
            "howTheySeeYou",
            "wordsToUse",
            "wordsToAvoid");
    assertThat(p.sections()).allSatisfy(s -> assertThat(s.sentences()).isNotEmpty());
  }

  @Test
  void isDeterministic() {
    assertThat(PairPlaybook.of(exec, dana)).isEqualTo(PairPlaybook.of(exec, dana));
    assertThat(PairPlaybook.of(exec, dana).fullText())
        .isEqualTo(PairPlaybook.of(self("You", 20, 60, 20, 15, 70, 15), dana).fullText());
  }

  @Test
  void swappingThePairChangesIt() {
    Person danaAsExec = self("You", 60, 15, 25, 70, 10, 20);
    Person execAsColleague = self("Dana", 20, 60, 20, 15, 70, 15);
    assertThat(PairPlaybook.of(danaAsExec, execAsColleague).fullText())
        .isNotEqualTo(PairPlaybook.of(exec, dana).fullText());
  }

  @Test
  void differentPairsDiffer() {
    Set<String> texts = new HashSet<>();
    List<int[]> grid = ProfileReportTest.grid(20);
    int pairs = 0;
    for (int[] a : grid) {
      for (int[] b : grid) {
        Person me = self("You", a[0], a[1], a[2], a[2], a[0], a[1]);
        Person other = self("Sam", b[0], b[1], b[2], b[1], b[2], b[0]);
        texts.add(PairPlaybook.of(me, other).fullText());
        pairs++;
      }
    }
    assertThat(texts).hasSize(pairs);
  }

  @Test
  void usesBothProfiles() {
    PairPlaybook p = PairPlaybook.of(exec, dana);
    assertThat(String.join(" ", p.section("pair").sentences()))
        .contains("Dana's strongest drive is People (60); yours is Performance (60)")
        .contains("Dana scores Performance 15 to your 60, 45 points less");
    assertThat(String.join(" ", p.section("conflict").sentences()))
        .contains("You start by asserting and Dana by accommodating")
        .contains("check that the agreement is real");
  }

  @Test
  void estimateStatesItsLowerConfidence() {
    Person guessed = Person.estimated("Lee", analyse(25, 25, 50, 20, 20, 60), 0.45);
    PairPlaybook p = PairPlaybook.of(exec, guessed);
    assertThat(p.section("pair").sentences().get(0))
        .contains("is an estimate with a confidence of 45%")
        .contains("lower than a self-reported result");
    assertThat(PairPlaybook.of(exec, Person.selfReported("Lee", guessed.analysis())).fullText())
        .doesNotContain("estimate");
  }
}

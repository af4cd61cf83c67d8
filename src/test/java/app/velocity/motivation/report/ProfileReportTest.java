package app.velocity.motivation.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProfileReportTest {

  static final ProfileCalculator CALC = new ProfileCalculator(ModelSettings.defaults());

  static ProfileAnalysis analyse(int p, int f, int c, int cp, int cf, int cc) {
    return CALC.analyse(new Profile(new DriveScores(p, f, c), new DriveScores(cp, cf, cc)));
  }

  static ProfileReport report(int p, int f, int c, int cp, int cf, int cc) {
    return ProfileReport.of(analyse(p, f, c, cp, cf, cc));
  }

  /** Every integer profile on a grid of this step, as {people, performance, process}. */
  static List<int[]> grid(int step) {
    List<int[]> points = new ArrayList<>();
    for (int a = 0; a <= 100; a += step) {
      for (int b = 0; a + b <= 100; b += step) {
        points.add(new int[] {a, b, 100 - a - b});
      }
    }
    return points;
  }

  @Test
  void hasTheSixSectionsInOrder() {
    ProfileReport r = report(50, 30, 20, 20, 30, 50);
    assertThat(r.sections())
        .extracting(Section::key)
        .containsExactly("type", "conflict", "strengths", "motivation", "workingWithYou", "footer");
    assertThat(r.sections()).allSatisfy(s -> assertThat(s.sentences()).isNotEmpty());
  }

  @Test
  void typeSectionNamesScoresLeaningAndExtremes() {
    // 45/20/35: Process is 1.7 above the centre, so People & Process, leaning toward People.
    String type = String.join(" ", report(45, 20, 35, 30, 30, 40).section("type").sentences());
    assertThat(type)
        .contains("People 45, Performance 20, Process 35")
        .contains("in the People & Process region")
        .contains("You sit 1.7 points from the People region, so read this as leaning rather")
        .contains("Your strongest drive is People at 45")
        .contains("least used is Performance at 20");
    String firm = String.join(" ", report(70, 15, 15, 70, 15, 15).section("type").sentences());
    assertThat(firm).contains("inside the People region").doesNotContain("leaning");
  }

  @Test
  void conflictSectionWalksTheStagesAndTheArrow() {
    String c = String.join(" ", report(50, 30, 20, 20, 30, 50).section("conflict").sentences());
    assertThat(c)
        .contains("Process, then Performance, then People")
        .contains("Stage 1 (Process 50): you still care for self, the problem and the other person")
        .contains("Stage 3 (People 20): you still care for self only")
        .contains("analyse")
        .contains("you change markedly");
    String tied = String.join(" ", report(50, 30, 20, 40, 38, 22).section("conflict").sentences());
    assertThat(tied).contains("Stages 1 and 2 (People 40, Performance 38)").contains("tied");
  }

  @Test
  void strengthsSectionListsSixWithOverdoneForms() {
    List<String> s = report(20, 65, 15, 20, 65, 15).section("strengths").sentences();
    assertThat(s.stream().filter(x -> x.contains("Overdone, it can read as"))).hasSize(6);
    assertThat(s.get(1)).startsWith("1. ").contains("Performance, where you score 65");
  }

  @Test
  void footerSaysDevelopmentNeverHiring() {
    assertThat(String.join(" ", report(30, 30, 40, 30, 30, 40).section("footer").sentences()))
        .contains("never be used to decide on hiring")
        .contains("not a box");
  }

  @Test
  void profilesOnePointApartNeverShareAReport() {
    Map<String, String> seen = new HashMap<>();
    List<int[]> fine = grid(1);
    int[] mid = {30, 30, 40};
    for (int[] g : fine) {
      record(seen, g, mid);
      record(seen, mid, g);
    }
    for (int[] g : grid(10)) {
      for (int[] c : grid(10)) {
        record(seen, g, c);
      }
    }
    assertThat(seen).hasSizeGreaterThan(10_000);
  }

  private static void record(Map<String, String> seen, int[] g, int[] c) {
    String key = List.of(g[0], g[1], g[2], c[0], c[1], c[2]).toString();
    String text = report(g[0], g[1], g[2], c[0], c[1], c[2]).fullText();
    String before = seen.putIfAbsent(text, key);
    assertThat(before == null || before.equals(key))
        .as("%s and %s got the same report", before, key)
        .isTrue();
  }

  @Test
  void noSentenceFitsEveryone() {
    Set<String> common = null;
    for (int[] g : grid(5)) {
      int[] c = {g[2], g[0], g[1]};
      Set<String> sentences = new HashSet<>();
      report(g[0], g[1], g[2], c[0], c[1], c[2])
          .sections()
          .forEach(s -> sentences.addAll(s.sentences()));
      if (common == null) {
        common = sentences;
      } else {
        common.retainAll(sentences);
      }
    }
    assertThat(common).isEmpty();
  }

  @Test
  void avoidsTrademarksAndColourNames() {
    Pattern banned = app.velocity.motivation.OwnWords.forbiddenNamesAndColours();
    for (int[] g : grid(10)) {
      String text = report(g[0], g[1], g[2], g[1], g[2], g[0]).fullText();
      assertThat(banned.matcher(text.toLowerCase(Locale.ROOT)).find()).as(text).isFalse();
    }
  }

  @Test
  void worksOnInventoryScoresThatAreNotWholeNumbers() {
    ProfileAnalysis a =
        CALC.analyse(
            new Profile(
                new DriveScores(100 * 55 / 120.0, 100 * 40 / 120.0, 100 * 25 / 120.0),
                new DriveScores(100 * 30 / 120.0, 100 * 30 / 120.0, 100 * 60 / 120.0)));
    assertThat(ProfileReport.of(a).fullText()).contains("People 45.8, Performance 33.3");
  }
}

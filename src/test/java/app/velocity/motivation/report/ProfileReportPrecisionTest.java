package app.velocity.motivation.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.motivation.ProfileError;
import app.velocity.motivation.ProfileReading;
import app.velocity.motivation.ScoreError;
import app.velocity.motivation.UncertaintyRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The personal report of a result read with its measurement error. */
class ProfileReportPrecisionTest {

  private static final ProfileCalculator CALC = new ProfileCalculator(ModelSettings.defaults());
  private static final UncertaintyRule RULE = new UncertaintyRule(ModelSettings.defaults(), 1.05);

  /** ±2.1 points on every score at the radius 1.05, like a steady 48-item respondent. */
  private static final ScoreError STEADY = new ScoreError(4, 4, -2);

  /** ±5.3 points: someone whose answers swing from item to item. */
  private static final ScoreError ERRATIC = new ScoreError(25, 25, -12.5);

  static ProfileReading read(int[] well, int[] conflict, ScoreError error) {
    return RULE.read(
        CALC.analyse(
            new Profile(
                new DriveScores(well[0], well[1], well[2]),
                new DriveScores(conflict[0], conflict[1], conflict[2]))),
        new ProfileError(error, error));
  }

  static String section(ProfileReading r, String key) {
    return String.join(" ", ProfileReport.of(r).section(key).sentences());
  }

  @Test
  void aFirmTypeSaysTheWholeMarginLiesInsideItsRegion() {
    ProfileReading r = read(new int[] {60, 20, 20}, new int[] {20, 30, 50}, STEADY);
    assertThat(r.type().firm()).isTrue();
    assertThat(section(r, "type"))
        .contains("People 60, Performance 20, Process 20")
        .contains("a margin of ±2.1 points for People, ±2.1 for Performance and ±2.1 for Process")
        .contains("That whole area lies inside the People region")
        .contains("read People as a clear pattern of motives")
        .doesNotContain("read your result as between");
    assertThat(section(r, "footer")).contains("This People profile");
  }

  @Test
  void aTypeBetweenRegionsNamesThemAndSaysWhatThatMeans() {
    // People 46 is 1.7 points beyond the hexagon's edge at 44⅓: ±2.1 reaches back into Flexible
    ProfileReading r = read(new int[] {46, 30, 24}, new int[] {20, 30, 50}, STEADY);
    assertThat(r.type().firm()).isFalse();
    String type = section(r, "type");
    assertThat(type)
        .contains("places you in the People region")
        .contains("That area reaches into the Flexible region as well")
        .contains("your dot sits 1.7 points from the nearest edge")
        .contains("read your result as between People and Flexible")
        .contains("could place you in either.")
        .contains("People puts the welfare and growth of others first")
        .contains("Flexible draws on all three drives as the moment asks")
        .doesNotContain("clear pattern");
    assertThat(section(r, "footer")).contains("This profile, between People and Flexible,");
  }

  @Test
  void theSameScoresWithErraticAnswersAreReadBetweenMoreRegions() {
    ProfileReading steady = read(new int[] {50, 37, 13}, new int[] {20, 30, 50}, STEADY);
    ProfileReading erratic = read(new int[] {50, 37, 13}, new int[] {20, 30, 50}, ERRATIC);
    assertThat(steady.type().firm()).isTrue();
    assertThat(erratic.type().spans()).hasSizeGreaterThan(1);
    assertThat(section(erratic, "type")).contains("±5.3 points for People");
  }

  @Test
  void conflictStepsWithinTheMarginAreReadAsTies() {
    // 45 / 38 / 17: 7 points apart, beyond the tie tolerance of 5 but within 5 + its margin
    ProfileReading r = read(new int[] {60, 20, 20}, new int[] {45, 38, 17}, STEADY);
    assertThat(r.sequenceWidened()).isTrue();
    String c = section(r, "conflict");
    assertThat(c)
        .contains("so your sequence is People, then Performance, then Process.")
        .contains("Some of those steps are no wider than the margin of your answers")
        .contains("read it as People and Performance, then Process")
        .contains("Stages 1 and 2 (People 45, Performance 38): these scores lie 7 points apart,")
        .contains("within the margin of your answers");
    String clear =
        section(read(new int[] {60, 20, 20}, new int[] {60, 25, 15}, STEADY), "conflict");
    assertThat(clear).contains("Each step of it is wider than the margin of your answers");
    // how others should meet the person follows the tie too
    assertThat(section(r, "workingWithYou")).contains("People and Performance");
  }

  @Test
  void profilesOnePointApartNeverShareAReportWithTheirMargins() {
    Map<String, String> seen = new HashMap<>();
    for (int[] g : ProfileReportTest.grid(1)) {
      for (ScoreError e : List.of(STEADY, ERRATIC)) {
        String text = ProfileReport.of(read(g, new int[] {30, 30, 40}, e)).fullText();
        String key = List.of(g[0], g[1], g[2], e.people()).toString();
        String before = seen.putIfAbsent(text, key);
        assertThat(before == null || before.equals(key))
            .as("%s and %s got the same report", before, key)
            .isTrue();
      }
    }
  }

  @Test
  void noSentenceFitsEveryoneAndNoneUsesAnotherVendorsWords() {
    Set<String> common = null;
    Pattern banned = app.velocity.motivation.OwnWords.forbiddenNamesAndColours();
    for (int[] g : ProfileReportTest.grid(5)) {
      for (ScoreError e : List.of(STEADY, ERRATIC)) {
        ProfileReport report = ProfileReport.of(read(g, new int[] {g[2], g[0], g[1]}, e));
        Set<String> sentences = new HashSet<>();
        report.sections().forEach(s -> sentences.addAll(s.sentences()));
        if (common == null) {
          common = sentences;
        } else {
          common.retainAll(sentences);
        }
        String text = report.fullText().toLowerCase(Locale.ROOT);
        assertThat(banned.matcher(text).find()).as(text).isFalse();
      }
    }
    assertThat(common).isEmpty();
  }
}

package app.velocity.motivation.report;

import static app.velocity.motivation.report.PairPlaybookWordingTest.analyse;
import static app.velocity.motivation.report.PairPlaybookWordingTest.self;
import static app.velocity.motivation.report.ProfileReportTest.CALC;
import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.ConflictStage;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.OwnWords;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.TypeRule;
import app.velocity.motivation.report.PairPlaybook.Person;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, section 5: the pair playbook speaks to the pair. It follows both people's regions
 * (single, blend, Flexible, leaning) and conflict sequences, so that colleagues in different
 * regions get playbooks that differ in their wording, not only in their numbers.
 */
class PairPlaybookForThePairTest {

  /** The region across the nearest boundary of a leaning point, as the model finds it. */
  private static MotivationalType across(ProfileAnalysis a) {
    return NearestRegion.across(
        new TypeRule(CALC.settings()), a.profile().goingWell(), a.distanceToBoundary());
  }

  @Test
  void whatIsSpecificToThePairComesFirst() {
    PairPlaybook p =
        PairPlaybook.of(self("You", 20, 60, 20, 15, 70, 15), self("Sam", 45, 10, 45, 40, 30, 30));
    assertThat(p.sections())
        .extracting(Section::key)
        .startsWith("pair", "misreadings", "howTheySeeYou");
    String pair = String.join(" ", p.section("pair").sentences());
    assertThat(pair)
        .contains(
            "The widest gap between you is on Performance: Sam scores Performance 10 to your 60")
        .contains("Sam's two drives, People and Process, both lie away from your Performance");
    String misreadings = String.join(" ", p.section("misreadings").sentences());
    assertThat(misreadings)
        // what you may misread in Sam, read through Sam's blend
        .contains("Sam's patient, careful help for others may look to you like slowness")
        // and what Sam may misread in you, on the drive where you stand furthest above Sam
        .contains("Where Sam brings less Performance than you (10 to your 60)")
        .contains("your Performance may look pushy, impatient or hard to argue with");
  }

  private static PairPlaybook playbookOf(int[] a, int[] b) {
    return PairPlaybook.of(
        self("You", a[0], a[1], a[2], a[1], a[2], a[0]),
        self("Sam", b[0], b[1], b[2], b[2], b[0], b[1]));
  }

  /**
   * Every colleague point of a one-point grid: its region, and for a leaning point the region
   * across the boundary, is what the first sentence about the colleague says; all seven regions and
   * all 24 ways of leaning are met.
   */
  @Test
  void everyRegionAndLeaningOfTheColleagueReachesTheText() {
    Person exec = self("You", 20, 60, 20, 15, 70, 15);
    Set<String> met = new TreeSet<>();
    for (int[] c : ProfileReportTest.grid(1)) {
      ProfileAnalysis a = analyse(c[0], c[1], c[2], 40, 30, 30);
      String region =
          PairPlaybook.of(exec, Person.selfReported("Sam", a)).section("pair").sentences().get(0);
      String label = a.type().label();
      assertThat(region).contains("Sam is ").contains(" the " + label + " region (");
      if (a.leaning()) {
        MotivationalType toward = across(a);
        assertThat(region)
            .as("%s", List.of(c[0], c[1], c[2]))
            .contains("from the " + toward.label() + " region, so read it as leaning")
            .doesNotContain("firmly");
        met.add(label + " leaning toward " + toward.label());
      } else {
        assertThat(region).doesNotContain("leaning");
        if (a.type() != MotivationalType.FLEXIBLE) {
          assertThat(region).contains("firmly in the " + label + " region");
        }
        met.add(label);
      }
    }
    assertThat(met).hasSize(7 + 24);
  }

  @Test
  void theExecutivesRegionAndLeaningReachTheTextToo() {
    Person sam = self("Sam", 60, 20, 20, 40, 30, 30);
    Set<String> met = new TreeSet<>();
    for (int[] e : ProfileReportTest.grid(1)) {
      ProfileAnalysis a = analyse(e[0], e[1], e[2], 40, 30, 30);
      List<String> pair =
          PairPlaybook.of(Person.selfReported("You", a), sam).section("pair").sentences();
      Optional<String> leaning =
          pair.stream().filter(s -> s.startsWith("You yourself sit only")).findFirst();
      if (a.leaning()) {
        MotivationalType toward = across(a);
        assertThat(leaning).isPresent();
        assertThat(leaning.get()).contains("from the " + toward.label() + " region");
        met.add(a.type().label() + " leaning toward " + toward.label());
      } else {
        assertThat(leaning).isEmpty();
        met.add(a.type().label());
      }
      // the relation sentence names the executive's side in every case
      String relation = pair.get(1);
      if (a.type() == MotivationalType.FLEXIBLE) {
        assertThat(relation).startsWith("You draw on all three drives");
      } else {
        assertThat(relation)
            .containsAnyOf(a.type().drives().stream().map(Drive::label).toArray(String[]::new));
      }
    }
    assertThat(met).hasSize(7 + 24);
  }

  /** A conflict score triple with each of the 13 sequences. */
  private static Map<ConflictSequence, int[]> oneOfEachSequence() {
    Map<ConflictSequence, int[]> found = new EnumMap<>(ConflictSequence.class);
    for (int[] c : ProfileReportTest.grid(1)) {
      found.putIfAbsent(
          CALC.analyse(new Profile(new DriveScores(40, 30, 30), new DriveScores(c[0], c[1], c[2])))
              .conflictSequence(),
          c);
    }
    assertThat(found).hasSize(13);
    return found;
  }

  private static String moves(List<Drive> drives) {
    return drives.stream().map(PairPhrases::move).collect(Collectors.joining(" or "));
  }

  /**
   * Every pairing of the 13 conflict sequences, the executive's and the colleague's: both sequences
   * are named, and stage by stage the text says what each of the two does.
   */
  @Test
  void everyPairOfConflictSequencesIsMetStageByStage() {
    Map<ConflictSequence, int[]> sequences = oneOfEachSequence();
    for (var mine : sequences.entrySet()) {
      for (var theirs : sequences.entrySet()) {
        int[] m = mine.getValue();
        int[] t = theirs.getValue();
        Person exec = self("You", 20, 60, 20, m[0], m[1], m[2]);
        Person sam = self("Sam", 60, 20, 20, t[0], t[1], t[2]);
        PairPlaybook p = PairPlaybook.of(exec, sam);
        String conflict = String.join(" ", p.section("conflict").sentences());
        String pressure = String.join(" ", p.section("underPressure").sentences());
        ConflictSequence y = mine.getKey();
        ConflictSequence s = theirs.getKey();
        assertThat(conflict)
            .startsWith("Under conflict you go " + y.label() + "; Sam goes " + s.label());
        List<Drive> y1 = PairFacts.Side.drivesAt(y, ConflictStage.FIRST);
        List<Drive> s1 = PairFacts.Side.drivesAt(s, ConflictStage.FIRST);
        assertThat(conflict)
            .contains("You start by " + moves(y1) + " and Sam by " + moves(s1) + ":");
        List<Drive> y2 = PairFacts.Side.drivesAt(y, ConflictStage.SECOND);
        List<Drive> s2 = PairFacts.Side.drivesAt(s, ConflictStage.SECOND);
        assertThat(conflict)
            .contains(
                "If it goes on to stage 2, you are " + moves(y2) + " and Sam " + moves(s2) + ":");
        List<Drive> y3 = PairFacts.Side.drivesAt(y, ConflictStage.THIRD);
        List<Drive> s3 = PairFacts.Side.drivesAt(s, ConflictStage.THIRD);
        assertThat(pressure)
            .contains("you turn to " + Words.join(y3) + " (")
            .contains("while Sam turns to " + Words.join(s3) + " (");
        if (s.firstStage().size() > 1) {
          assertThat(conflict).contains("so Sam may open by " + moves(s1) + ": watch which comes");
        } else {
          assertThat(conflict).doesNotContain("watch which comes");
        }
      }
    }
  }

  @Test
  void eachPairingOfFirstMovesHasItsOwnAdvice() {
    Map<ConflictSequence, int[]> sequences = oneOfEachSequence();
    Set<String> advice = new LinkedHashSet<>();
    for (ConflictSequence mine :
        List.of(
            ConflictSequence.PEOPLE_THEN_PERFORMANCE_THEN_PROCESS,
            ConflictSequence.PERFORMANCE_THEN_PEOPLE_THEN_PROCESS,
            ConflictSequence.PROCESS_THEN_PEOPLE_THEN_PERFORMANCE)) {
      for (ConflictSequence theirs :
          List.of(
              ConflictSequence.PEOPLE_THEN_PERFORMANCE_THEN_PROCESS,
              ConflictSequence.PERFORMANCE_THEN_PEOPLE_THEN_PROCESS,
              ConflictSequence.PROCESS_THEN_PEOPLE_THEN_PERFORMANCE)) {
        int[] m = sequences.get(mine);
        int[] t = sequences.get(theirs);
        PairPlaybook p =
            PairPlaybook.of(
                self("You", 20, 60, 20, m[0], m[1], m[2]),
                self("Sam", 60, 20, 20, t[0], t[1], t[2]));
        String stage1 =
            p.section("conflict").sentences().stream()
                .filter(s -> s.startsWith("You start by"))
                .findFirst()
                .orElseThrow();
        advice.add(stage1.substring(stage1.indexOf(':')));
      }
    }
    assertThat(advice).hasSize(9);
  }

  /**
   * Every template is reached by some pair of a 20-point grid and a few points near boundaries
   * (with self-reported and estimated colleagues, moving and still under conflict), and no sentence
   * anywhere is left with a placeholder in it.
   */
  @Test
  void everyTemplateIsReachedAndNoPlaceholderIsLeftOpen() {
    Map<PairSentence, Pattern> patterns = new EnumMap<>(PairSentence.class);
    Map<PairSentence, String> longestLiteral = new EnumMap<>(PairSentence.class);
    for (PairSentence t : PairSentence.values()) {
      String[] literals = t.template().split("\\{[a-zA-Z]+}", -1);
      patterns.put(
          t,
          Pattern.compile(
              java.util.Arrays.stream(literals)
                  .map(Pattern::quote)
                  .collect(Collectors.joining(".*?"))));
      longestLiteral.put(
          t,
          java.util.Arrays.stream(literals)
              .max(java.util.Comparator.comparingInt(String::length))
              .orElseThrow());
    }
    Set<PairSentence> unmet = new LinkedHashSet<>(patterns.keySet());
    Set<String> lines = new java.util.HashSet<>();
    List<int[]> grid = ProfileReportTest.grid(20);
    List<int[]> extra =
        List.of(
            new int[] {46, 33, 21},
            new int[] {35, 40, 25},
            new int[] {45, 35, 20},
            new int[] {44, 28, 28},
            new int[] {38, 39, 23},
            new int[] {50, 30, 20},
            new int[] {46, 27, 27},
            new int[] {33, 33, 34},
            new int[] {40, 30, 30});
    List<int[]> points = new ArrayList<>(grid);
    points.addAll(extra);
    // conflict scores rotated (long arrows, every sequence) or equal to going well (no arrow)
    for (int[] a : points) {
      for (int[] b : points) {
        for (int variant = 0; variant < 4; variant++) {
          Person exec =
              variant >= 2
                  ? self("You", a[0], a[1], a[2], a[0], a[1], a[2])
                  : self("You", a[0], a[1], a[2], a[1], a[2], a[0]);
          ProfileAnalysis other =
              variant % 2 == 1
                  ? analyse(b[0], b[1], b[2], b[0], b[1], b[2])
                  : analyse(b[0], b[1], b[2], b[2], b[0], b[1]);
          Person sam =
              variant == 0
                  ? Person.estimated("Sam", other, 0.5)
                  : Person.selfReported("Sam", other);
          for (Section s : PairPlaybook.of(exec, sam).sections()) {
            lines.addAll(s.sentences());
            lines.add(s.heading());
          }
        }
      }
    }
    assertThat(lines).noneMatch(line -> line.contains("{") || line.contains("}"));
    unmet.removeIf(
        t ->
            lines.stream()
                .anyMatch(
                    line ->
                        line.contains(longestLiteral.get(t))
                            && patterns.get(t).matcher(line).matches()));
    assertThat(unmet).isEmpty();
  }

  @Test
  void writesScoresAsTheReportDoes() {
    for (int i = -2000; i <= 12000; i++) {
      double v = i / 100.0;
      assertThat(PairText.pts(v)).as("%s", v).isEqualTo(Words.pts(v));
    }
    assertThat(PairText.pts(100.0 / 3)).isEqualTo("33.3");
    assertThat(PairText.pts(44.96)).isEqualTo("45");
  }

  @Test
  void aTemplateRefusesToLeaveAHole() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PairSentence.HEADING_APPROACH.fill("nom", "Sam"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{name}");
    assertThat(PairSentence.HEADING_APPROACH.fill("name", "Sam")).isEqualTo("How to approach Sam");
  }

  @Test
  void theWordsAreOurOwnAndDrivesAreNamedInWords() {
    Pattern banned = OwnWords.forbiddenNamesAndColours();
    for (int[] a : ProfileReportTest.grid(20)) {
      for (int[] b : ProfileReportTest.grid(10)) {
        String text = playbookOf(a, b).fullText().toLowerCase(Locale.ROOT);
        assertThat(banned.matcher(text).find()).as(text).isFalse();
      }
    }
  }

  @Test
  void claimsAboutAnEstimatedColleagueAreHedged() {
    Person exec = self("You", 20, 60, 20, 15, 70, 15);
    ProfileAnalysis lee = analyse(60, 20, 20, 40, 30, 30);
    PairPlaybook guessed = PairPlaybook.of(exec, Person.estimated("Lee", lee, 0.4));
    PairPlaybook known = PairPlaybook.of(exec, Person.selfReported("Lee", lee));
    assertThat(guessed.section("pair").sentences().get(1))
        .startsWith("Lee is probably firmly in the People region");
    assertThat(known.section("pair").sentences().get(0))
        .startsWith("Lee is firmly in the People region");
    assertThat(guessed.section("motivate").sentences().get(0))
        .contains("Lee is probably energised by");
    assertThat(guessed.section("conflict").sentences().get(0)).contains("Lee probably goes");
    assertThat(guessed.section("howTheySeeYou").sentences())
        .last()
        .isEqualTo("This rests on an estimate at 40%.");
  }
}

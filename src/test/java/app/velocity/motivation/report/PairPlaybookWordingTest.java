package app.velocity.motivation.report;

import static app.velocity.motivation.report.ProfileReportTest.CALC;
import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.report.PairPlaybook.Person;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, section 5, as the product owner measured it: playbooks for colleagues in different
 * regions must differ in their wording, not only in their numbers; a Flexible colleague is not
 * described by a top score, a blend by both drives; the same pair always reads the same. Only the
 * public API is used, so that these tests also run against earlier ways of writing the playbook.
 */
class PairPlaybookWordingTest {

  /** A self-reported person: going-well scores, then conflict scores. */
  static Person self(String name, double... s) {
    return Person.selfReported(name, analyse(s));
  }

  /** The analysis of going-well scores followed by conflict scores. */
  static ProfileAnalysis analyse(double... s) {
    return CALC.analyse(
        new Profile(new DriveScores(s[0], s[1], s[2]), new DriveScores(s[3], s[4], s[5])));
  }

  /**
   * The playbook's sentences with every number masked as '#', so that what is left is its wording.
   * A number is a run of digits with an optional decimal part ("45", "2.3", the "60" of "60%"). A
   * section's item may hold more than one sentence, so items are split after a full stop, question
   * or exclamation mark followed by a space. (Written out by hand rather than with regular
   * expressions: the regions test masks about 45,000 playbooks.)
   */
  static List<String> maskedSentences(PairPlaybook playbook) {
    List<String> masked = new ArrayList<>();
    for (Section section : playbook.sections()) {
      for (String item : section.sentences()) {
        StringBuilder sentence = new StringBuilder();
        int n = item.length();
        for (int i = 0; i < n; i++) {
          char c = item.charAt(i);
          if (Character.isDigit(c)) {
            while (i + 1 < n && Character.isDigit(item.charAt(i + 1))) {
              i++;
            }
            if (i + 2 < n && item.charAt(i + 1) == '.' && Character.isDigit(item.charAt(i + 2))) {
              i += 2;
              while (i + 1 < n && Character.isDigit(item.charAt(i + 1))) {
                i++;
              }
            }
            sentence.append('#');
          } else if ((c == '.' || c == '!' || c == '?')
              && i + 1 < n
              && Character.isWhitespace(item.charAt(i + 1))) {
            masked.add(sentence.append(c).toString().strip());
            sentence.setLength(0);
          } else {
            sentence.append(c);
          }
        }
        if (!sentence.toString().isBlank()) {
          masked.add(sentence.toString().strip());
        }
      }
    }
    return masked;
  }

  /** Interns masked sentences as numbers, so that many playbooks compare as bit sets. */
  private static final class Wording {
    private final Map<String, Integer> ids = new HashMap<>();

    BitSet of(PairPlaybook playbook) {
      BitSet set = new BitSet();
      for (String sentence : maskedSentences(playbook)) {
        set.set(ids.computeIfAbsent(sentence, s -> ids.size()));
      }
      return set;
    }

    /** The share of the shorter playbook's sentences that the other also has. */
    static double shared(BitSet a, BitSet b) {
      BitSet both = (BitSet) a.clone();
      both.and(b);
      return (double) both.cardinality() / Math.min(a.cardinality(), b.cardinality());
    }
  }

  private static double shared(PairPlaybook a, PairPlaybook b) {
    Wording w = new Wording();
    return Wording.shared(w.of(a), w.of(b));
  }

  private static PairPlaybook playbookOf(int[] a, int[] b) {
    return PairPlaybook.of(
        self("You", a[0], a[1], a[2], a[1], a[2], a[0]),
        self("Sam", b[0], b[1], b[2], b[2], b[0], b[1]));
  }

  @Test
  void maskingKeepsTheWordsAndSplittingFindsEachSentence() {
    PairPlaybook one = new PairPlaybook(List.of(new Section("k", "H", List.of("A 1. B 2.5% c."))));
    assertThat(maskedSentences(one)).containsExactly("A #.", "B #% c.");
    PairPlaybook edges =
        new PairPlaybook(List.of(new Section("k", "H", List.of("At 33.3. Then 4.x and 10, 2."))));
    assertThat(maskedSentences(edges)).containsExactly("At #.", "Then #.x and #, #.");
    PairPlaybook other = new PairPlaybook(List.of(new Section("k", "H", List.of("A 7.", "D."))));
    assertThat(shared(one, other)).isEqualTo(0.5);
  }

  /**
   * For every executive on a 10-point grid, every two colleagues of a 5-point grid whose going-well
   * points lie in different regions share fewer than 40% of their playbooks' sentences once the
   * numbers are masked. The colleagues' conflict scores are taken three ways: all the same (so that
   * only the going-well region tells the colleagues apart, the hardest case), equal to their
   * going-well scores, and their going-well scores rotated by one drive.
   */
  @Test
  void colleaguesInDifferentRegionsShareFewerThanFortyPercentOfTheirSentences() {
    List<int[]> executives = ProfileReportTest.grid(10);
    List<int[]> colleagues = ProfileReportTest.grid(5);
    Map<String, double[]> worst = new LinkedHashMap<>();
    long pairs = 0;
    for (String conflict : List.of("the same for all", "as going well", "rotated")) {
      double[] worstHere = {0};
      for (int[] e : executives) {
        Person exec = self("You", e[0], e[1], e[2], e[2], e[0], e[1]);
        Wording wording = new Wording();
        BitSet[] sets = new BitSet[colleagues.size()];
        MotivationalType[] regions = new MotivationalType[colleagues.size()];
        for (int i = 0; i < colleagues.size(); i++) {
          int[] c = colleagues.get(i);
          int[] k =
              switch (conflict) {
                case "the same for all" -> new int[] {40, 30, 30};
                case "as going well" -> c;
                default -> new int[] {c[1], c[2], c[0]};
              };
          Person sam = self("Sam", c[0], c[1], c[2], k[0], k[1], k[2]);
          regions[i] = sam.analysis().type();
          sets[i] = wording.of(PairPlaybook.of(exec, sam));
        }
        for (int i = 0; i < sets.length; i++) {
          for (int j = i + 1; j < sets.length; j++) {
            if (regions[i] != regions[j]) {
              worstHere[0] = Math.max(worstHere[0], Wording.shared(sets[i], sets[j]));
              pairs++;
            }
          }
        }
      }
      worst.put(conflict, worstHere);
    }
    assertThat(pairs).isGreaterThan(1_000_000);
    assertThat(worst)
        .allSatisfy((conflict, share) -> assertThat(share[0]).as(conflict).isLessThan(0.4));
  }

  /**
   * The issue's own example: for one Performance-first executive, a People colleague, a Flexible
   * colleague (35/31/34) and a People & Process colleague (45/10/45), given the same conflict
   * scores so that only their regions differ.
   */
  @Test
  void theIssuesThreeColleaguesGetPlaybooksOfTheirOwn() {
    Person exec = self("You", 20, 60, 20, 15, 70, 15);
    PairPlaybook people = PairPlaybook.of(exec, self("Sam", 60, 20, 20, 40, 30, 30));
    PairPlaybook flexible = PairPlaybook.of(exec, self("Sam", 35, 31, 34, 40, 30, 30));
    PairPlaybook peopleProcess = PairPlaybook.of(exec, self("Sam", 45, 10, 45, 40, 30, 30));

    assertThat(shared(people, flexible)).isLessThan(0.4);
    assertThat(shared(people, peopleProcess)).isLessThan(0.4);
    assertThat(shared(flexible, peopleProcess)).isLessThan(0.4);

    // the Flexible colleague is not described as People-driven at People 35
    assertThat(flexible.fullText())
        .doesNotContain("energised by seeing someone grow")
        .doesNotContain("Sam's strongest drive")
        .contains("Sam is in the Flexible region (People 35, Performance 31, Process 34")
        .contains("every score lies within 11 points of the centre")
        .contains("Sam is energised by variety");
    // the blend by both of its drives
    assertThat(String.join(" ", peopleProcess.section("motivate").sentences()))
        .contains(
            "With People at 45 and Process at 45, Sam is energised by work that joins the two");
    assertThat(peopleProcess.section("pair").sentences().get(0))
        .contains("Sam is firmly in the People & Process region")
        .contains("People and Process both stand above the centre");
    // and the People colleague by People
    assertThat(people.section("pair").sentences().get(0))
        .startsWith("Sam is firmly in the People region (People 60, Performance 20, Process 20");
    assertThat(people.section("motivate").sentences().get(0))
        .contains("With People at 60, Sam is energised by seeing someone grow");
  }

  @Test
  void theSamePairAlwaysGetsTheSamePlaybook() {
    List<int[]> grid = ProfileReportTest.grid(20);
    Map<String, String> first = new HashMap<>();
    for (int[] a : grid) {
      for (int[] b : grid) {
        String key = a[0] + "/" + a[1] + " " + b[0] + "/" + b[1];
        first.put(key, playbookOf(a, b).fullText());
      }
    }
    // again, with fresh objects and in the opposite order, so that nothing carries over
    for (int i = grid.size() - 1; i >= 0; i--) {
      for (int j = grid.size() - 1; j >= 0; j--) {
        int[] a = grid.get(i);
        int[] b = grid.get(j);
        assertThat(playbookOf(a, b).fullText())
            .isEqualTo(first.get(a[0] + "/" + a[1] + " " + b[0] + "/" + b[1]));
      }
    }
    Person lee = Person.estimated("Lee", analyse(46, 33, 21, 20, 20, 60), 0.45);
    Person exec = self("You", 35, 33, 32, 30, 40, 30);
    assertThat(PairPlaybook.of(exec, lee)).isEqualTo(PairPlaybook.of(exec, lee));
  }

  @Test
  void aFlexibleColleagueIsNeverDescribedByTheirTopScore() {
    Person exec = self("You", 20, 60, 20, 15, 70, 15);
    int flexible = 0;
    for (int[] c : ProfileReportTest.grid(1)) {
      ProfileAnalysis a = analyse(c[0], c[1], c[2], 40, 30, 30);
      if (a.type() != MotivationalType.FLEXIBLE) {
        continue;
      }
      flexible++;
      PairPlaybook p = PairPlaybook.of(exec, Person.selfReported("Sam", a));
      String text = p.fullText();
      assertThat(text)
          .contains("Flexible region")
          .doesNotContain("Sam's strongest drive")
          .doesNotContain("Sam leads with")
          .doesNotContain("comes first for Sam")
          .doesNotContain("Sam's " + a.dominantDrive().label() + " lens");
      for (Drive d : Drive.values()) {
        assertThat(text)
            .doesNotContain(Words.motivators(d))
            .doesNotContain(Words.approach(d))
            .doesNotContain(Words.fittingWork(d))
            .doesNotContain(Words.trigger(d));
        assertThat(p.section("recognise").sentences().get(0)).doesNotContain(Words.recognition(d));
      }
    }
    assertThat(flexible).isGreaterThan(300);
  }

  @Test
  void aBlendIsDescribedByBothOfItsDrives() {
    Person exec = self("You", 20, 60, 20, 15, 70, 15);
    Map<MotivationalType, Integer> blends = new EnumMap<>(MotivationalType.class);
    for (int[] c : ProfileReportTest.grid(1)) {
      ProfileAnalysis a = analyse(c[0], c[1], c[2], 40, 30, 30);
      if (!a.type().isBlend()) {
        continue;
      }
      blends.merge(a.type(), 1, Integer::sum);
      PairPlaybook p = PairPlaybook.of(exec, Person.selfReported("Sam", a));
      List<Drive> drives = List.copyOf(a.type().drives());
      for (String key : List.of("approach", "motivate", "recognise", "delegate", "wordsToUse")) {
        String first = p.section(key).sentences().get(0);
        for (Drive d : drives) {
          assertThat(first).as(key).contains(d.label());
        }
      }
      for (Drive d : Drive.values()) {
        assertThat(p.fullText())
            .doesNotContain(Words.motivators(d))
            .doesNotContain(Words.approach(d));
      }
    }
    assertThat(blends).hasSize(3);
  }
}

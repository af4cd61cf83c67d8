package app.velocity.motivation.report;

import static app.velocity.motivation.report.Words.pts;

import app.velocity.motivation.ArrowMagnitude;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ProfileAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How an executive can work with one colleague, from both profiles. Sections have the keys {@link
 * #KEYS}; every sentence draws on both profiles (the gap on a drive, matching or differing lead
 * drives, both conflict sequences) and the same pair always yields the same playbook.
 *
 * <p>When the colleague's profile is an estimate, the first section says so with its confidence,
 * and the colleague is described with "probably" where the wording makes a claim about them.
 */
public record PairPlaybook(List<Section> sections) {

  /** The section keys, in order. */
  public static final List<String> KEYS =
      List.of(
          "approach",
          "motivate",
          "recognise",
          "delegate",
          "conflict",
          "underPressure",
          "howTheySeeYou",
          "wordsToUse",
          "wordsToAvoid");

  public PairPlaybook {
    sections = List.copyOf(sections);
  }

  /**
   * One side of the pair.
   *
   * @param name how the colleague is called in the text; for the executive, unused ("you")
   * @param estimate whether the profile was estimated by others rather than self-reported
   * @param confidence 0..1; 1 for a self-reported profile
   */
  public record Person(String name, ProfileAnalysis analysis, boolean estimate, double confidence) {

    public Person {
      Objects.requireNonNull(analysis, "a profile analysis is required");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a name is required");
      }
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence must lie between 0 and 1");
      }
      if (!estimate && confidence != 1) {
        throw new IllegalArgumentException("a self-reported profile has confidence 1");
      }
    }

    public static Person selfReported(String name, ProfileAnalysis analysis) {
      return new Person(name, analysis, false, 1);
    }

    public static Person estimated(String name, ProfileAnalysis analysis, double confidence) {
      return new Person(name, analysis, true, confidence);
    }

    DriveScores well() {
      return analysis.profile().goingWell();
    }

    DriveScores conflict() {
      return analysis.profile().conflict();
    }
  }

  /** The playbook for {@code executive} working with {@code colleague}. */
  public static PairPlaybook of(Person executive, Person colleague) {
    Writer w = new Writer(executive, colleague);
    return new PairPlaybook(
        List.of(
            w.approach(),
            w.motivate(),
            w.recognise(),
            w.delegate(),
            w.conflict(),
            w.underPressure(),
            w.howTheySeeYou(),
            w.wordsToUse(),
            w.wordsToAvoid()));
  }

  public Section section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  public String fullText() {
    return sections.stream()
        .map(s -> s.heading() + "\n" + String.join("\n", s.sentences()))
        .collect(Collectors.joining("\n\n"));
  }

  private static final class Writer {
    private final Person me;
    private final Person them;
    private final String name;
    private final Drive myLead;
    private final Drive theirLead;
    private final Drive theirLow;
    private final Drive widest;

    Writer(Person me, Person them) {
      this.me = me;
      this.them = them;
      this.name = them.name();
      this.myLead = Words.byScore(me.well()).get(0);
      this.theirLead = Words.byScore(them.well()).get(0);
      this.theirLow = Words.byScore(them.well()).get(2);
      Drive w = Drive.PEOPLE;
      for (Drive d : Drive.values()) {
        if (Math.abs(gap(d)) > Math.abs(gap(w))) {
          w = d;
        }
      }
      this.widest = w;
    }

    /** Their score minus yours on a drive, going well. */
    private double gap(Drive d) {
      return them.well().of(d) - me.well().of(d);
    }

    private String they() {
      return them.estimate() ? name + " probably" : name;
    }

    private String theyAre() {
      return them.estimate() ? name + " is probably" : name + " is";
    }

    private String compare(Drive d) {
      return name
          + " scores "
          + d.label()
          + " "
          + pts(them.well().of(d))
          + " to your "
          + pts(me.well().of(d));
    }

    Section approach() {
      List<String> s = new ArrayList<>();
      if (them.estimate()) {
        s.add(
            name
                + "'s profile ("
                + Words.scores(them.well())
                + ") is an estimate with a confidence of "
                + Words.percent(them.confidence())
                + ", lower than a self-reported result: treat what follows as ideas to test,"
                + " and invite "
                + name
                + " to take the inventory.");
      }
      s.add(
          name
              + "'s strongest drive is "
              + theirLead.label()
              + " ("
              + pts(them.well().of(theirLead))
              + "); yours is "
              + myLead.label()
              + " ("
              + pts(me.well().of(myLead))
              + ").");
      s.add(
          myLead == theirLead
              ? "You share a lead drive, so the approach you would like for yourself is a fair"
                  + " start, but "
                  + compare(widest)
                  + ", and that gap is where you will misread each other."
              : "Your lead drives differ, so the "
                  + myLead.label()
                  + "-first approach that feels natural to you is not the one that lands with "
                  + name
                  + ".");
      s.add("With " + name + ", " + Words.approach(theirLead) + ".");
      double g = gap(widest);
      s.add(
          "The widest gap between you is on "
              + widest.label()
              + ": "
              + compare(widest)
              + ", "
              + pts(Math.abs(g))
              + " points "
              + (g >= 0 ? "more" : "less")
              + ". "
              + gapAdvice(widest, g));
      return new Section("approach", "How to approach " + name, s);
    }

    private String gapAdvice(Drive d, double g) {
      if (Math.abs(g) < 5) {
        return "On this drive you see the world much alike.";
      }
      boolean more = g > 0;
      return switch (d) {
        case PEOPLE ->
            more
                ? "Expect " + name + " to ask who is affected before what is done; allow for it."
                : "Expect "
                    + name
                    + " to skip the check-in you would make; do not read it as"
                    + " coldness.";
        case PERFORMANCE ->
            more
                ? "Expect " + name + " to want to move sooner than you; agree the pace up front."
                : "Expect "
                    + name
                    + " to want more time than you would take; do not read it as"
                    + " lack of drive.";
        case PROCESS ->
            more
                ? "Expect "
                    + name
                    + " to want more detail and thinking time than feels necessary"
                    + " to you; build it in rather than cut it short."
                : "Expect "
                    + name
                    + " to go with less detail than you would; agree which checks"
                    + " are not negotiable.";
      };
    }

    Section motivate() {
      List<String> s = new ArrayList<>();
      for (Drive d : Words.byScore(them.well())) {
        if (them.well().of(d) > Words.CENTRE || d == theirLead) {
          s.add(
              "With "
                  + d.label()
                  + " at "
                  + pts(them.well().of(d))
                  + ", "
                  + theyAre()
                  + " energised by "
                  + Words.motivators(d)
                  + ".");
          if (gap(d) >= 10) {
            s.add(
                "You score "
                    + pts(me.well().of(d))
                    + " on "
                    + d.label()
                    + ", "
                    + pts(gap(d))
                    + " points below "
                    + name
                    + ", so this is a lever you may forget to pull.");
          }
        }
      }
      s.add(
          "A role heavy in "
              + Words.drainsWhenLow(theirLow)
              + " is likely to drain "
              + name
              + " ("
              + theirLow.label()
              + " "
              + pts(them.well().of(theirLow))
              + ", yours "
              + pts(me.well().of(theirLow))
              + ").");
      return new Section("motivate", "What motivates " + name, s);
    }

    Section recognise() {
      List<String> s = new ArrayList<>();
      s.add(
          "Recognise "
              + name
              + " with "
              + Words.recognition(theirLead)
              + ", which suits a "
              + theirLead.label()
              + " score of "
              + pts(them.well().of(theirLead))
              + ".");
      s.add(
          myLead == theirLead
              ? "You both lead with "
                  + theirLead.label()
                  + " ("
                  + pts(me.well().of(myLead))
                  + " and "
                  + pts(them.well().of(theirLead))
                  + "), so the recognition you would like is close to what "
                  + name
                  + " values."
              : "Your own habit, with "
                  + myLead.label()
                  + " at "
                  + pts(me.well().of(myLead))
                  + ", is to give "
                  + Words.recognition(myLead)
                  + "; for "
                  + name
                  + " ("
                  + myLead.label()
                  + " "
                  + pts(them.well().of(myLead))
                  + ") that is not what counts most.");
      return new Section("recognise", "How to recognise " + name, s);
    }

    Section delegate() {
      List<String> s = new ArrayList<>();
      s.add(
          "Work that fits "
              + name
              + "'s "
              + theirLead.label()
              + " score of "
              + pts(them.well().of(theirLead))
              + ": "
              + Words.fittingWork(theirLead)
              + ".");
      double process = them.well().of(Drive.PROCESS);
      s.add(
          process >= 40
              ? "With Process at "
                  + pts(process)
                  + ", hand over clear scope, criteria for done and the reasons behind the task,"
                  + " then leave "
                  + name
                  + " room to plan it."
              : process >= 25
                  ? "With Process at "
                      + pts(process)
                      + ", agree the goal and two or three checkpoints; more structure than that"
                      + " will feel heavy to "
                      + name
                      + "."
                  : "With Process at only "
                      + pts(process)
                      + ", give "
                      + name
                      + " the goal and the freedom, and add the few checks that really matter"
                      + " yourself.");
      double distance = me.well().distanceTo(them.well()) / Math.sqrt(2);
      s.add(
          distance < 15
              ? "Your going-well profiles are only "
                  + pts(distance)
                  + " points apart: before handing "
                  + name
                  + " critical work, check it fits the work and not just your comfort."
              : "Your going-well profiles are "
                  + pts(distance)
                  + " points apart: "
                  + name
                  + " may feel harder to work with, so check you are not holding back critical"
                  + " work that fits them.");
      return new Section("delegate", "How to delegate to " + name, s);
    }

    Section conflict() {
      List<String> s = new ArrayList<>();
      List<Drive> myFirst = me.analysis().conflictSequence().firstStage();
      List<Drive> theirFirst = them.analysis().conflictSequence().firstStage();
      s.add(
          "Under conflict you go "
              + me.analysis().conflictSequence().label()
              + "; "
              + they()
              + " goes "
              + them.analysis().conflictSequence().label()
              + ".");
      s.add(firstMoves(myFirst.get(0), theirFirst.get(0)));
      s.add(
          "What most readily sets "
              + name
              + " off, given "
              + theirLead.label()
              + " at "
              + pts(them.well().of(theirLead))
              + ": "
              + Words.trigger(theirLead)
              + (myLead != theirLead
                  ? "; your "
                      + myLead.label()
                      + " lead can look exactly like that to them when it is overdone."
                  : "; as you share that lead, you will recognise the feeling."));
      return new Section("conflict", "What sets off conflict between you", s);
    }

    private String firstMoves(Drive mine, Drive theirs) {
      String pair = "You start by " + verb(mine) + " and " + name + " by " + verb(theirs) + ": ";
      if (mine == theirs) {
        return pair
            + switch (mine) {
              case PEOPLE -> "you may both give way and leave the real issue unsaid; name it.";
              case PERFORMANCE -> "you may both push and escalate fast; agree a pause early.";
              case PROCESS ->
                  "you may both withdraw to think and let it drift; set a date to" + " talk.";
            };
      }
      return pair
          + switch (mine) {
            case PEOPLE ->
                theirs == Drive.PERFORMANCE
                    ? "they may read your giving ground as agreement; say what you need."
                    : "they may read your warmth as pressure to answer before they are ready.";
            case PERFORMANCE ->
                theirs == Drive.PEOPLE
                    ? "they may give way early to your push; check that the agreement is real."
                    : "your push may drive them further into analysis; give them the facts and"
                        + " time.";
            case PROCESS ->
                theirs == Drive.PEOPLE
                    ? "your step back may feel like rejection to them; say when you will return."
                    : "your questions may feel like stalling to them; agree a decision date.";
          };
    }

    private static String verb(Drive d) {
      return switch (d) {
        case PEOPLE -> "accommodating";
        case PERFORMANCE -> "asserting";
        case PROCESS -> "analysing";
      };
    }

    Section underPressure() {
      List<String> s = new ArrayList<>();
      double mine = me.analysis().arrow().length();
      double theirs = them.analysis().arrow().length();
      s.add(
          "Your arrow is "
              + pts(mine)
              + " points (you "
              + me.analysis().arrow().magnitude().phrase().replace("changes", "change")
              + "); "
              + name
              + "'s is "
              + pts(theirs)
              + " ("
              + them.analysis().arrow().magnitude().phrase()
              + ").");
      List<List<Drive>> myStages = me.analysis().conflictSequence().stages();
      List<List<Drive>> theirStages = them.analysis().conflictSequence().stages();
      List<Drive> myLast = myStages.get(myStages.size() - 1);
      List<Drive> theirLast = theirStages.get(theirStages.size() - 1);
      s.add(
          "If it reaches the end, you turn to "
              + Words.join(myLast)
              + " ("
              + lastMove(myLast)
              + ") while "
              + name
              + " turns to "
              + Words.join(theirLast)
              + " ("
              + lastMove(theirLast)
              + ").");
      s.add(
          them.analysis().arrow().magnitude() == ArrowMagnitude.SLIGHT
              ? "Because "
                  + name
                  + "'s arrow is short, strain may not show; ask directly rather than wait for"
                  + " signs."
              : "Because "
                  + name
                  + "'s arrow is "
                  + pts(theirs)
                  + " points, a visible change in them is your cue to slow down and ask what is at"
                  + " stake.");
      return new Section("underPressure", "When you are both under pressure", s);
    }

    private static String lastMove(List<Drive> stage) {
      return stage.stream()
          .map(
              d ->
                  switch (d) {
                    case PEOPLE -> "giving in";
                    case PERFORMANCE -> "fighting to win";
                    case PROCESS -> "withdrawing";
                  })
          .collect(Collectors.joining(" or "));
    }

    Section howTheySeeYou() {
      List<String> s = new ArrayList<>();
      double theirOnMine = them.well().of(myLead);
      double myOnMine = me.well().of(myLead);
      s.add(
          theirOnMine <= myOnMine - 10
              ? "Your lead drive, "
                  + myLead.label()
                  + " at "
                  + pts(myOnMine)
                  + ", is "
                  + pts(myOnMine - theirOnMine)
                  + " points above "
                  + name
                  + "'s, so to them it may look "
                  + Words.overdoneLooks(myLead)
                  + "."
              : "Your lead drive, "
                  + myLead.label()
                  + " at "
                  + pts(myOnMine)
                  + ", is close to "
                  + name
                  + "'s "
                  + pts(theirOnMine)
                  + ", so to them it probably looks "
                  + Words.bestLooks(myLead)
                  + ".");
      double mineOnTheirs = me.well().of(theirLead);
      double theirsOnTheirs = them.well().of(theirLead);
      s.add(
          "Through "
              + name
              + "'s "
              + theirLead.label()
              + " lens ("
              + pts(theirsOnTheirs)
              + "), your "
              + pts(mineOnTheirs)
              + " on "
              + theirLead.label()
              + (mineOnTheirs < theirsOnTheirs - 10
                  ? " may read as too little of what they value most."
                  : mineOnTheirs > theirsOnTheirs + 10
                      ? " may read as more than they would bring, and a little much."
                      : " reads as familiar ground.")
              + (them.estimate()
                  ? " This rests on an estimate at " + Words.percent(them.confidence()) + "."
                  : ""));
      return new Section("howTheySeeYou", "How " + name + " may see you", s);
    }

    Section wordsToUse() {
      List<String> s = new ArrayList<>();
      s.add(
          "With "
              + name
              + " ("
              + theirLead.label()
              + " "
              + pts(them.well().of(theirLead))
              + "), reach for words such as "
              + quote(Words.vocabulary(theirLead))
              + ".");
      Drive second = Words.byScore(them.well()).get(1);
      s.add(
          "As "
              + second.label()
              + " comes second for "
              + name
              + " at "
              + pts(them.well().of(second))
              + ", add "
              + quote(Words.vocabulary(second).subList(0, 2))
              + " when you want support.");
      return new Section("wordsToUse", "Words that work with " + name, s);
    }

    Section wordsToAvoid() {
      List<String> s = new ArrayList<>();
      s.add(
          "Avoid "
              + quote(Words.grating(theirLead))
              + ", which cut across "
              + name
              + "'s "
              + theirLead.label()
              + " score of "
              + pts(them.well().of(theirLead))
              + ".");
      s.add(
          "Go easy on "
              + quote(Words.flat(theirLow))
              + ": with "
              + theirLow.label()
              + " at "
              + pts(them.well().of(theirLow))
              + (me.well().of(theirLow) > them.well().of(theirLow) + 10
                  ? " against your " + pts(me.well().of(theirLow)) + ", they will mean less to "
                  : ", they mean little to ")
              + name
              + ".");
      return new Section("wordsToAvoid", "Words to avoid with " + name, s);
    }

    private static String quote(List<String> words) {
      List<String> q = words.stream().map(w -> "“" + w + "”").toList();
      return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }
  }
}

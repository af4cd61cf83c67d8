package app.velocity.motivation.report;

import static app.velocity.motivation.report.Words.CENTRE;
import static app.velocity.motivation.report.Words.pts;
import static app.velocity.motivation.report.Words.scores;

import app.velocity.motivation.ArrowMagnitude;
import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.ConflictStage;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileReading;
import app.velocity.motivation.TypeReading;
import app.velocity.motivation.TypeRule;
import app.velocity.motivation.strengths.RankedStrength;
import app.velocity.motivation.strengths.StrengthRanking;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The personal report: what a profile means for the person who owns it, in six sections with stable
 * keys ({@code type}, {@code conflict}, {@code strengths}, {@code motivation}, {@code
 * workingWithYou}, {@code footer}).
 *
 * <p>Every sentence is built from the scores: it quotes a number, names a drive the scores chose,
 * or uses wording picked by the type, the sequence or the arrow. The first section quotes the
 * going-well scores and the second the conflict scores exactly, so two profiles that differ
 * anywhere by a point or more never get the same report.
 *
 * <p>A report of a {@link ProfileReading} also says how precise the result is: the margin of each
 * score, whether the type is firm or lies between regions, and the conflict sequence with every
 * step inside the margin read as a tie. A report of bare scores (no answers behind them) falls back
 * on the model's leaning rule.
 */
public record ProfileReport(List<Section> sections) {

  public ProfileReport {
    sections = List.copyOf(sections);
  }

  /** The report of an analysis made under the product's default settings. */
  public static ProfileReport of(ProfileAnalysis analysis) {
    return of(analysis, ModelSettings.defaults());
  }

  /** The report of an analysis made under {@code settings}. */
  public static ProfileReport of(ProfileAnalysis analysis, ModelSettings settings) {
    return write(new Writer(analysis, null, settings));
  }

  /** The report of a result read with its measurement error, under the default settings. */
  public static ProfileReport of(ProfileReading reading) {
    return write(new Writer(reading.analysis(), reading, ModelSettings.defaults()));
  }

  private static ProfileReport write(Writer w) {
    return new ProfileReport(
        List.of(
            w.type(), w.conflict(), w.strengths(), w.motivation(), w.workingWithYou(), w.footer()));
  }

  /** The section with this key. */
  public Section section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  /** Headings and sentences as one plain text, for search, tests and plain-text e-mail. */
  public String fullText() {
    return sections.stream()
        .map(s -> s.heading() + "\n" + String.join("\n", s.sentences()))
        .collect(Collectors.joining("\n\n"));
  }

  private static final class Writer {
    private final ProfileAnalysis a;
    private final ProfileReading reading;
    private final ModelSettings settings;
    private final DriveScores well;
    private final DriveScores conflict;
    private final List<Drive> order;
    private final ConflictSequence sequence;

    Writer(ProfileAnalysis analysis, ProfileReading reading, ModelSettings settings) {
      this.a = analysis;
      this.reading = reading;
      this.settings = settings;
      this.well = analysis.profile().goingWell();
      this.conflict = analysis.profile().conflict();
      this.order = Words.byScore(well);
      this.sequence = reading == null ? analysis.conflictSequence() : reading.sequenceWithinError();
    }

    Section type() {
      List<String> s = new ArrayList<>();
      MotivationalType type = a.type();
      s.add(
          "When things go well you score "
              + scores(well)
              + ", which places you in the "
              + type.label()
              + " region of the triangle.");
      s.add(typeMeaning(type));
      double d = a.distanceToBoundary();
      if (reading != null) {
        precision(s, reading.type(), d);
      } else if (a.leaning()) {
        MotivationalType near = NearestRegion.across(new TypeRule(settings), well, d);
        s.add(
            "You sit "
                + pts(d)
                + (pts(d).equals("1") ? " point" : " points")
                + " from the "
                + near.label()
                + " region, so read this as leaning rather than firm: a small shift in how you"
                + " answered would have placed you there.");
      } else {
        s.add(
            "You sit "
                + pts(d)
                + " points inside the "
                + type.label()
                + " region, far enough from its edges to read it as a clear pattern of motives,"
                + " though not a fixed one.");
      }
      Drive top = order.get(0);
      Drive second = order.get(1);
      Drive low = order.get(2);
      if (well.of(top) - well.of(second) < 1) {
        s.add(
            top.label()
                + " and "
                + second.label()
                + " share the lead at "
                + pts(well.of(top))
                + " and "
                + pts(well.of(second))
                + "; "
                + low.label()
                + " is your least used drive at "
                + pts(well.of(low))
                + ".");
      } else {
        s.add(
            "Your strongest drive is "
                + top.label()
                + " at "
                + pts(well.of(top))
                + ", "
                + pts(Math.abs(well.of(top) - CENTRE))
                + " points "
                + (well.of(top) >= CENTRE ? "above" : "below")
                + " the centre of 33⅓; your least used is "
                + low.label()
                + " at "
                + pts(well.of(low))
                + ".");
      }
      double spread = well.of(top) - well.of(low);
      String reading =
          spread >= 30
              ? "a sharp focus: you feel the pull of " + top.label() + " in most situations"
              : spread >= 15
                  ? "a clear preference for "
                      + top.label()
                      + " that still leaves room for the other drives"
                  : "an even spread: you move between the drives more easily than most";
      s.add(
          "The gap between your highest and lowest drive is "
              + pts(spread)
              + " points, which suggests "
              + reading
              + ".");
      return new Section("type", "Your motives when things go well", s);
    }

    /** The margin of the going-well scores and whether the type is firm or between regions. */
    private void precision(List<String> s, TypeReading t, double d) {
      s.add(
          "Your answers leave a margin of "
              + Margins.each(reading.goingWellRegion())
              + " on your going-well scores: the shaded area around your dot, where your scores"
              + " could as well have come out.");
      if (t.firm()) {
        s.add(
            "That whole area lies inside the "
                + t.type().label()
                + " region, and your dot sits "
                + pts(d)
                + (pts(d).equals("1") ? " point" : " points")
                + " from its nearest edge, so read "
                + t.type().label()
                + " as a clear pattern of motives, though not a fixed one.");
        return;
      }
      List<MotivationalType> others = t.spans().subList(1, t.spans().size());
      s.add(
          "That area reaches into the "
              + Margins.list(others.stream().map(MotivationalType::label).toList())
              + (others.size() == 1 ? " region" : " regions")
              + " as well, and your dot sits "
              + pts(d)
              + (pts(d).equals("1") ? " point" : " points")
              + " from the nearest edge, so read your result as "
              + Margins.between(t)
              + ": answering again as consistently as this time could place you in "
              + (t.spans().size() == 2 ? "either." : "any of them."));
      s.add(
          "Take from each what you recognise: "
              + t.spans().stream().map(Margins::gist).collect(Collectors.joining("; "))
              + ".");
    }

    private String typeMeaning(MotivationalType type) {
      return switch (type) {
        case PEOPLE ->
            "Your energy goes first to "
                + Words.concern(Drive.PEOPLE)
                + "; you feel most worthwhile when someone is better off for working with you.";
        case PERFORMANCE ->
            "Your energy goes first to "
                + Words.concern(Drive.PERFORMANCE)
                + "; you feel most worthwhile when you have moved something forward that would"
                + " otherwise have stalled.";
        case PROCESS ->
            "Your energy goes first to "
                + Words.concern(Drive.PROCESS)
                + "; you feel most worthwhile when a problem is understood, ordered and settled on"
                + " its merits.";
        case PEOPLE_PERFORMANCE ->
            "You want to lead people somewhere good: results matter to you for what they do for"
                + " the people involved, and people matter because together you get further.";
        case PERFORMANCE_PROCESS ->
            "You want to win, and to win properly: ambitious goals appeal to you when they rest"
                + " on a sound plan and rules that are fair to all.";
        case PEOPLE_PROCESS ->
            "You want to help in a way that lasts: careful, considered support that lets others"
                + " stand on their own feet.";
        case FLEXIBLE ->
            "No single drive dominates: all three of your scores lie within "
                + pts(settings.h())
                + " points of the centre, so you can draw on each as the moment asks and you"
                + " value a group that holds together.";
      };
    }

    Section conflict() {
      List<String> s = new ArrayList<>();
      ConflictSequence seq = sequence;
      s.add(
          "Under conflict or opposition your scores move to "
              + scores(conflict)
              + ", so your sequence is "
              + a.conflictSequence().label()
              + ".");
      if (reading != null) {
        String margin = Margins.ofDifferences(reading.conflictRegion());
        s.add(
            reading.sequenceWidened()
                ? "Some of those steps are no wider than the margin of your answers ("
                    + margin
                    + " on the difference between two drives), so read it as "
                    + seq.label()
                    + "."
                : "Each step of it is wider than the margin of your answers ("
                    + margin
                    + " on the difference between two drives), so the order holds.");
      }
      for (int i = 0; i < seq.stages().size(); i++) {
        List<Drive> stage = seq.stages().get(i);
        List<ConflictStage> spanned = seq.stagesSpannedBy(i);
        String stageName =
            spanned.size() == 1
                ? "Stage " + spanned.get(0).number()
                : "Stages "
                    + spanned.get(0).number()
                    + (spanned.size() == 2 ? " and " : " to ")
                    + spanned.get(spanned.size() - 1).number();
        String scoresOfStage =
            stage.stream()
                .map(d -> d.label() + " " + pts(conflict.of(d)))
                .collect(Collectors.joining(", "));
        if (stage.size() == 1) {
          Drive d = stage.get(0);
          s.add(
              stageName
                  + " ("
                  + scoresOfStage
                  + "): you still care for "
                  + spanned.get(0).concern()
                  + ", and you "
                  + Words.conflictMove(d, spanned.get(0).number() - 1)
                  + ".");
        } else {
          String either =
              stage.stream()
                  .map(d -> Words.conflictMove(d, spanned.get(0).number() - 1).split(":")[0])
                  .collect(Collectors.joining(" or "));
          double gap =
              stage.stream().mapToDouble(conflict::of).max().orElseThrow()
                  - stage.stream().mapToDouble(conflict::of).min().orElseThrow();
          String tie =
              gap <= settings.tieTolerance() + ModelSettings.EPSILON
                  ? "these scores lie within "
                      + pts(settings.tieTolerance())
                      + " points of each other, so they count as tied"
                  : "these scores lie "
                      + pts(gap)
                      + " points apart, within the margin of your answers, so they count as tied";
          s.add(
              stageName
                  + " ("
                  + scoresOfStage
                  + "): "
                  + tie
                  + "; you may "
                  + either
                  + " first, depending on the situation, while you still care for "
                  + spanned.get(0).concern()
                  + ".");
        }
      }
      double length = a.arrow().length();
      ArrowMagnitude m = a.arrow().magnitude();
      String meaning =
          switch (m) {
            case SLIGHT -> "others may not notice when you are under strain, so say it out loud";
            case NOTICEABLE -> "people who know you will see the shift when opposition starts";
            case MARKED -> "most people will see the change, and some may be surprised by it";
          };
      s.add(
          "Your arrow from going well to conflict is "
              + pts(length)
              + " points long: you "
              + m.phrase().replace("changes", "change")
              + " under pressure, and "
              + meaning
              + ".");
      Drive up = Drive.PEOPLE;
      Drive down = Drive.PEOPLE;
      for (Drive d : Drive.values()) {
        double change = conflict.of(d) - well.of(d);
        if (change > conflict.of(up) - well.of(up)) {
          up = d;
        }
        if (change < conflict.of(down) - well.of(down)) {
          down = d;
        }
      }
      double rise = conflict.of(up) - well.of(up);
      if (rise < 0.05) {
        s.add(
            "Your three scores stay where they are ("
                + scores(well)
                + "), so you meet conflict with the same motives you bring to a good day.");
      } else {
        s.add(
            "The biggest move is toward "
                + up.label()
                + " ("
                + Words.signed(rise)
                + " points) and away from "
                + down.label()
                + " ("
                + Words.signed(conflict.of(down) - well.of(down))
                + " points).");
      }
      return new Section("conflict", "When you meet conflict or opposition", s);
    }

    Section strengths() {
      List<String> s = new ArrayList<>();
      List<RankedStrength> ranked = StrengthRanking.rank(well);
      s.add(
          "Ranked against your going-well scores ("
              + scores(well)
              + "), these strengths come most easily to you.");
      for (RankedStrength r : ranked.subList(0, 6)) {
        Drive main = r.strength().mix().main();
        String source =
            r.strength().mix().of(main) < 0.45
                ? "it draws on all three drives, where you score "
                    + pts(well.people())
                    + ", "
                    + pts(well.performance())
                    + " and "
                    + pts(well.process())
                : "it draws mostly on " + main.label() + ", where you score " + pts(well.of(main));
        s.add(
            r.rank()
                + ". "
                + r.strength().name()
                + ": "
                + r.strength().description()
                + " ("
                + Math.round(r.support())
                + "% match; "
                + source
                + "). Overdone, it can read as "
                + r.strength().overdone()
                + ".");
      }
      RankedStrength last = ranked.get(ranked.size() - 1);
      s.add(
          "The strength furthest from your profile is "
              + last.strength().name()
              + " ("
              + Math.round(last.support())
              + "% match): "
              + last.strength().description()
              + ". When a situation calls for it, borrow it on purpose rather than avoid it.");
      return new Section("strengths", "Your strengths, and how they can be overdone", s);
    }

    Section motivation() {
      List<String> s = new ArrayList<>();
      for (Drive d : order) {
        if (well.of(d) > CENTRE || d == order.get(0)) {
          s.add(
              "With "
                  + d.label()
                  + " at "
                  + pts(well.of(d))
                  + ", you are energised by "
                  + Words.motivators(d)
                  + ".");
        }
      }
      Drive low = order.get(2);
      s.add(
          "With "
              + low.label()
              + " at "
              + pts(well.of(low))
              + ", a role that asks for "
              + Words.drainsWhenLow(low)
              + " is likely to drain you, even when you do it well.");
      Drive top = order.get(0);
      s.add(
          "Because "
              + top.label()
              + " leads for you, you are drained fastest by "
              + Words.trigger(top)
              + "; this is also where conflict is most likely to start.");
      return new Section("motivation", "What motivates you and what drains you", s);
    }

    Section workingWithYou() {
      List<String> s = new ArrayList<>();
      Drive top = order.get(0);
      s.add(
          "To get the best from you, others can "
              + Words.approach(top)
              + ", because "
              + top.label()
              + " is your strongest drive at "
              + pts(well.of(top))
              + ".");
      s.add(
          "You are likely to value "
              + Words.recognition(top)
              + " more than generic praise, given your "
              + top.label()
              + " score of "
              + pts(well.of(top))
              + ".");
      List<Drive> first = sequence.firstStage();
      String ask =
          switch (first.get(0)) {
            case PEOPLE ->
                "check that you really agree, because you may give ground to keep the" + " peace";
            case PERFORMANCE ->
                "meet your push with a clear position of their own rather than" + " silence";
            case PROCESS -> "give you time and the facts before expecting an answer";
          };
      if (first.size() > 1) {
        ask = "watch which of " + Words.join(first) + " you turn to first, and respond to that";
      }
      s.add(
          "When they disagree with you, they can "
              + ask
              + ", since your conflict sequence starts with "
              + Words.join(first)
              + ".");
      double length = a.arrow().length();
      s.add(
          a.arrow().magnitude() == ArrowMagnitude.SLIGHT
              ? "Because your arrow is only "
                  + pts(length)
                  + " points long, it helps if others ask how you are doing rather than wait"
                  + " for signs."
              : "Because your arrow is "
                  + pts(length)
                  + " points long, others can treat a visible change in you as a signal to pause"
                  + " and ask what is at stake.");
      return new Section("workingWithYou", "How others can best work with you", s);
    }

    Section footer() {
      Drive top = order.get(0);
      return new Section(
          "footer",
          "About this report",
          List.of(
              "Your scores of "
                  + scores(well)
                  + " describe what moved you when you answered, not a box you are in: you can"
                  + " borrow any strength, including those far from "
                  + top.label()
                  + ".",
              (reading == null || reading.type().firm()
                      ? "This " + a.type().label() + " profile"
                      : "This profile, " + Margins.between(reading.type()) + ",")
                  + " is for your own development and coaching, and must never be used"
                  + " to decide on hiring, selection or promotion."));
    }
  }
}

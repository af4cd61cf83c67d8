package app.velocity.motivation.report;

import static app.velocity.motivation.report.PairSentence.*;

import app.velocity.motivation.ArrowMagnitude;
import app.velocity.motivation.Drive;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.report.PairFacts.Gap;
import app.velocity.motivation.report.PairFacts.Kind;
import app.velocity.motivation.report.PairFacts.Region;
import app.velocity.motivation.report.PairFacts.Side;
import app.velocity.motivation.report.PairFacts.StageMeeting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The second step of the pair playbook: puts {@link PairFacts} into words, choosing for each
 * sentence the {@link PairSentence} of the fact it states. Nothing here looks at a profile again;
 * everything it says comes from the facts.
 *
 * <p>The colleague is described by their region, never by their top score alone: a Flexible
 * colleague by the evenness of all three drives, a blend by both of its drives, a leaning colleague
 * with the region across the nearby boundary. What is specific to the pair (both regions, where the
 * two differ most, what each may misread in the other) comes first; advice that follows from one
 * profile alone is kept to a sentence or two per section.
 */
final class PairText {

  /** Below this many points two scores are described as alike rather than as a gap. */
  private static final double ALIKE = 5;

  /** A gap this wide on a drive the colleague values is worth naming as a lever. */
  private static final double LEVER = 10;

  private static final PairSentence[] STAGE1 = byMoves("STAGE1_");
  private static final PairSentence[] STAGE2 = byMoves("STAGE2_");
  private static final PairSentence[] STAGE3 = byMoves("STAGE3_");
  private static final PairSentence[] ARROWS =
      table("ARROWS_", ArrowMagnitude.values(), ArrowMagnitude.values());
  private static final PairSentence[] MISREAD_LOW =
      table("MISREAD_LOW_", Drive.values(), Kind.values(), "_BY_");

  private final PairFacts f;
  private final Side you;
  private final Side them;
  private final String name;
  private final String[] common;

  private PairText(PairFacts facts) {
    this.f = facts;
    this.you = facts.you();
    this.them = facts.them();
    this.name = them.name();
    this.common =
        new String[] {
          "name", name,
          "probably", them.estimate() ? "probably " : "",
          "theirScores", Words.scores(them.goingWell()),
          "yourScores", Words.scores(you.goingWell()),
          "confidence", Words.percent(them.confidence()),
          "h", pts(facts.settings().h()),
          "tolerance", pts(facts.settings().tieTolerance()),
          "yourTop", you.top().label(),
          "yourTopScore", pts(you.goingWell().of(you.top())),
          "theirOnYourTop", pts(them.goingWell().of(you.top()))
        };
  }

  /** The playbook these facts call for, sections in the order of {@link PairPlaybook#KEYS}. */
  static PairPlaybook write(PairFacts facts) {
    PairText t = new PairText(facts);
    return new PairPlaybook(
        List.of(
            t.pair(),
            t.misreadings(),
            t.howTheySeeYou(),
            t.approach(),
            t.motivate(),
            t.recognise(),
            t.delegate(),
            t.conflict(),
            t.underPressure(),
            t.wordsToUse(),
            t.wordsToAvoid()));
  }

  private String say(PairSentence sentence, String... values) {
    String[] all = Arrays.copyOf(values, values.length + common.length);
    System.arraycopy(common, 0, all, values.length, common.length);
    return sentence.fill(all);
  }

  private Section section(String key, PairSentence heading, List<String> sentences) {
    return new Section(key, say(heading), sentences);
  }

  private Region region() {
    return them.region();
  }

  private Kind kind() {
    return them.region().kind();
  }

  private String theirs(Drive d) {
    return pts(them.goingWell().of(d));
  }

  private String yours(Drive d) {
    return pts(you.goingWell().of(d));
  }

  /** The colleague's region drives in words; a Flexible region has none of its own. */
  private String theirDrives() {
    return kind() == Kind.FLEXIBLE ? "all three drives" : Words.join(region().drives());
  }

  private Drive first() {
    return region().drives().get(0);
  }

  private Drive second() {
    return region().drives().get(1);
  }

  /** The colleague's blend drives and their scores, the placeholders most blend sentences use. */
  private String[] blend(String... more) {
    String[] base = {
      "first", first().label(),
      "second", second().label(),
      "firstScore", theirs(first()),
      "secondScore", theirs(second())
    };
    String[] all = Arrays.copyOf(more, more.length + base.length);
    System.arraycopy(base, 0, all, more.length, base.length);
    return all;
  }

  /** The colleague's single drive and its score. */
  private String[] single(String... more) {
    Drive lead = region().drives().get(0);
    String[] all = Arrays.copyOf(more, more.length + 4);
    all[more.length] = "lead";
    all[more.length + 1] = lead.label();
    all[more.length + 2] = "leadScore";
    all[more.length + 3] = theirs(lead);
    return all;
  }

  // what is specific to the pair

  Section pair() {
    List<String> s = new ArrayList<>();
    if (them.estimate()) {
      s.add(say(ESTIMATE));
    }
    s.add(theirRegion());
    s.add(relation());
    if (you.region().leaning()) {
      s.add(yourLeaning());
    }
    Gap g = f.widest();
    String[] values = {
      "drive", g.drive().label(),
      "theirs", pts(g.theirs()),
      "yours", pts(g.yours()),
      "gap", pts(g.size())
    };
    s.add(
        say(
            g.size() < ALIKE ? WIDEST_ALIKE : g.difference() > 0 ? WIDEST_MORE : WIDEST_LESS,
            values));
    return section("pair", HEADING_PAIR, s);
  }

  private String theirRegion() {
    Region r = region();
    String label = r.type().label();
    String distance = points(r.distanceToBoundary());
    if (!r.leaning()) {
      return switch (r.kind()) {
        case SINGLE ->
            say(
                THEM_SINGLE,
                single(
                    "region", label,
                    "distance", distance,
                    "concern", PairPhrases.concern(first())));
        case BLEND ->
            say(
                THEM_BLEND,
                blend(
                    "region", label,
                    "distance", distance,
                    "meaning", PairPhrases.blendMeaning(r.type())));
        case FLEXIBLE -> say(THEM_FLEXIBLE, "distance", distance);
      };
    }
    MotivationalType toward = r.leaningToward().orElseThrow();
    Kind towardKind = Kind.of(toward);
    String[] base = {"region", label, "distance", distance, "toward", toward.label()};
    if (towardKind == Kind.FLEXIBLE) {
      return r.kind() == Kind.SINGLE
          ? say(THEM_SINGLE_LEANING_FLEXIBLE, single(base))
          : say(
              THEM_BLEND_LEANING_FLEXIBLE,
              blend(
                  concat(
                      base,
                      "third",
                      third(r.drives()).label(),
                      "thirdScore",
                      theirs(third(r.drives())))));
    }
    List<Drive> towardDrives = List.copyOf(toward.drives());
    return switch (r.kind()) {
      case SINGLE -> {
        Drive joining = without(towardDrives, r.drives()).get(0);
        yield say(
            THEM_SINGLE_LEANING_BLEND,
            single(concat(base, "joining", joining.label(), "joiningScore", theirs(joining))));
      }
      case BLEND -> {
        Drive strong = towardDrives.get(0);
        Drive weak = without(r.drives(), towardDrives).get(0);
        yield say(
            THEM_BLEND_LEANING_SINGLE,
            concat(
                base, "strong", strong.label(), "weak", weak.label(), "weakScore", theirs(weak)));
      }
      case FLEXIBLE ->
          towardKind == Kind.SINGLE
              ? say(THEM_FLEXIBLE_LEANING_SINGLE, concat(base, "pull", towardDrives.get(0).label()))
              : say(
                  THEM_FLEXIBLE_LEANING_BLEND,
                  concat(
                      base,
                      "first",
                      towardDrives.get(0).label(),
                      "second",
                      towardDrives.get(1).label(),
                      "third",
                      third(towardDrives).label()));
    };
  }

  private String relation() {
    List<Drive> mine = you.region().drives();
    List<Drive> other = region().drives();
    return switch (f.relation()) {
      case SAME_REGION -> {
        Drive blind = f.sharedBlindSpot();
        yield say(
            REL_SAME_REGION,
            "region",
            region().type().label(),
            "blind",
            blind.label(),
            "yourBlind",
            yours(blind),
            "theirBlind",
            theirs(blind));
      }
      case SINGLES_DIFFER ->
          say(
              REL_SINGLES_DIFFER,
              "theirLead",
              other.get(0).label(),
              "theirLeadScore",
              theirs(other.get(0)),
              "yourLead",
              mine.get(0).label(),
              "yourLeadScore",
              yours(mine.get(0)));
      case YOURS_IN_THEIR_BLEND -> {
        Drive shared = mine.get(0);
        Drive added = without(other, mine).get(0);
        yield say(
            REL_YOURS_IN_THEIR_BLEND,
            "shared",
            shared.label(),
            "theirShared",
            theirs(shared),
            "yourShared",
            yours(shared),
            "added",
            added.label(),
            "theirAdded",
            theirs(added),
            "yourAdded",
            yours(added));
      }
      case YOURS_OUTSIDE_THEIR_BLEND ->
          say(
              REL_YOURS_OUTSIDE_THEIR_BLEND,
              blend(
                  "yourLead", mine.get(0).label(),
                  "yourLeadScore", yours(mine.get(0)),
                  "theirOnYourLead", theirs(mine.get(0))));
      case THEIRS_IN_YOUR_BLEND -> {
        Drive lead = other.get(0);
        Drive rest = without(mine, other).get(0);
        yield say(
            REL_THEIRS_IN_YOUR_BLEND,
            "theirLead",
            lead.label(),
            "theirLeadScore",
            theirs(lead),
            "other",
            rest.label(),
            "yourOther",
            yours(rest),
            "theirOther",
            theirs(rest));
      }
      case THEIRS_OUTSIDE_YOUR_BLEND -> {
        Drive lead = other.get(0);
        yield say(
            REL_THEIRS_OUTSIDE_YOUR_BLEND,
            "theirLead",
            lead.label(),
            "theirLeadScore",
            theirs(lead),
            "first",
            mine.get(0).label(),
            "second",
            mine.get(1).label(),
            "yourOnTheirLead",
            yours(lead));
      }
      case BLENDS_SHARE_ONE -> {
        Drive shared = without(mine, without(mine, other)).get(0);
        yield say(
            REL_BLENDS_SHARE_ONE,
            "shared",
            shared.label(),
            "yourShared",
            yours(shared),
            "theirShared",
            theirs(shared),
            "yourOwn",
            without(mine, other).get(0).label(),
            "theirOwn",
            without(other, mine).get(0).label());
      }
      case THEY_ARE_FLEXIBLE -> say(REL_THEY_ARE_FLEXIBLE, "yourDrives", Words.join(mine));
      case YOU_ARE_FLEXIBLE -> say(REL_YOU_ARE_FLEXIBLE, "theirDrives", theirDrives());
      case BOTH_FLEXIBLE -> say(REL_BOTH_FLEXIBLE);
    };
  }

  private String yourLeaning() {
    Region r = you.region();
    MotivationalType toward = r.leaningToward().orElseThrow();
    List<Drive> towardDrives = List.copyOf(toward.drives());
    String[] base = {
      "region", r.type().label(),
      "distance", points(r.distanceToBoundary()),
      "toward", toward.label()
    };
    if (toward == MotivationalType.FLEXIBLE) {
      return say(YOU_LEANING_FLEXIBLE, base);
    }
    if (r.kind() == Kind.BLEND) {
      Drive strong = towardDrives.get(0);
      return say(
          YOU_LEANING_NARROWS,
          concat(
              base,
              "strong",
              strong.label(),
              "weak",
              without(r.drives(), towardDrives).get(0).label()));
    }
    return say(
        YOU_LEANING_ADDS, concat(base, "pull", Words.join(without(towardDrives, r.drives()))));
  }

  /**
   * The drive the colleague values (one of their region's, any for Flexible) on which they stand
   * furthest above the executive, by at least {@link #LEVER}; null when there is none, or when the
   * widest gap of the pair already names it.
   */
  private Drive lever() {
    List<Drive> valued = kind() == Kind.FLEXIBLE ? List.of(Drive.values()) : region().drives();
    Drive lever = null;
    for (Drive d : valued) {
      double gap = them.goingWell().of(d) - you.goingWell().of(d);
      if (gap >= LEVER
          && (lever == null || gap > them.goingWell().of(lever) - you.goingWell().of(lever))) {
        lever = d;
      }
    }
    boolean named = lever == f.widest().drive() && f.widest().difference() > 0;
    return named ? null : lever;
  }

  // what each may misread in the other

  Section misreadings() {
    List<String> s = new ArrayList<>();
    if (f.widest().size() < ALIKE) {
      s.add(say(MISREAD_ALIKE, "gap", pts(f.widest().size())));
      return section("misreadings", HEADING_MISREADINGS, s);
    }
    String misreadThem = misreadThem();
    if (misreadThem != null) {
      s.add(misreadThem);
    }
    Gap mine = f.youExceedThem();
    if (mine.size() >= ALIKE) {
      String[] values = {
        "drive", mine.drive().label(),
        "yours", pts(mine.yours()),
        "theirs", pts(mine.theirs()),
        "overdone", Words.overdoneLooks(mine.drive())
      };
      PairSentence sentence = MISREAD_LOW[mine.drive().ordinal() * 3 + kind().ordinal()];
      s.add(
          switch (kind()) {
            case SINGLE -> say(sentence, concat(values, "theirLead", first().label()));
            case BLEND -> say(sentence, blend(values));
            case FLEXIBLE -> say(sentence, values);
          });
    }
    return section("misreadings", HEADING_MISREADINGS, s);
  }

  /**
   * What the executive may misread in the colleague: read through the colleague's region when the
   * colleague stands above the executive on it, otherwise on the drive where the colleague stands
   * furthest above; null when the colleague stands above on nothing by as much as {@link #ALIKE}.
   */
  private String misreadThem() {
    if (kind() == Kind.FLEXIBLE) {
      return say(MISREAD_THEM_FLEXIBLE);
    }
    if (f.relation() == PairFacts.RegionRelation.SAME_REGION) {
      Gap g = f.widest();
      return say(
          MISREAD_THEM_SAME,
          "region",
          region().type().label(),
          "drive",
          g.drive().label(),
          "theirs",
          pts(g.theirs()),
          "yours",
          pts(g.yours()));
    }
    List<Drive> drives = region().drives();
    double above = 0;
    for (Drive d : drives) {
      above += them.goingWell().of(d) - you.goingWell().of(d);
    }
    MotivationalType type = region().type();
    if (above < ALIKE) {
      Gap g = f.theyExceedYou();
      if (g.size() < ALIKE) {
        return null;
      }
      drives = List.of(g.drive());
      type = MotivationalType.naming(java.util.Set.of(g.drive()));
    }
    String[] values = {
      "theirFirst",
      theirs(drives.get(0)),
      "yourFirst",
      yours(drives.get(0)),
      "theirSecond",
      drives.size() > 1 ? theirs(drives.get(1)) : "",
      "yourSecond",
      drives.size() > 1 ? yours(drives.get(1)) : ""
    };
    return say(
        switch (type) {
          case PEOPLE -> MISREAD_THEM_PEOPLE;
          case PERFORMANCE -> MISREAD_THEM_PERFORMANCE;
          case PROCESS -> MISREAD_THEM_PROCESS;
          case PEOPLE_PERFORMANCE -> MISREAD_THEM_PEOPLE_PERFORMANCE;
          case PERFORMANCE_PROCESS -> MISREAD_THEM_PERFORMANCE_PROCESS;
          case PEOPLE_PROCESS -> MISREAD_THEM_PEOPLE_PROCESS;
          case FLEXIBLE -> throw new IllegalStateException("handled above");
        },
        values);
  }

  Section howTheySeeYou() {
    List<String> s = new ArrayList<>();
    Drive top = you.top();
    if (them.goingWell().of(top) >= you.goingWell().of(top) - LEVER) {
      s.add(say(VALUE, "best", Words.bestLooks(top)));
    }
    s.add(
        switch (kind()) {
          case SINGLE -> {
            Drive lead = first();
            double t = them.goingWell().of(lead);
            double y = you.goingWell().of(lead);
            yield say(
                y < t - LEVER
                    ? LENS_SINGLE_LESS
                    : y > t + LEVER ? LENS_SINGLE_MORE : LENS_SINGLE_FAMILIAR,
                single("yourOnLead", pts(y)));
          }
          case BLEND -> {
            double t = them.goingWell().of(first()) + them.goingWell().of(second());
            double y = you.goingWell().of(first()) + you.goingWell().of(second());
            double margin = 1.5 * LEVER;
            yield say(
                y < t - margin
                    ? LENS_BLEND_LESS
                    : y > t + margin ? LENS_BLEND_MORE : LENS_BLEND_FAMILIAR,
                blend("yourFirst", yours(first()), "yourSecond", yours(second())));
          }
          case FLEXIBLE ->
              say(
                  you.region().kind() == Kind.FLEXIBLE
                      ? LENS_FLEXIBLE_EVEN
                      : LENS_FLEXIBLE_FOCUSED);
        });
    if (them.estimate()) {
      s.add(say(ESTIMATE_BASIS));
    }
    return section("howTheySeeYou", HEADING_HOW_THEY_SEE_YOU, s);
  }

  // how to approach, motivate, recognise and delegate

  Section approach() {
    String sentence =
        switch (kind()) {
          case SINGLE -> say(APPROACH_SINGLE, single("approach", Words.approach(first())));
          case BLEND ->
              say(APPROACH_BLEND, blend("approach", PairPhrases.blendApproach(region().type())));
          case FLEXIBLE -> say(APPROACH_FLEXIBLE);
        };
    return section("approach", HEADING_APPROACH, List.of(sentence));
  }

  Section motivate() {
    List<String> s = new ArrayList<>();
    Drive lever = lever();
    String[] values =
        lever == null
            ? new String[0]
            : new String[] {
              "drive", lever.label(),
              "yours", yours(lever),
              "theirs", theirs(lever),
              "gap", pts(them.goingWell().of(lever) - you.goingWell().of(lever))
            };
    s.add(
        switch (kind()) {
          case SINGLE ->
              say(
                  lever == null ? MOTIVATE_SINGLE : MOTIVATE_SINGLE_LEVER,
                  single(concat(values, "motivators", Words.motivators(first()))));
          case BLEND ->
              say(
                  lever == null ? MOTIVATE_BLEND : MOTIVATE_BLEND_LEVER,
                  blend(
                      concat(values, "motivators", PairPhrases.blendMotivators(region().type()))));
          case FLEXIBLE -> say(lever == null ? MOTIVATE_FLEXIBLE : MOTIVATE_FLEXIBLE_LEVER, values);
        });
    region()
        .leaningToward()
        .ifPresent(
            toward ->
                s.add(
                    say(
                        MOTIVATE_LEANING,
                        "toward",
                        toward.label(),
                        "pull",
                        PairPhrases.pull(toward),
                        "region",
                        region().type().label())));
    if (kind() == Kind.FLEXIBLE) {
      s.add(say(DRAIN_FLEXIBLE));
    } else {
      s.add(
          onTheirLowest(
              "drains",
              Words.drainsWhenLow(them.low()),
              suitsYou(them.low()),
              DRAIN_SINGLE,
              DRAIN_SINGLE_SUITS_YOU,
              DRAIN_BLEND,
              DRAIN_BLEND_SUITS_YOU));
    }
    return section("motivate", HEADING_MOTIVATE, s);
  }

  Section recognise() {
    List<String> s = new ArrayList<>();
    s.add(
        switch (kind()) {
          case SINGLE -> say(RECOGNISE_SINGLE, single("recognition", Words.recognition(first())));
          case BLEND ->
              say(
                  RECOGNISE_BLEND,
                  blend("recognition", PairPhrases.blendRecognition(region().type())));
          case FLEXIBLE -> say(RECOGNISE_FLEXIBLE);
        });
    Drive top = you.top();
    boolean youEven = you.region().kind() == Kind.FLEXIBLE;
    if (youEven && kind() == Kind.FLEXIBLE) {
      s.add(say(HABIT_BOTH_EVEN));
    } else if (youEven) {
      s.add(say(HABIT_YOU_EVEN, "theirDrives", theirDrives()));
    } else if (kind() == Kind.FLEXIBLE) {
      s.add(say(HABIT_ONE_OF_THREE, "habit", Words.recognition(top)));
    } else if (!region().drives().contains(top)) {
      // when the executive's own lead is one the colleague shares, the habit fits: no warning
      s.add(say(HABIT_MISSES, "habit", Words.recognition(top)));
    }
    return section("recognise", HEADING_RECOGNISE, s);
  }

  Section delegate() {
    List<String> s = new ArrayList<>();
    s.add(
        switch (kind()) {
          case SINGLE -> say(DELEGATE_SINGLE, single("work", Words.fittingWork(first())));
          case BLEND -> say(DELEGATE_BLEND, blend("work", PairPhrases.blendWork(region().type())));
          case FLEXIBLE -> say(DELEGATE_FLEXIBLE);
        });
    double process = them.goingWell().of(Drive.PROCESS);
    PairSentence structure;
    if (kind() == Kind.FLEXIBLE) {
      structure = STRUCTURE_EVEN;
    } else if (region().drives().contains(Drive.PROCESS)) {
      structure = kind() == Kind.SINGLE ? STRUCTURE_LEADS : STRUCTURE_HALF;
    } else {
      structure = process >= 25 ? STRUCTURE_BELOW : STRUCTURE_LOW;
    }
    s.add(say(structure, "process", pts(process), "theirDrives", theirDrives()));
    Gap brings = f.theyExceedYou();
    s.add(
        say(
            f.distance() < 15 ? PROFILES_CLOSE : f.distance() < 30 ? PROFILES_APART : PROFILES_FAR,
            "distance",
            pts(f.distance()),
            "drive",
            brings.drive().label(),
            "theirs",
            pts(brings.theirs()),
            "yours",
            pts(brings.yours())));
    return section("delegate", HEADING_DELEGATE, s);
  }

  // conflict, stage by stage

  Section conflict() {
    List<String> s = new ArrayList<>();
    // A tie shows in the stage sentences ("asserting or analysing"); a tie in the colleague's
    // first stage also changes what to watch for as a conflict opens, so the sequence says so.
    List<Drive> tied = them.sequence().firstStage();
    s.add(
        say(
            tied.size() > 1 ? SEQUENCES_THEY_TIE : SEQUENCES,
            "yourSequence",
            you.sequence().label(),
            "theirSequence",
            them.sequence().label(),
            "theirTied",
            Words.join(tied),
            "theirTiedMoves",
            moves(tied)));
    StageMeeting one = f.stages().get(0);
    s.add(
        say(
            STAGE1[index(one)],
            "yourMoves",
            moves(one.yours()),
            "theirMoves",
            moves(one.theirs())));
    StageMeeting two = f.stages().get(1);
    s.add(
        say(
            STAGE2[index(two)],
            "yourMoves",
            moves(two.yours()),
            "theirMoves",
            moves(two.theirs())));
    Drive top = you.top();
    boolean youEven = you.region().kind() == Kind.FLEXIBLE;
    s.add(
        switch (kind()) {
          case SINGLE ->
              say(
                  youEven
                      ? TRIGGER_SINGLE_YOU_EVEN
                      : first() == top ? TRIGGER_SINGLE_SHARED : TRIGGER_SINGLE_YOURS,
                  single("trigger", Words.trigger(first())));
          case BLEND ->
              say(
                  youEven
                      ? TRIGGER_BLEND_YOU_EVEN
                      : region().drives().contains(top)
                          ? TRIGGER_BLEND_SHARED
                          : TRIGGER_BLEND_YOURS,
                  blend("trigger", PairPhrases.blendTrigger(region().type())));
          case FLEXIBLE -> say(youEven ? TRIGGER_FLEXIBLE_BOTH_EVEN : TRIGGER_FLEXIBLE_YOURS);
        });
    return section("conflict", HEADING_CONFLICT, s);
  }

  Section underPressure() {
    List<String> s = new ArrayList<>();
    s.add(
        say(
            ARROWS[you.arrow().ordinal() * 3 + them.arrow().ordinal()],
            "yours",
            pts(you.arrowLength()),
            "theirs",
            pts(them.arrowLength())));
    StageMeeting three = f.stages().get(2);
    s.add(
        say(
            STAGE3[index(three)],
            "yourDrives",
            Words.join(three.yours()),
            "yourLast",
            lastMoves(three.yours()),
            "theirDrives",
            Words.join(three.theirs()),
            "theirLast",
            lastMoves(three.theirs())));
    return section("underPressure", HEADING_UNDER_PRESSURE, s);
  }

  // words

  Section wordsToUse() {
    List<String> s = new ArrayList<>();
    switch (kind()) {
      case SINGLE -> {
        s.add(say(USE_SINGLE, single("words", quote(Words.vocabulary(first())))));
        Drive second = them.byScore().get(1);
        s.add(
            say(
                USE_SECOND,
                "second",
                second.label(),
                "secondScore",
                theirs(second),
                "words",
                quote(Words.vocabulary(second).subList(0, 2))));
      }
      case BLEND ->
          s.add(
              say(
                  USE_BLEND,
                  blend(
                      "firstWords", quote(Words.vocabulary(first()).subList(0, 2)),
                      "secondWords", quote(Words.vocabulary(second()).subList(0, 2)))));
      case FLEXIBLE -> {
        List<String> words = new ArrayList<>();
        for (Drive d : Drive.values()) {
          words.add(Words.vocabulary(d).get(0));
        }
        s.add(say(USE_FLEXIBLE, "words", quote(words)));
      }
    }
    return section("wordsToUse", HEADING_WORDS_TO_USE, s);
  }

  Section wordsToAvoid() {
    List<String> s = new ArrayList<>();
    s.add(
        switch (kind()) {
          case SINGLE -> say(AVOID_SINGLE, single("words", quote(Words.grating(first()))));
          case BLEND ->
              say(
                  AVOID_BLEND,
                  blend(
                      "firstWords", quote(Words.grating(first()).subList(0, 2)),
                      "secondWords", quote(Words.grating(second()).subList(0, 2))));
          case FLEXIBLE -> say(AVOID_FLEXIBLE, "words", quote(PairPhrases.pinning()));
        });
    if (kind() == Kind.FLEXIBLE) {
      s.add(say(FLAT_FLEXIBLE, "words", quote(Words.vocabulary(you.top()).subList(0, 2))));
    } else {
      Drive low = them.low();
      s.add(
          onTheirLowest(
              "words",
              quote(Words.flat(low)),
              you.goingWell().of(low) > them.goingWell().of(low) + LEVER,
              FLAT_SINGLE,
              FLAT_SINGLE_AGAINST,
              FLAT_BLEND,
              FLAT_BLEND_AGAINST));
    }
    return section("wordsToAvoid", HEADING_WORDS_TO_AVOID, s);
  }

  // helpers

  /**
   * A sentence about the colleague's lowest drive, which a single region leaves below its lead and
   * a blend leaves out; {@code mine} picks the variant that sets it against the executive's score.
   */
  private String onTheirLowest(
      String phraseName,
      String phrase,
      boolean mine,
      PairSentence single,
      PairSentence singleMine,
      PairSentence blend,
      PairSentence blendMine) {
    Drive low = them.low();
    String[] values = {
      phraseName, phrase, "low", low.label(), "lowScore", theirs(low), "yourLow", yours(low)
    };
    return kind() == Kind.SINGLE
        ? say(mine ? singleMine : single, single(values))
        : say(mine ? blendMine : blend, blend(values));
  }

  /**
   * A score as {@link Words#pts} writes it (whole numbers bare, others with one decimal), without
   * {@code String.format}, which alone cost more than the rest of a playbook.
   */
  static String pts(double v) {
    long tenths = Math.round(v * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    long abs = Math.abs(tenths);
    return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
  }

  /**
   * Whether the colleague's lowest drive is one the executive enjoys: above the centre and clearly
   * above the colleague, so that the executive may hand over work that suits only the executive.
   */
  private boolean suitsYou(Drive low) {
    return you.goingWell().of(low) > Words.CENTRE
        && you.goingWell().of(low) >= them.goingWell().of(low) + LEVER;
  }

  private static String points(double d) {
    String p = pts(d);
    return p.equals("1") ? "1 point" : p + " points";
  }

  private static String moves(List<Drive> drives) {
    return drives.stream().map(PairPhrases::move).collect(Collectors.joining(" or "));
  }

  private static String lastMoves(List<Drive> drives) {
    return drives.stream().map(PairPhrases::lastMove).collect(Collectors.joining(" or "));
  }

  private static String quote(List<String> words) {
    List<String> q = words.stream().map(w -> "“" + w + "”").toList();
    return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
  }

  private static List<Drive> without(List<Drive> drives, List<Drive> removed) {
    return drives.stream().filter(d -> !removed.contains(d)).toList();
  }

  private static Drive third(List<Drive> two) {
    return without(List.of(Drive.values()), two).get(0);
  }

  private static String[] concat(String[] base, String... more) {
    String[] all = Arrays.copyOf(more, more.length + base.length);
    System.arraycopy(base, 0, all, more.length, base.length);
    return all;
  }

  private static int index(StageMeeting m) {
    return m.yourMove().ordinal() * 3 + m.theirMove().ordinal();
  }

  /** The nine templates of one stage, indexed by your move's ordinal × 3 + theirs. */
  private static PairSentence[] byMoves(String prefix) {
    return table(prefix, Drive.values(), Drive.values());
  }

  private static PairSentence[] table(String prefix, Enum<?>[] rows, Enum<?>[] columns) {
    return table(prefix, rows, columns, "_");
  }

  /** Templates named prefix + row + infix + column, indexed by row ordinal × 3 + column ordinal. */
  private static PairSentence[] table(
      String prefix, Enum<?>[] rows, Enum<?>[] columns, String infix) {
    PairSentence[] table = new PairSentence[rows.length * columns.length];
    for (Enum<?> row : rows) {
      for (Enum<?> column : columns) {
        table[row.ordinal() * columns.length + column.ordinal()] =
            PairSentence.valueOf(prefix + row.name() + infix + column.name());
      }
    }
    return table;
  }
}

package app.velocity.motivation.report;

import app.velocity.motivation.ArrowMagnitude;
import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.ConflictStage;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.TypeRule;
import app.velocity.motivation.report.PairPlaybook.Person;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the pair playbook says, before it is put into words: the first of its two steps
 * ({@link PairText} is the second). Plain values with no wording in them, so that the text can be
 * written in another language from the same facts.
 *
 * @param you the executive
 * @param them the colleague
 * @param relation how the two regions relate (same region, one inside the other's blend, …)
 * @param widest the drive where the two going-well profiles differ most
 * @param theyExceedYou the drive where the colleague scores furthest above the executive
 * @param youExceedThem the drive where the executive scores furthest above the colleague
 * @param distance between the two going-well points, in points (Euclidean / √2)
 * @param stages what each of the two does at conflict stages 1, 2 and 3, in that order
 * @param settings the model's settings the analyses were made under
 */
record PairFacts(
    Side you,
    Side them,
    RegionRelation relation,
    Gap widest,
    Gap theyExceedYou,
    Gap youExceedThem,
    double distance,
    List<StageMeeting> stages,
    ModelSettings settings) {

  PairFacts {
    Objects.requireNonNull(you);
    Objects.requireNonNull(them);
    Objects.requireNonNull(relation);
    Objects.requireNonNull(settings);
    stages = List.copyOf(stages);
    if (stages.size() != ConflictStage.values().length) {
      throw new IllegalArgumentException("a pair meets at each of the three conflict stages");
    }
  }

  /** The facts of an executive working with a colleague, both analysed under {@code settings}. */
  static PairFacts of(Person executive, Person colleague, ModelSettings settings) {
    TypeRule rule = new TypeRule(settings);
    Side you = Side.of(executive, rule);
    Side them = Side.of(colleague, rule);
    List<StageMeeting> stages = new ArrayList<>();
    for (ConflictStage stage : ConflictStage.values()) {
      stages.add(StageMeeting.at(stage, you.sequence(), them.sequence()));
    }
    return new PairFacts(
        you,
        them,
        RegionRelation.of(you.region().type(), them.region().type()),
        Gap.widest(you.goingWell(), them.goingWell()),
        Gap.furthestAbove(them.goingWell(), you.goingWell(), true),
        Gap.furthestAbove(you.goingWell(), them.goingWell(), false),
        you.goingWell().distanceTo(them.goingWell()) / Math.sqrt(2),
        stages,
        settings);
  }

  /** The drive both score lowest on together: what neither of the two brings much of. */
  Drive sharedBlindSpot() {
    Drive low = Drive.PEOPLE;
    for (Drive d : Drive.values()) {
      if (you.goingWell().of(d) + them.goingWell().of(d)
          < you.goingWell().of(low) + them.goingWell().of(low)) {
        low = d;
      }
    }
    return low;
  }

  /** One person of the pair as the playbook reads them. */
  record Side(
      String name,
      boolean estimate,
      double confidence,
      DriveScores goingWell,
      DriveScores conflict,
      Region region,
      ConflictSequence sequence,
      double arrowLength,
      ArrowMagnitude arrow,
      List<Drive> byScore) {

    Side {
      byScore = List.copyOf(byScore);
    }

    static Side of(Person person, TypeRule rule) {
      var a = person.analysis();
      DriveScores well = a.profile().goingWell();
      // byScore: drives by going-well score, highest first (canonical order on exact ties)
      Optional<MotivationalType> toward =
          a.leaning()
              ? Optional.of(NearestRegion.across(rule, well, a.distanceToBoundary()))
              : Optional.empty();
      return new Side(
          person.name(),
          person.estimate(),
          person.confidence(),
          well,
          a.profile().conflict(),
          new Region(a.type(), a.distanceToBoundary(), toward),
          a.conflictSequence(),
          a.arrow().length(),
          a.arrow().magnitude(),
          Words.byScore(well));
    }

    /** The highest going-well score; for a Flexible person only a number, not a lead. */
    Drive top() {
      return byScore().get(0);
    }

    Drive low() {
      return byScore().get(2);
    }

    /** The drives at conflict stage 1, 2 or 3: those of the sequence's stage spanning it. */
    List<Drive> drivesAt(ConflictStage stage) {
      return drivesAt(sequence, stage);
    }

    static List<Drive> drivesAt(ConflictSequence sequence, ConflictStage stage) {
      for (int i = 0; i < sequence.stages().size(); i++) {
        if (sequence.stagesSpannedBy(i).contains(stage)) {
          return sequence.stages().get(i);
        }
      }
      throw new IllegalStateException(sequence.code() + " does not span " + stage);
    }
  }

  /**
   * Where a going-well point lies: its type, how far inside, and the type across the nearest
   * boundary when it is close enough to be read as leaning.
   */
  record Region(
      MotivationalType type, double distanceToBoundary, Optional<MotivationalType> leaningToward) {

    Region {
      Objects.requireNonNull(type);
      Objects.requireNonNull(leaningToward);
      if (leaningToward.filter(type::equals).isPresent()) {
        throw new IllegalArgumentException("a region cannot lean toward itself");
      }
    }

    boolean leaning() {
      return leaningToward.isPresent();
    }

    Kind kind() {
      return Kind.of(type);
    }

    /** The region's drives in canonical order: one, two, or none for Flexible. */
    List<Drive> drives() {
      return DRIVES.get(type);
    }

    private static final Map<MotivationalType, List<Drive>> DRIVES = drivesByType();

    private static Map<MotivationalType, List<Drive>> drivesByType() {
      Map<MotivationalType, List<Drive>> map = new EnumMap<>(MotivationalType.class);
      for (MotivationalType t : MotivationalType.values()) {
        map.put(t, List.copyOf(t.drives()));
      }
      return map;
    }
  }

  /** The three shapes a region has, which decide how a person is described. */
  enum Kind {
    SINGLE,
    BLEND,
    FLEXIBLE;

    static Kind of(MotivationalType type) {
      return type == MotivationalType.FLEXIBLE ? FLEXIBLE : type.isBlend() ? BLEND : SINGLE;
    }
  }

  /** How the executive's region relates to the colleague's. */
  enum RegionRelation {
    /** Both in the same single or blend region. */
    SAME_REGION,
    /** Two different single regions. */
    SINGLES_DIFFER,
    /** The executive's single drive is one of the colleague's blend. */
    YOURS_IN_THEIR_BLEND,
    /** The executive's single drive is the one the colleague's blend leaves out. */
    YOURS_OUTSIDE_THEIR_BLEND,
    /** The colleague's single drive is one of the executive's blend. */
    THEIRS_IN_YOUR_BLEND,
    /** The colleague's single drive is the one the executive's blend leaves out. */
    THEIRS_OUTSIDE_YOUR_BLEND,
    /** Two different blends, which always share exactly one drive. */
    BLENDS_SHARE_ONE,
    /** The colleague is Flexible, the executive is not. */
    THEY_ARE_FLEXIBLE,
    /** The executive is Flexible, the colleague is not. */
    YOU_ARE_FLEXIBLE,
    BOTH_FLEXIBLE;

    static RegionRelation of(MotivationalType yours, MotivationalType theirs) {
      Kind you = Kind.of(yours);
      Kind them = Kind.of(theirs);
      if (you == Kind.FLEXIBLE || them == Kind.FLEXIBLE) {
        return you == them
            ? BOTH_FLEXIBLE
            : you == Kind.FLEXIBLE ? YOU_ARE_FLEXIBLE : THEY_ARE_FLEXIBLE;
      }
      if (yours == theirs) {
        return SAME_REGION;
      }
      if (you == Kind.SINGLE && them == Kind.SINGLE) {
        return SINGLES_DIFFER;
      }
      if (you == Kind.BLEND && them == Kind.BLEND) {
        return BLENDS_SHARE_ONE;
      }
      if (you == Kind.SINGLE) {
        return theirs.drives().containsAll(yours.drives())
            ? YOURS_IN_THEIR_BLEND
            : YOURS_OUTSIDE_THEIR_BLEND;
      }
      return yours.drives().containsAll(theirs.drives())
          ? THEIRS_IN_YOUR_BLEND
          : THEIRS_OUTSIDE_YOUR_BLEND;
    }
  }

  /**
   * The two going-well scores on one drive.
   *
   * @param yours the executive's score
   * @param theirs the colleague's score
   */
  record Gap(Drive drive, double yours, double theirs) {

    /** The colleague's score minus the executive's. */
    double difference() {
      return theirs - yours;
    }

    double size() {
      return Math.abs(difference());
    }

    /** The drive with the largest absolute difference; canonical order on exact ties. */
    static Gap widest(DriveScores yours, DriveScores theirs) {
      Drive w = Drive.PEOPLE;
      for (Drive d : Drive.values()) {
        if (Math.abs(theirs.of(d) - yours.of(d)) > Math.abs(theirs.of(w) - yours.of(w))) {
          w = d;
        }
      }
      return new Gap(w, yours.of(w), theirs.of(w));
    }

    /**
     * The drive where {@code high} stands furthest above {@code low}. The scores sum to the same,
     * so unless the two profiles are equal such a drive exists with a positive difference.
     */
    static Gap furthestAbove(DriveScores high, DriveScores low, boolean highIsTheirs) {
      Drive best = Drive.PEOPLE;
      for (Drive d : Drive.values()) {
        if (high.of(d) - low.of(d) > high.of(best) - low.of(best)) {
          best = d;
        }
      }
      return highIsTheirs
          ? new Gap(best, low.of(best), high.of(best))
          : new Gap(best, high.of(best), low.of(best));
    }
  }

  /**
   * What the two do at one conflict stage. A tied stage offers several moves; the playbook speaks
   * of the riskiest pairing among them (see {@link #risk}).
   *
   * @param yours the executive's drives at this stage (more than one when tied)
   * @param theirs the colleague's drives at this stage
   * @param yourMove the executive's drive in the riskiest pairing
   * @param theirMove the colleague's drive in the riskiest pairing
   */
  record StageMeeting(
      ConflictStage stage, List<Drive> yours, List<Drive> theirs, Drive yourMove, Drive theirMove) {

    StageMeeting {
      yours = List.copyOf(yours);
      theirs = List.copyOf(theirs);
      if (!yours.contains(yourMove) || !theirs.contains(theirMove)) {
        throw new IllegalArgumentException("the moves must be among the stage's drives");
      }
    }

    static StageMeeting at(ConflictStage stage, ConflictSequence yours, ConflictSequence theirs) {
      List<Drive> mine = Side.drivesAt(yours, stage);
      List<Drive> other = Side.drivesAt(theirs, stage);
      Drive bestMine = mine.get(0);
      Drive bestOther = other.get(0);
      for (Drive x : mine) {
        for (Drive y : other) {
          if (risk(x, y) > risk(bestMine, bestOther)) {
            bestMine = x;
            bestOther = y;
          }
        }
      }
      return new StageMeeting(stage, mine, other, bestMine, bestOther);
    }

    /**
     * How likely a pairing of moves is to go wrong, in the order the team analysis weighs first
     * stages: asserting meets asserting or accommodating (escalation, or a disagreement driven
     * underground) above asserting meets analysing (pressure meets withdrawal) above the rest.
     */
    static int risk(Drive x, Drive y) {
      if (x == Drive.PERFORMANCE || y == Drive.PERFORMANCE) {
        Drive other = x == Drive.PERFORMANCE ? y : x;
        return other == Drive.PROCESS ? 2 : 3;
      }
      return 1;
    }
  }
}

package app.velocity.motivation.team;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a set of profiles says about a team.
 *
 * <ul>
 *   <li><b>Spread of types</b>: members per type (all seven, zeros included).
 *   <li><b>Mean point</b>: the mean going-well and mean conflict scores.
 *   <li><b>Missing drives</b>: a drive is <em>absent</em> when every member scores below {@link
 *       #LOW} on it when things go well; otherwise it is missing when it is no member's strongest
 *       drive (the highest going-well score, ties counting for each tied drive).
 *   <li><b>Pairs likely to clash</b> (named view only, and only between members who agreed):
 *       <pre>
 *   clash = distance / 20 + collision + 0.5 if both have a single or blend type with different
 *           strongest drives
 *       </pre>
 *       where distance is between the going-well points in points and collision weighs the two
 *       first conflict stages against each other: asserting meets asserting 1.5, asserting meets
 *       accommodating 1.5, asserting meets analysing 1.0, accommodating meets analysing 0.5, both
 *       accommodating 0.5, both analysing 0.5 (a tied first stage takes its heaviest pairing).
 *       Pairs scoring {@link #LIKELY} or more are listed, highest first, then by names; within a
 *       pair the names are in alphabetical order.
 * </ul>
 *
 * <p>Privacy: only members who agreed appear by name, as dots or in pairs; the others count in the
 * aggregates only, and no sentence names them or quotes one of their scores. Since the aggregates
 * minus the dots shown would reveal what the others have in common, members who did not agree are
 * counted only when there are at least {@link #MIN_FOR_DISTRIBUTION} of them; one or two are left
 * out of every figure ({@link #leftOut()}). A distribution view for a sponsor needs {@link
 * #MIN_FOR_DISTRIBUTION} counted members.
 *
 * @param size members counted in the figures
 * @param leftOut members who did not agree and were too few to count without exposing them
 */
public record TeamAnalysis(
    TeamView view,
    int size,
    int leftOut,
    Map<MotivationalType, Integer> typeCounts,
    DriveScores meanGoingWell,
    DriveScores meanConflict,
    List<MissingDrive> missingDrives,
    List<ShownMember> shownMembers,
    List<ClashPair> clashPairs,
    List<String> summary) {

  /** Below this going-well score on a drive, a member brings little of it. */
  public static final double LOW = 25;

  /** Clash scores from this value up are listed. */
  public static final double LIKELY = 1.5;

  public static final int MIN_FOR_DISTRIBUTION = 3;

  private static final Comparator<String> NAMES =
      Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT))
          .thenComparing(Comparator.naturalOrder());

  public TeamAnalysis {
    typeCounts = Collections.unmodifiableMap(new EnumMap<>(typeCounts));
    missingDrives = List.copyOf(missingDrives);
    shownMembers = List.copyOf(shownMembers);
    clashPairs = List.copyOf(clashPairs);
    summary = List.copyOf(summary);
  }

  public static TeamAnalysis of(List<TeamMember> members, TeamView view) {
    return of(members, view, ModelSettings.defaults());
  }

  public static TeamAnalysis of(List<TeamMember> team, TeamView view, ModelSettings settings) {
    if (team == null) {
      throw new TeamTooSmall("a team analysis needs at least two members");
    }
    // Aggregates over everyone minus the dots shown would give away the members not shown
    // unless they are at least MIN_FOR_DISTRIBUTION; fewer are left out of the figures.
    int notShown = (int) team.stream().filter(m -> !m.agreedToBeShown()).count();
    int leftOut = notShown > 0 && notShown < MIN_FOR_DISTRIBUTION ? notShown : 0;
    List<TeamMember> members =
        leftOut == 0
            ? List.copyOf(team)
            : team.stream().filter(TeamMember::agreedToBeShown).toList();
    if (members.size() < 2) {
      throw new TeamTooSmall(
          "a team analysis needs at least two members who can be counted without exposing anyone");
    }
    if (view == TeamView.DISTRIBUTION_ONLY && members.size() < MIN_FOR_DISTRIBUTION) {
      throw new TeamTooSmall(
          "a distribution is shown only for teams of at least "
              + MIN_FOR_DISTRIBUTION
              + ", so that no one's result can be read off it");
    }
    ProfileCalculator calculator = new ProfileCalculator(settings);
    List<ProfileAnalysis> analyses =
        members.stream().map(m -> calculator.analyse(m.profile())).toList();
    int n = members.size();

    Map<MotivationalType, Integer> counts = new EnumMap<>(MotivationalType.class);
    for (MotivationalType t : MotivationalType.values()) {
      counts.put(t, 0);
    }
    analyses.forEach(a -> counts.merge(a.type(), 1, Integer::sum));

    double[] well = new double[3];
    double[] conflict = new double[3];
    for (TeamMember m : members) {
      for (Drive d : Drive.values()) {
        well[d.ordinal()] += m.profile().goingWell().of(d) / n;
        conflict[d.ordinal()] += m.profile().conflict().of(d) / n;
      }
    }
    DriveScores meanWell = new DriveScores(well[0], well[1], well[2]).normalised();
    DriveScores meanConflict = new DriveScores(conflict[0], conflict[1], conflict[2]).normalised();

    List<MissingDrive> missing = missingDrives(members, meanWell);

    List<ShownMember> shown = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (members.get(i).agreedToBeShown()) {
        shown.add(
            new ShownMember(members.get(i).name(), analyses.get(i), members.get(i).estimated()));
      }
    }

    List<ClashPair> pairs = new ArrayList<>();
    if (view == TeamView.NAMED) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (members.get(i).agreedToBeShown() && members.get(j).agreedToBeShown()) {
            ClashPair pair =
                clash(members.get(i), analyses.get(i), members.get(j), analyses.get(j));
            if (pair.score() >= LIKELY - ModelSettings.EPSILON) {
              pairs.add(pair);
            }
          }
        }
      }
      pairs.sort(
          Comparator.comparingDouble((ClashPair p) -> -p.score())
              .thenComparing(ClashPair::first, NAMES)
              .thenComparing(ClashPair::second, NAMES));
    }

    List<String> summary = new ArrayList<>();
    summary.add(typeSentence(n, counts));
    summary.add(
        "The team's centre when things go well: "
            + scores(meanWell)
            + "; under conflict: "
            + scores(meanConflict)
            + ".");
    missing.forEach(m -> summary.add(m.reason()));
    int hidden = n - shown.size();
    if (hidden > 0) {
      summary.add(
          hidden
              + (hidden == 1 ? " member has" : " members have")
              + " not agreed to be shown individually and "
              + (hidden == 1 ? "counts" : "count")
              + " in these figures only.");
    }
    if (leftOut > 0) {
      summary.add(
          leftOut
              + (leftOut == 1 ? " member has" : " members have")
              + " not agreed to be shown individually and, being fewer than "
              + MIN_FOR_DISTRIBUTION
              + ", "
              + (leftOut == 1 ? "is" : "are")
              + " left out of these figures so that no one's result can be worked out from them.");
    }
    if (view == TeamView.NAMED && pairs.isEmpty() && shown.size() >= 2) {
      summary.add("No pair among the members shown stands out as likely to clash.");
    }
    return new TeamAnalysis(
        view, n, leftOut, counts, meanWell, meanConflict, missing, shown, pairs, summary);
  }

  private static List<MissingDrive> missingDrives(List<TeamMember> members, DriveScores mean) {
    List<MissingDrive> missing = new ArrayList<>();
    for (Drive d : Drive.values()) {
      boolean absent = true;
      boolean somebodyLeads = false;
      for (TeamMember m : members) {
        DriveScores s = m.profile().goingWell();
        double top = Math.max(s.people(), Math.max(s.performance(), s.process()));
        absent &= s.of(d) < LOW;
        somebodyLeads |= s.of(d) >= top - ModelSettings.EPSILON;
      }
      String meanWords = whole(mean.of(d));
      if (absent) {
        missing.add(
            new MissingDrive(
                d,
                true,
                mean.of(d),
                "Nobody on the team brings much "
                    + d.label()
                    + ": every member scores below "
                    + whole(LOW)
                    + " on it (team mean "
                    + meanWords
                    + "), so someone will need to borrow it and "
                    + borrow(d)
                    + "."));
      } else if (!somebodyLeads) {
        missing.add(
            new MissingDrive(
                d,
                false,
                mean.of(d),
                "Nobody on the team leads with "
                    + d.label()
                    + ", though some bring it (team mean "
                    + meanWords
                    + "); make sure someone is asked to "
                    + borrow(d)
                    + "."));
      }
    }
    return missing;
  }

  private static String borrow(Drive d) {
    return switch (d) {
      case PEOPLE -> "look after how people are doing";
      case PERFORMANCE -> "push for decisions and pace";
      case PROCESS -> "check the method and the detail";
    };
  }

  private static ClashPair clash(
      TeamMember a, ProfileAnalysis aa, TeamMember b, ProfileAnalysis ba) {
    if (NAMES.compare(a.name(), b.name()) > 0) {
      // a pair reads the same whichever order the members came in
      return clash(b, ba, a, aa);
    }
    double distance = a.profile().goingWell().distanceTo(b.profile().goingWell()) / Math.sqrt(2);
    boolean bothTyped =
        aa.type() != MotivationalType.FLEXIBLE && ba.type() != MotivationalType.FLEXIBLE;
    boolean differentLeads = bothTyped && aa.dominantDrive() != ba.dominantDrive();

    double collision = -1;
    Drive fromA = null;
    Drive fromB = null;
    for (Drive x : aa.firstConflictDrives()) {
      for (Drive y : ba.firstConflictDrives()) {
        double w = collision(x, y);
        if (w > collision) {
          collision = w;
          fromA = x;
          fromB = y;
        }
      }
    }
    double score = distance / 20 + collision + (differentLeads ? 0.5 : 0);

    StringBuilder reason = new StringBuilder();
    reason.append(a.name()).append(" and ").append(b.name()).append(": ");
    if (bothTyped && !differentLeads) {
      reason.append("both lead with ").append(aa.dominantDrive().label());
    } else {
      reason.append(lead(a.name(), aa)).append(" and ").append(lead(b.name(), ba));
    }
    reason.append(", ").append(whole(distance)).append(" points apart when things go well; ");
    reason.append(collisionWords(a.name(), fromA, b.name(), fromB)).append('.');
    List<String> estimated = new ArrayList<>();
    if (a.estimated()) {
      estimated.add(a.name());
    }
    if (b.estimated()) {
      estimated.add(b.name());
    }
    if (!estimated.isEmpty()) {
      reason
          .append(' ')
          .append(String.join(" and ", estimated))
          .append(
              estimated.size() == 1 ? "'s profile is an estimate." : ": profiles are estimates.");
    }
    return new ClashPair(a.name(), b.name(), score, distance, reason.toString());
  }

  private static String lead(String name, ProfileAnalysis a) {
    return a.type() == MotivationalType.FLEXIBLE
        ? name + " draws on all three drives"
        : name + " leads with " + a.dominantDrive().label();
  }

  /** How heavily two first-stage conflict drives collide. */
  static double collision(Drive x, Drive y) {
    if (x == y) {
      return x == Drive.PERFORMANCE ? 1.5 : 0.5;
    }
    if (x == Drive.PERFORMANCE || y == Drive.PERFORMANCE) {
      Drive other = x == Drive.PERFORMANCE ? y : x;
      return other == Drive.PEOPLE ? 1.5 : 1.0;
    }
    return 0.5;
  }

  private static String collisionWords(String a, Drive x, String b, Drive y) {
    if (x == y) {
      return switch (x) {
        case PERFORMANCE -> "in conflict both assert first, so a disagreement can escalate quickly";
        case PEOPLE -> "in conflict both accommodate first, so the issue may never be raised";
        case PROCESS ->
            "in conflict both withdraw to analyse, so the disagreement may be left unresolved";
      };
    }
    if (y == Drive.PERFORMANCE || (x == Drive.PROCESS && y == Drive.PEOPLE)) {
      // Put the asserter (or the accommodator) first, so that one sentence shape serves both
      // orders.
      return collisionWords(b, y, a, x);
    }
    if (x == Drive.PERFORMANCE && y == Drive.PEOPLE) {
      return "in conflict "
          + a
          + " asserts first while "
          + b
          + " accommodates, so "
          + b
          + " may give way and the disagreement go underground";
    }
    if (x == Drive.PERFORMANCE) {
      return "in conflict "
          + a
          + " pushes for a decision while "
          + b
          + " steps back to analyse, so pressure meets withdrawal";
    }
    return "in conflict "
        + a
        + " tries to keep the peace while "
        + b
        + " wants the facts first, so each may feel the other misses the point";
  }

  private static String typeSentence(int n, Map<MotivationalType, Integer> counts) {
    List<MotivationalType> present =
        counts.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(
                Comparator.comparingInt((Map.Entry<MotivationalType, Integer> e) -> -e.getValue())
                    .thenComparing(e -> e.getKey().ordinal()))
            .map(Map.Entry::getKey)
            .toList();
    List<String> parts = present.stream().map(t -> counts.get(t) + " " + t.label()).toList();
    return n + " members: " + String.join(", ", parts) + ".";
  }

  private static String scores(DriveScores s) {
    return "People "
        + whole(s.people())
        + ", Performance "
        + whole(s.performance())
        + ", Process "
        + whole(s.process());
  }

  private static String whole(double v) {
    return String.format(Locale.ROOT, "%d", Math.round(v));
  }
}

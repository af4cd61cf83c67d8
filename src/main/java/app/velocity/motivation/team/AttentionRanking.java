package app.velocity.motivation.team;

import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The executive's relationships, ordered by what needs attention.
 *
 * <h2>Patterns</h2>
 *
 * With u(x) = (x − 1) / 4 turning a 1–5 rating into 0..1:
 *
 * <table>
 *   <caption>patterns, their conditions and scores</caption>
 *   <tr><th>pattern</th><th>when</th><th>score</th></tr>
 *   <tr><td>veering away</td><td>importance ≥ 4, ease ≤ 2, frequency monthly or rarer</td>
 *       <td>u(importance) + (1 − u(ease)) + (1 − u(frequency))</td></tr>
 *   <tr><td>important but ineffective</td><td>importance ≥ 4, effectiveness ≤ 2</td>
 *       <td>u(importance) + (1 − u(effectiveness))</td></tr>
 *   <tr><td>easy but ineffective</td><td>ease ≥ 4, effectiveness ≤ 2</td>
 *       <td>u(ease) + (1 − u(effectiveness))</td></tr>
 *   <tr><td>comfort zone</td><td>profile known, going-well points less than 10 points from
 *       the executive's, several times a week or daily</td>
 *       <td>u(frequency) + (1 − distance / 10)</td></tr>
 *   <tr><td>none</td><td>otherwise</td>
 *       <td>(u(importance) + (1 − u(ease)) + (1 − u(frequency)) + (1 − u(effectiveness))) / 4</td></tr>
 * </table>
 *
 * <h2>Order</h2>
 *
 * A relationship's first pattern is its most pressing in the order above. The list is sorted by
 * first pattern (veering away first), then by that pattern's score (highest first), then by the
 * colleague's name, then by the order given, so the same input always gives the same list.
 */
public record AttentionRanking(List<Attention> items) {

  public static final int IMPORTANT = 4;
  public static final int HARD = 2;
  public static final int EASY = 4;
  public static final int INEFFECTIVE = 2;

  /** Going-well points closer than this (in points) count as very similar. */
  public static final double SIMILAR = 10;

  public AttentionRanking {
    items = List.copyOf(items);
  }

  /** Ranks with the product's model settings. */
  public static AttentionRanking of(Profile self, List<Relationship> relationships) {
    return of(self, relationships, ModelSettings.defaults());
  }

  /**
   * Ranks the relationships of an executive whose own result is {@code self}.
   *
   * @param self the executive's own profile
   */
  public static AttentionRanking of(
      Profile self, List<Relationship> relationships, ModelSettings settings) {
    if (self == null) {
      throw new IllegalArgumentException("the executive's own profile is needed");
    }
    ProfileCalculator calculator = new ProfileCalculator(settings);
    ProfileAnalysis me = calculator.analyse(self);
    record Ranked(Attention attention, int index) {}
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < relationships.size(); i++) {
      ranked.add(new Ranked(assess(me, relationships.get(i), calculator), i));
    }
    ranked.sort(
        Comparator.comparingInt((Ranked r) -> r.attention().primary().ordinal())
            .thenComparing(r -> -r.attention().score())
            .thenComparing(r -> r.attention().relationship().colleague().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.attention().relationship().colleague())
            .thenComparingInt(Ranked::index));
    return new AttentionRanking(ranked.stream().map(Ranked::attention).toList());
  }

  /** The relationships showing this pattern first, in ranked order. */
  public List<Attention> withPrimary(AttentionPattern pattern) {
    return items.stream().filter(a -> a.primary() == pattern).toList();
  }

  private static Attention assess(
      ProfileAnalysis me, Relationship r, ProfileCalculator calculator) {
    double importance = u(r.importance());
    double hardness = 1 - u(r.ease());
    double rarity = 1 - u(r.frequency().level());
    double ineffective = 1 - u(r.effectiveness());
    String name = r.colleague();
    ProfileAnalysis them = r.profile().known().map(calculator::analyse).orElse(null);

    List<AttentionPattern> patterns = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    if (r.importance() >= IMPORTANT
        && r.ease() <= HARD
        && r.frequency().level() <= Frequency.MONTHLY.level()) {
      patterns.add(AttentionPattern.VEERING_AWAY);
      scores.add(importance + hardness + rarity);
      sentences.add(
          "Important to you ("
              + r.importance()
              + "/5), hard ("
              + r.ease()
              + "/5), and you work together only "
              + r.frequency().words()
              + ": you may be veering away.");
    }
    if (r.importance() >= IMPORTANT && r.effectiveness() <= INEFFECTIVE) {
      patterns.add(AttentionPattern.IMPORTANT_BUT_INEFFECTIVE);
      scores.add(importance + ineffective);
      sentences.add(
          "Important to you ("
              + r.importance()
              + "/5) but not working well (effectiveness "
              + r.effectiveness()
              + "/5): worth finding out what each of you needs from the other.");
    }
    if (r.ease() >= EASY && r.effectiveness() <= INEFFECTIVE) {
      patterns.add(AttentionPattern.EASY_BUT_INEFFECTIVE);
      scores.add(u(r.ease()) + ineffective);
      sentences.add(
          "Easy ("
              + r.ease()
              + "/5) yet not effective ("
              + r.effectiveness()
              + "/5): comfortable, but it is not producing results.");
    }
    if (them != null && r.frequency().level() >= Frequency.SEVERAL_TIMES_A_WEEK.level()) {
      double distance =
          me.profile().goingWell().distanceTo(them.profile().goingWell()) / Math.sqrt(2);
      if (distance < SIMILAR) {
        patterns.add(AttentionPattern.COMFORT_ZONE);
        scores.add(u(r.frequency().level()) + (1 - distance / SIMILAR));
        sentences.add(
            "Your profiles are very close ("
                + Math.round(distance)
                + " points apart"
                + estimateNote(r.profile())
                + ") and you work together "
                + r.frequency().words()
                + ": a comfort zone; check that it does not crowd out people who see things"
                + " differently.");
      }
    }
    if (patterns.isEmpty()) {
      patterns.add(AttentionPattern.NONE);
      scores.add((importance + hardness + rarity + ineffective) / 4);
      sentences.add(
          "Nothing stands out: importance "
              + r.importance()
              + "/5, ease "
              + r.ease()
              + "/5, effectiveness "
              + r.effectiveness()
              + "/5, and you work together "
              + r.frequency().words()
              + ".");
    }
    AttentionPattern primary = patterns.get(0);
    StringBuilder reason = new StringBuilder(String.join(" ", sentences));
    if (primary == AttentionPattern.VEERING_AWAY
        || primary == AttentionPattern.IMPORTANT_BUT_INEFFECTIVE) {
      reason.append(' ').append(motives(me, them, r));
    }
    return new Attention(r, patterns, scores.get(0), reason.toString());
  }

  /** Where the two profiles point, so that the executive knows where to start. */
  private static String motives(ProfileAnalysis me, ProfileAnalysis them, Relationship r) {
    String name = r.colleague();
    if (them == null) {
      return "You have no profile for "
          + name
          + " yet; an invitation or an estimate would show what drives "
          + name
          + ".";
    }
    String note = estimateNote(r.profile());
    boolean meFlexible = me.type() == MotivationalType.FLEXIBLE;
    boolean themFlexible = them.type() == MotivationalType.FLEXIBLE;
    if (!meFlexible && !themFlexible && me.dominantDrive() == them.dominantDrive()) {
      return "You both lead with "
          + me.dominantDrive().label()
          + note
          + ", so the difficulty may lie less in what drives you than in how you work together.";
    }
    String theirs =
        themFlexible
            ? name + " draws on all three drives about equally" + note
            : name + " leads with " + them.dominantDrive().label() + note;
    String mine =
        meFlexible ? "you draw on all three" : "you lead with " + me.dominantDrive().label();
    return theirs + " where " + mine + "; the pair playbook shows how to approach " + name + ".";
  }

  private static String estimateNote(ColleagueProfile profile) {
    if (profile instanceof ColleagueProfile.Estimated e) {
      return " (an estimate, " + Math.round(e.confidence() * 100) + "% confidence)";
    }
    return "";
  }

  private static double u(int rating) {
    return (rating - 1) / 4.0;
  }
}

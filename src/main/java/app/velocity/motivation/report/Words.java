package app.velocity.motivation.report;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Phrases and number formats shared by the personal report and the pair playbook. */
final class Words {

  static final double CENTRE = 100.0 / 3;

  private Words() {}

  /** A score as people read it: whole numbers without decimals, others with one. */
  static String pts(double v) {
    double r = Math.round(v * 10) / 10.0;
    if (Math.abs(r - Math.rint(r)) < 1e-9) {
      return String.format(Locale.ROOT, "%d", (long) Math.rint(r));
    }
    return String.format(Locale.ROOT, "%.1f", r);
  }

  static String scores(DriveScores s) {
    return "People "
        + pts(s.people())
        + ", Performance "
        + pts(s.performance())
        + ", Process "
        + pts(s.process());
  }

  /** Drives from highest to lowest score; canonical order on exact ties. */
  static List<Drive> byScore(DriveScores s) {
    List<Drive> drives = new ArrayList<>(Arrays.asList(Drive.values()));
    drives.sort(Comparator.comparingDouble((Drive d) -> -s.of(d)).thenComparing(Drive::ordinal));
    return drives;
  }

  static String join(List<Drive> drives) {
    List<String> labels = drives.stream().map(Drive::label).toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }

  static String signed(double v) {
    return (v >= 0 ? "+" : "−") + pts(Math.abs(v));
  }

  static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }

  /** What a drive cares about, as an object phrase. */
  static String concern(Drive d) {
    return switch (d) {
      case PEOPLE -> "the welfare and growth of the people around you";
      case PERFORMANCE -> "results, momentum and taking the lead";
      case PROCESS -> "order, accuracy and thinking things through";
    };
  }

  /** What energises someone high on a drive. */
  static String motivators(Drive d) {
    return switch (d) {
      case PEOPLE ->
          "seeing someone grow, being trusted with how a team feels, and work that plainly helps"
              + " somebody";
      case PERFORMANCE ->
          "a stretching goal, the freedom to decide, and a visible scoreboard of progress";
      case PROCESS ->
          "a problem worth understanding, a clear structure, and the time and independence to get it"
              + " right";
    };
  }

  /** What tires someone who scores low on a drive, when a role demands a lot of it. */
  static String drainsWhenLow(Drive d) {
    return switch (d) {
      case PEOPLE -> "long stretches of listening, soothing and keeping everyone on board";
      case PERFORMANCE -> "constant pressure to push, compete and decide on thin information";
      case PROCESS -> "detailed checking, strict procedure and working alone for long periods";
    };
  }

  /** What offends the values of someone high on a drive (a conflict trigger). */
  static String trigger(Drive d) {
    return switch (d) {
      case PEOPLE -> "coldness, broken trust, or people treated as a mere means to an end";
      case PERFORMANCE -> "delay, dithering, or being blocked without a good reason";
      case PROCESS -> "being rushed, vague claims, or rules bent to suit someone";
    };
  }

  /** How someone high on a drive likes to be approached. */
  static String approach(Drive d) {
    return switch (d) {
      case PEOPLE ->
          "start with the person before the task: ask how things are, and show who the work will"
              + " help";
      case PERFORMANCE ->
          "start with the point: the goal, what is at stake and what you need, in a few sentences";
      case PROCESS ->
          "send the context ahead, lay out the facts in order, and leave time for questions before"
              + " asking for a view";
    };
  }

  /** How to recognise someone high on a drive. */
  static String recognition(Drive d) {
    return switch (d) {
      case PEOPLE -> "a personal thank-you that names who was helped and what difference it made";
      case PERFORMANCE -> "prompt credit for the result and their part in it, in front of others";
      case PROCESS ->
          "specific praise for the quality of the thinking: the check made, the risk caught";
    };
  }

  /** Work that suits someone high on a drive. */
  static String fittingWork(Drive d) {
    return switch (d) {
      case PEOPLE -> "onboarding, stakeholder care, mentoring and mending strained relationships";
      case PERFORMANCE -> "turnarounds, launches, negotiations and anything with a hard deadline";
      case PROCESS -> "analysis, design, planning, quality reviews and untangling messy systems";
    };
  }

  /** Words that speak to a drive. */
  static List<String> vocabulary(Drive d) {
    return switch (d) {
      case PEOPLE -> List.of("together", "support", "who does this help", "how are you finding it");
      case PERFORMANCE -> List.of("goal", "decide", "by Friday", "what will it take to win");
      case PROCESS -> List.of("evidence", "criteria", "the plan", "let us think it through");
    };
  }

  /** Words that grate on someone high on a drive. */
  static List<String> grating(Drive d) {
    return switch (d) {
      case PEOPLE -> List.of("it is just business", "headcount", "toughen up");
      case PERFORMANCE -> List.of("let us wait and see", "maybe next quarter", "it is complicated");
      case PROCESS -> List.of("trust me", "roughly", "just go with your gut");
    };
  }

  /** Words that mean little to someone low on a drive, if overused. */
  static List<String> flat(Drive d) {
    return switch (d) {
      case PEOPLE -> List.of("let us all share how we feel", "one big family");
      case PERFORMANCE -> List.of("crush the competition", "ASAP");
      case PROCESS -> List.of("per the procedure", "subject to further review");
    };
  }

  /** What someone does in conflict when this drive leads, by stage (0, 1, 2). */
  static String conflictMove(Drive d, int stage) {
    return switch (d) {
      case PEOPLE ->
          switch (stage) {
            case 0 ->
                "accommodate: look for what the other person needs and give a little to keep"
                    + " the relationship";
            case 1 -> "accommodate more deeply: give up points you care about to end the strain";
            default -> "give in entirely and let the other side have its way, often feeling hurt";
          };
      case PERFORMANCE ->
          switch (stage) {
            case 0 -> "assert: state your case, raise the pace and push for a decision";
            case 1 -> "assert harder: argue to win the point, even at some cost to goodwill";
            default -> "fight to win, whatever it costs the relationship";
          };
      case PROCESS ->
          switch (stage) {
            case 0 -> "analyse: step back, check the facts and the rules before you commit";
            case 1 -> "analyse from a distance: hold back until the case is clear on its merits";
            default -> "withdraw: cut off contact and rely on your own judgement alone";
          };
    };
  }

  /** How a drive that scores high is overdone, as others see it. */
  static String overdoneLooks(Drive d) {
    return switch (d) {
      case PEOPLE -> "too accommodating, saying yes when a no was needed";
      case PERFORMANCE -> "pushy, impatient or hard to argue with";
      case PROCESS -> "slow, distant or fixed on detail";
    };
  }

  /** How a drive that scores high looks at its best. */
  static String bestLooks(Drive d) {
    return switch (d) {
      case PEOPLE -> "warm, generous and on their side";
      case PERFORMANCE -> "energetic, decisive and willing to lead";
      case PROCESS -> "careful, fair and reliable";
    };
  }
}

package app.velocity.motivation.report;

import app.velocity.motivation.Drive;
import app.velocity.motivation.MotivationalType;
import java.util.List;

/**
 * The phrases a pair playbook's templates take as values, keyed by a drive or a region: one string
 * per key, so that each can move into a message bundle beside its template. Phrases shared with the
 * personal report stay in {@link Words}.
 */
final class PairPhrases {

  private PairPhrases() {}

  /** What a drive cares about, said of someone else. */
  static String concern(Drive d) {
    return switch (d) {
      case PEOPLE -> "other people's welfare and growth";
      case PERFORMANCE -> "results, momentum and taking the lead";
      case PROCESS -> "order, accuracy and thinking things through";
    };
  }

  /** What a blend region means, completing "so {name} …". */
  static String blendMeaning(MotivationalType blend) {
    return switch (blend) {
      case PEOPLE_PERFORMANCE ->
          "wants to take people somewhere good, and cares for the result and the people in equal"
              + " measure";
      case PERFORMANCE_PROCESS ->
          "wants to win, and to win properly, on a sound plan and fair rules";
      case PEOPLE_PROCESS ->
          "wants to help in a way that lasts: careful, considered support that lets others stand"
              + " on their own feet";
      default -> throw notABlend(blend);
    };
  }

  /** How to open with someone in a blend region, completing "With {name}, …". */
  static String blendApproach(MotivationalType blend) {
    return switch (blend) {
      case PEOPLE_PERFORMANCE ->
          "start with where you are going and who it will help, then agree who does what by when";
      case PERFORMANCE_PROCESS ->
          "start with the goal and the plan to reach it, with the facts ready for the questions";
      case PEOPLE_PROCESS ->
          "start with the person and the context, send the detail ahead, and leave time to think"
              + " it over together";
      default -> throw notABlend(blend);
    };
  }

  /** What energises someone in a blend region. */
  static String blendMotivators(MotivationalType blend) {
    return switch (blend) {
      case PEOPLE_PERFORMANCE ->
          "leading a team to a result everyone can be proud of, and growing people on the way";
      case PERFORMANCE_PROCESS ->
          "an ambitious goal with a sound plan, and the authority to carry it through properly";
      case PEOPLE_PROCESS ->
          "helping in a careful, lasting way, building the skills and systems others can rely on";
      default -> throw notABlend(blend);
    };
  }

  /** How to recognise someone in a blend region. */
  static String blendRecognition(MotivationalType blend) {
    return switch (blend) {
      case PEOPLE_PERFORMANCE ->
          "credit in front of the team for the result and for the people who grew on the way";
      case PERFORMANCE_PROCESS ->
          "credit for the result and for how soundly it was reached, named in the detail";
      case PEOPLE_PROCESS ->
          "a personal thank-you that names the careful help given and what it made possible";
      default -> throw notABlend(blend);
    };
  }

  /** Work that suits someone in a blend region. */
  static String blendWork(MotivationalType blend) {
    return switch (blend) {
      case PEOPLE_PERFORMANCE ->
          "leading change, building a new team, winning over a sceptical client or partner";
      case PERFORMANCE_PROCESS ->
          "running a complex programme to a deadline, turning a plan into delivery, fixing a"
              + " process that costs money";
      case PEOPLE_PROCESS ->
          "designing training, improving a service people depend on, careful stakeholder work";
      default -> throw notABlend(blend);
    };
  }

  /** What offends the values of someone in a blend region. */
  static String blendTrigger(MotivationalType blend) {
    return switch (blend) {
      case PEOPLE_PERFORMANCE ->
          "being kept from moving people forward, or results bought at people's expense";
      case PERFORMANCE_PROCESS ->
          "sloppy work passed off as speed, or a sound plan overturned on a whim";
      case PEOPLE_PROCESS -> "people treated carelessly, or rules bent at someone's expense";
      default -> throw notABlend(blend);
    };
  }

  /** What a region draws someone to, in a few words, for "leaning toward" sentences. */
  static String pull(MotivationalType type) {
    return switch (type) {
      case PEOPLE -> "seeing someone grow";
      case PERFORMANCE -> "a stretching goal";
      case PROCESS -> "a problem worth understanding";
      case PEOPLE_PERFORMANCE -> "leading people to a result";
      case PERFORMANCE_PROCESS -> "an ambitious plan done properly";
      case PEOPLE_PROCESS -> "help that lasts";
      case FLEXIBLE -> "variety and a group that holds together";
    };
  }

  /** The last move of a drive at conflict stage 3. */
  static String lastMove(Drive d) {
    return switch (d) {
      case PEOPLE -> "giving in";
      case PERFORMANCE -> "fighting to win";
      case PROCESS -> "withdrawing";
    };
  }

  /** The move of a drive under conflict, as a gerund. */
  static String move(Drive d) {
    return switch (d) {
      case PEOPLE -> "accommodating";
      case PERFORMANCE -> "asserting";
      case PROCESS -> "analysing";
    };
  }

  /** Words that grate on someone whose scores are even: those that pin them to one way. */
  static List<String> pinning() {
    return List.of("we always do it this way", "there is only one right answer", "pick a side");
  }

  private static IllegalArgumentException notABlend(MotivationalType type) {
    return new IllegalArgumentException(type + " is not a blend");
  }
}

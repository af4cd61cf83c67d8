package app.velocity.delegation;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Four questions about a piece of work whose answers produce its demand on the three drives, for
 * executives who would rather describe the work than put numbers on it.
 *
 * <p>The mapping: every drive starts at {@value #BASE} points (no work needs a drive not at all);
 * each question is worth {@value #PER_QUESTION} points, given to the drive its answer speaks for,
 * or split evenly over the three when the answer is "no one of these". So four answers for the same
 * drive give 80/10/10, two and two give 45/45/10, and four "no one of these" give the centre.
 */
public final class DemandQuestions {

  /** Points every drive starts with. */
  public static final double BASE = 10;

  /** Points each answered question gives. */
  public static final double PER_QUESTION = 17.5;

  /** The answer that gives no drive the lead. */
  public static final String BALANCED = "BALANCED";

  /** One answer: the drive it speaks for (or {@link #BALANCED}) and its words. */
  public record Answer(String value, String label) {}

  /** One question and its four answers. */
  public record Question(String name, String text, List<Answer> answers) {}

  /** The questions, in the order they are asked. */
  public static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "q1",
              "What will make this work succeed?",
              List.of(
                  new Answer("PEOPLE", "Bringing people along and keeping them together"),
                  new Answer("PERFORMANCE", "Driving hard to a result by the deadline"),
                  new Answer("PROCESS", "Getting the detail right and thinking it through"),
                  new Answer(BALANCED, "No one of these more than the others"))),
          new Question(
              "q2",
              "Whom or what will the person mostly deal with?",
              List.of(
                  new Answer("PEOPLE", "People who need support, listening or persuading"),
                  new Answer("PERFORMANCE", "Customers to win, decisions to push through"),
                  new Answer("PROCESS", "Data, systems, rules and procedures"),
                  new Answer(BALANCED, "A mix of all of these"))),
          new Question(
              "q3",
              "What would go wrong in the wrong hands?",
              List.of(
                  new Answer("PEOPLE", "People feel unheard and trust is lost"),
                  new Answer("PERFORMANCE", "It drags on and nobody takes the lead"),
                  new Answer("PROCESS", "Mistakes, gaps and rework"),
                  new Answer(BALANCED, "Any of these, about equally"))),
          new Question(
              "q4",
              "What should the first week look like?",
              List.of(
                  new Answer("PEOPLE", "Talking with everyone involved"),
                  new Answer("PERFORMANCE", "Visible first results and quick decisions"),
                  new Answer("PROCESS", "A careful plan and the facts gathered"),
                  new Answer(BALANCED, "Some of each"))));

  private DemandQuestions() {}

  /**
   * The demand the answers produce.
   *
   * @param answers question name to answer value
   * @throws IllegalArgumentException "q2: …" for the first question without a valid answer
   */
  public static DriveScores demand(Map<String, String> answers) {
    Map<Drive, Double> points = new EnumMap<>(Drive.class);
    for (Drive d : Drive.values()) {
      points.put(d, BASE);
    }
    for (int i = 0; i < QUESTIONS.size(); i++) {
      Question q = QUESTIONS.get(i);
      String value = answers.get(q.name());
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            q.name() + ": answer question " + (i + 1) + ", \"" + q.text() + "\"");
      }
      if (BALANCED.equals(value)) {
        for (Drive d : Drive.values()) {
          points.merge(d, PER_QUESTION / 3, Double::sum);
        }
        continue;
      }
      Drive drive;
      try {
        drive = Drive.valueOf(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            q.name() + ": choose one of the answers to question " + (i + 1));
      }
      points.merge(drive, PER_QUESTION, Double::sum);
    }
    return DriveScores.of(points);
  }
}

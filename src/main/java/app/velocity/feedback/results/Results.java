package app.velocity.feedback.results;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The publishable results of a mini-survey, wave by wave in ascending order. Holds nothing per
 * rater and no number of a withheld cell, so it may be handed to any view the agreement allows.
 */
public record Results(List<GoalId> goals, List<WaveResults> waves) {

  public Results {
    goals = List.copyOf(goals);
    waves = List.copyOf(waves);
  }

  public WaveResults wave(int number) {
    return waves.stream()
        .filter(w -> w.wave() == number)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no wave " + number));
  }

  /** One goal's scores for one unit over the waves, for the progress chart. */
  public List<Cell<ScoreSummary>> trend(GoalId goal, Unit unit) {
    return waves.stream().map(w -> w.score(goal, unit)).toList();
  }
}

package app.velocity.feedback.results;

import java.util.EnumMap;
import java.util.Map;

/**
 * How often the leader followed up, as told by one unit in one wave.
 *
 * @param answers how many raters answered the follow-up question
 * @param counts answers per frequency, every frequency present (zero when nobody chose it)
 */
public record FollowUpSummary(int answers, Map<FollowUp, Integer> counts) {

  public FollowUpSummary {
    var complete = new EnumMap<FollowUp, Integer>(FollowUp.class);
    for (FollowUp frequency : FollowUp.values()) {
      complete.put(frequency, counts.getOrDefault(frequency, 0));
    }
    counts = Map.copyOf(complete);
  }

  public double share(FollowUp frequency) {
    return (double) counts.get(frequency) / answers;
  }
}

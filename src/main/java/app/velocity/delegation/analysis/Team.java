package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The people of an analysis in primitive arrays, indexed once, with each one's distance to the
 * history's profile of the executive and whether they count as motivated like him. A withheld
 * member (someone who stopped sharing their result) has no scores, no distance and no fit: only
 * whether they counted as alike, which was judged when the decision was made.
 */
final class Team {

  final String[] ids;
  final double[] people;
  final double[] performance;
  final double[] process;
  final double[] distanceToExecutive;
  final boolean[] alike;
  final boolean[] known;
  private final DriveScores[] scores;
  private final Map<String, Integer> index;

  Team(DriveScores executive, Map<String, DriveScores> members) {
    this(executive, members, Map.of());
  }

  Team(DriveScores executive, Map<String, DriveScores> members, Map<String, Boolean> withheld) {
    Objects.requireNonNull(executive, "executive");
    Objects.requireNonNull(withheld, "withheld");
    int n = members.size() + withheld.size();
    ids = new String[n];
    people = new double[n];
    performance = new double[n];
    process = new double[n];
    distanceToExecutive = new double[n];
    alike = new boolean[n];
    known = new boolean[n];
    scores = new DriveScores[n];
    index = new HashMap<>(n * 2);
    int i = 0;
    for (Map.Entry<String, DriveScores> e : members.entrySet()) {
      DriveScores s = Objects.requireNonNull(e.getValue(), "scores of " + e.getKey());
      ids[i] = Objects.requireNonNull(e.getKey(), "a person id");
      people[i] = s.people();
      performance[i] = s.performance();
      process[i] = s.process();
      distanceToExecutive[i] = Similarity.distance(executive, s);
      alike[i] = Similarity.motivatedAlike(executive, s);
      known[i] = true;
      scores[i] = s;
      index.put(ids[i], i);
      i++;
    }
    for (Map.Entry<String, Boolean> e : withheld.entrySet()) {
      ids[i] = Objects.requireNonNull(e.getKey(), "a person id");
      if (index.containsKey(ids[i])) {
        throw new IllegalArgumentException(ids[i] + " is both known and withheld");
      }
      people[i] = Double.NaN;
      performance[i] = Double.NaN;
      process[i] = Double.NaN;
      distanceToExecutive[i] = Double.NaN;
      alike[i] = Objects.requireNonNull(e.getValue(), "whether " + ids[i] + " was alike");
      index.put(ids[i], i);
      i++;
    }
  }

  int size() {
    return ids.length;
  }

  /** The index of a person named by decision {@code decisionIndex}. */
  int require(int decisionIndex, String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new UnknownPerson(decisionIndex, id);
    }
    return i;
  }

  /**
   * Checks a decision against the team and writes its candidates' indices into {@code slots} from
   * {@code from}; returns the position of the chosen one among them.
   */
  int place(int decisionIndex, Decision decision, int[] slots, int from) {
    var candidates = decision.candidateIds();
    String chosenId = decision.chosenId();
    int chosenAt = -1;
    for (int j = 0; j < candidates.size(); j++) {
      String id = candidates.get(j);
      slots[from + j] = require(decisionIndex, id);
      if (id.equals(chosenId)) {
        chosenAt = j;
      }
    }
    if (chosenAt < 0) {
      throw new ChosenNotAmongCandidates(decisionIndex, chosenId);
    }
    return chosenAt;
  }

  /**
   * Judges the candidates of one decision against the executive as he was then: writes, for the
   * slots {@code from} to {@code to} of {@code slots}, each one's distance to him into {@code
   * distance} and whether they count as motivated like him into {@code alike}.
   *
   * @param then his going-well scores at the decision, or null for the history's profile
   */
  void judge(DriveScores then, int[] slots, int from, int to, double[] distance, boolean[] alike) {
    for (int s = from; s < to; s++) {
      int p = slots[s];
      if (then == null || !known[p]) {
        distance[s] = distanceToExecutive[p];
        alike[s] = this.alike[p];
      } else {
        distance[s] = Similarity.distance(then, scores[p]);
        alike[s] = Similarity.motivatedAlike(then, scores[p]);
      }
    }
  }

  /** Fit of person {@code p} to a demand. */
  double fit(int p, DriveScores demand) {
    double a = people[p] - demand.people();
    double b = performance[p] - demand.performance();
    double c = process[p] - demand.process();
    return MotivationalFit.ofDistance(Math.sqrt(a * a + b * b + c * c));
  }
}

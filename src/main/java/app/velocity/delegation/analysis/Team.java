package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The people of an analysis in primitive arrays, indexed once, with each one's distance to the
 * executive and whether they count as motivated like him.
 */
final class Team {

  final String[] ids;
  final double[] people;
  final double[] performance;
  final double[] process;
  final double[] distanceToExecutive;
  final boolean[] alike;
  private final Map<String, Integer> index;

  Team(DriveScores executive, Map<String, DriveScores> members) {
    Objects.requireNonNull(executive, "executive");
    int n = members.size();
    ids = new String[n];
    people = new double[n];
    performance = new double[n];
    process = new double[n];
    distanceToExecutive = new double[n];
    alike = new boolean[n];
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

  /** Fit of person {@code p} to a demand. */
  double fit(int p, DriveScores demand) {
    double a = people[p] - demand.people();
    double b = performance[p] - demand.performance();
    double c = process[p] - demand.process();
    return MotivationalFit.ofDistance(Math.sqrt(a * a + b * b + c * c));
  }
}

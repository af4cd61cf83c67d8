package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.util.Objects;

/**
 * A person who could take on a piece of work.
 *
 * @param id stable identifier, used to break ties deterministically
 * @param name the name shown in sentences
 * @param goingWell the person's going-well scores, self-reported or estimated
 * @param confidence 1 for a self-reported result; an observer's confidence in (0, 1) otherwise
 */
public record Candidate(String id, String name, DriveScores goingWell, double confidence) {

  public Candidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(goingWell, "goingWell");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("a candidate needs an id and a name");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1], not " + confidence);
    }
  }

  /** A candidate with a self-reported result. */
  public static Candidate selfReported(String id, String name, DriveScores goingWell) {
    return new Candidate(id, name, goingWell, 1);
  }

  /** Whether the scores come from an observer rather than from the person. */
  public boolean estimated() {
    return confidence < 1;
  }

  /** The candidate's expected fit to a demand (see {@link MotivationalFit}). */
  public double fitTo(DriveScores demand) {
    return MotivationalFit.estimated(goingWell, confidence, demand);
  }
}

package app.velocity.delegation.analysis;

import java.util.Objects;

/**
 * One line of a side-by-side comparison: a candidate, its rank, its fit and the reason in plain
 * words.
 */
public record RankedCandidate(int rank, Candidate candidate, double fit, String reason) {

  public RankedCandidate {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(reason, "reason");
    if (rank < 1) {
      throw new IllegalArgumentException("ranks start at 1");
    }
    if (!(fit >= 0 && fit <= 100)) {
      throw new IllegalArgumentException("fit must lie in 0..100, not " + fit);
    }
  }
}

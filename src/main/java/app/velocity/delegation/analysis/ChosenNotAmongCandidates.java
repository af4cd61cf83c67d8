package app.velocity.delegation.analysis;

/** A decision records as chosen someone who was not one of its candidates. */
public final class ChosenNotAmongCandidates extends IllegalArgumentException {

  private final int decisionIndex;
  private final String chosenId;

  public ChosenNotAmongCandidates(int decisionIndex, String chosenId) {
    super(
        "decision #"
            + decisionIndex
            + " chose '"
            + chosenId
            + "', who is not among its candidates");
    this.decisionIndex = decisionIndex;
    this.chosenId = chosenId;
  }

  /** The position of the decision in the history, from 0. */
  public int decisionIndex() {
    return decisionIndex;
  }

  public String chosenId() {
    return chosenId;
  }
}

package app.velocity.delegation.analysis;

/** A decision names someone who is not among the people passed to the analysis. */
public final class UnknownPerson extends IllegalArgumentException {

  private final int decisionIndex;
  private final String personId;

  public UnknownPerson(int decisionIndex, String personId) {
    super(
        "decision #"
            + decisionIndex
            + " names person '"
            + personId
            + "', who is not among the people given");
    this.decisionIndex = decisionIndex;
    this.personId = personId;
  }

  /** The position of the decision in the history, from 0. */
  public int decisionIndex() {
    return decisionIndex;
  }

  public String personId() {
    return personId;
  }
}

package app.velocity.motivation;

/**
 * How each drive acts when it leads in conflict: People accommodates, Performance asserts, Process
 * analyses.
 */
public enum ConflictResponse {
  ACCOMMODATING(Drive.PEOPLE, "accommodates", "Accommodating"),
  ASSERTING(Drive.PERFORMANCE, "asserts", "Asserting"),
  ANALYSING(Drive.PROCESS, "analyses", "Analysing");

  private final Drive drive;
  private final String verb;
  private final String label;

  ConflictResponse(Drive drive, String verb, String label) {
    this.drive = drive;
    this.verb = verb;
    this.label = label;
  }

  /** The response of this drive. */
  public static ConflictResponse of(Drive drive) {
    return values()[drive.ordinal()];
  }

  public Drive drive() {
    return drive;
  }

  /** Third-person verb: "accommodates", "asserts", "analyses". */
  public String verb() {
    return verb;
  }

  /** Name of the response: "Accommodating", "Asserting", "Analysing". */
  public String label() {
    return label;
  }
}

package app.velocity.motivation;

/**
 * The three motivational drives of Velocity's model. The declaration order is the canonical order
 * used wherever drives are listed together (for example within a tied conflict stage).
 */
public enum Drive {
  /** The welfare and growth of others. Drawn blue. */
  PEOPLE("People"),
  /** Results, action, leading. Drawn red. */
  PERFORMANCE("Performance"),
  /** Order, accuracy, independence, thinking it through. Drawn green. */
  PROCESS("Process");

  private final String label;

  Drive(String label) {
    this.label = label;
  }

  /** The name shown to people. */
  public String label() {
    return label;
  }
}

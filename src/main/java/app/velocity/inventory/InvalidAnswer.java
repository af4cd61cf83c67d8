package app.velocity.inventory;

/**
 * The points given to an item are not 10 whole, non-negative points, or do not fit the item. The
 * message starts with the field ({@code answers[ITEM]}) for API problem details; {@link #problem()}
 * is the sentence a person reads next to the item.
 */
public class InvalidAnswer extends IllegalArgumentException {

  private final String item;
  private final String problem;

  public InvalidAnswer(String item, String problem) {
    super("answers[" + item + "]: " + problem);
    this.item = item;
    this.problem = problem;
  }

  /** The id of the item answered. */
  public String item() {
    return item;
  }

  /** What is wrong, in words for the person answering. */
  public String problem() {
    return problem;
  }
}

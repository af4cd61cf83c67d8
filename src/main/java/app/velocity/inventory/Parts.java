package app.velocity.inventory;

import app.velocity.motivation.items.Condition;

/** The words that introduce each part of the inventory. */
final class Parts {

  private Parts() {}

  static int number(Condition condition) {
    return condition.ordinal() + 1;
  }

  static Condition of(int number) {
    if (number < 1 || number > Condition.values().length) {
      throw new ResponseNotFound();
    }
    return Condition.values()[number - 1];
  }

  static String label(Condition condition) {
    return switch (condition) {
      case GOING_WELL -> "When things go well";
      case CONFLICT -> "Under conflict or opposition";
    };
  }

  static String introduction(Condition condition) {
    return switch (condition) {
      case GOING_WELL ->
          "Think of ordinary working days when things are going well: you feel confident and"
              + " others work with you as you would hope. For each statement, split 10 points"
              + " among its three endings by how well each describes you then.";
      case CONFLICT ->
          "Now think of times when you meet conflict or opposition: someone resists, a plan is"
              + " attacked, a disagreement will not go away. Answer for how you actually are then,"
              + " not how you would like to be. Again, split 10 points among the three endings.";
    };
  }
}

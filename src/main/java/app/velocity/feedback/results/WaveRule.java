package app.velocity.feedback.results;

import java.util.EnumMap;
import java.util.Map;

/**
 * The rule inside one wave for one kind of answer: which units show, given how many raters each
 * group has. Depends on counts only, never on what was answered, so that withholding a cell says
 * nothing about its content.
 *
 * <p>A group shows with at least {@code minimum} raters (the manager also alone, when the agreement
 * allows it). The overall shows with at least {@code minimum} raters. Complementary suppression:
 * while the overall shows and the raters of withheld groups number between 1 and {@code minimum -
 * 1} (so that "overall minus the shown groups" would be a group below the threshold), the smallest
 * shown group is withheld as well, which can only make that remainder larger.
 */
final class WaveRule {

  private WaveRule() {}

  static EnumMap<Unit, Suppression> decide(
      Map<RaterGroup, Integer> sizes,
      int minimum,
      boolean managerMayBeShownAlone,
      boolean overallAlwaysShown,
      Map<Unit, Suppression> forced) {
    var withheld = new EnumMap<Unit, Suppression>(Unit.class);
    withheld.putAll(forced);
    int total = 0;
    int shownInGroups = 0;
    for (RaterGroup group : RaterGroup.values()) {
      Unit unit = Unit.of(group);
      int n = sizes.getOrDefault(group, 0);
      total += n;
      if (withheld.containsKey(unit)) {
        continue;
      }
      if (n == 0) {
        withheld.put(unit, Suppression.noAnswers());
      } else if (n < minimum && group == RaterGroup.MANAGER && !managerMayBeShownAlone) {
        withheld.put(unit, Suppression.managerNotShownAlone(minimum));
      } else if (n < minimum && group != RaterGroup.MANAGER) {
        withheld.put(unit, Suppression.tooFew(minimum));
      } else {
        shownInGroups += n;
      }
    }
    if (!withheld.containsKey(Unit.OVERALL) && !overallAlwaysShown) {
      if (total == 0) {
        withheld.put(Unit.OVERALL, Suppression.noAnswers());
      } else if (total < minimum) {
        withheld.put(Unit.OVERALL, Suppression.tooFew(minimum));
      }
    }
    if (!withheld.containsKey(Unit.OVERALL)) {
      int remainder = total - shownInGroups;
      while (remainder > 0 && remainder < minimum) {
        Unit smallest = null;
        int smallestSize = Integer.MAX_VALUE;
        for (RaterGroup group : RaterGroup.values()) {
          Unit unit = Unit.of(group);
          int n = sizes.getOrDefault(group, 0);
          if (!withheld.containsKey(unit) && n < smallestSize) {
            smallest = unit;
            smallestSize = n;
          }
        }
        if (smallest == null) {
          break; // only when the overall is shown regardless (response counts)
        }
        withheld.put(smallest, Suppression.complementary());
        remainder += smallestSize;
      }
    }
    return withheld;
  }
}

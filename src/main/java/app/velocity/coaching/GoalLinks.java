package app.velocity.coaching;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import java.util.List;
import java.util.Optional;

/**
 * What a behaviour goal may be tied to: one of the executive's strengths in its overdone form (from
 * their latest profile, as their report ranks them) or one person on their relationship map. The
 * module that keeps the maps provides a bean; until one exists, goals are tied to nothing. Each
 * list answers as the reader may see it (docs/design.md §1): empty when the reader may not see the
 * profile or the map.
 */
public interface GoalLinks {

  /** How many of the executive's best-supported strengths are offered, as on their report. */
  int STRENGTHS_OFFERED = 6;

  /** One choice: {@code id} is what is stored with the goal, {@code label} what is shown. */
  record Choice(String id, String label) {}

  /** The executive's top strengths, each labelled with its overdone form; best supported first. */
  List<Choice> strengths(CurrentUser reader, PersonId executive);

  /** The people on the executive's relationship map, by name. */
  List<Choice> relationships(CurrentUser reader, PersonId executive);

  /** How a stored strength reads on a goal, such as "Decisive, overdone: steamrolling ...". */
  Optional<String> strength(String id);
}

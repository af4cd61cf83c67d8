package app.velocity.relationships;

import app.velocity.coaching.GoalLinks;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.strengths.Strength;
import app.velocity.motivation.strengths.StrengthRanking;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a coaching goal may be tied to: the executive's top strengths from their latest profile
 * (only when the reader may see that profile; each read is audited) and the people on their map
 * (only when the reader may read the map: the executive, or the coach once it is shared).
 */
@Component
class GoalTies implements GoalLinks {

  private final ProfileSharing sharing;
  private final RelationshipMaps maps;

  GoalTies(ProfileSharing sharing, RelationshipMaps maps) {
    this.sharing = sharing;
    this.maps = maps;
  }

  /** A strength's id: its name in lower case, such as {@code self-reliant}. */
  static String id(Strength strength) {
    return strength.name().toLowerCase(Locale.ROOT);
  }

  static String label(Strength strength) {
    return strength.name() + ", overdone: " + strength.overdone();
  }

  @Override
  public List<Choice> strengths(CurrentUser reader, PersonId executive) {
    return sharing
        .latestVisibleTo(reader, executive, "goal form (strengths)")
        .map(
            result ->
                StrengthRanking.top(result.profile().goingWell(), STRENGTHS_OFFERED).stream()
                    .map(r -> new Choice(id(r.strength()), label(r.strength())))
                    .toList())
        .orElse(List.of());
  }

  @Override
  public List<Choice> relationships(CurrentUser reader, PersonId executive) {
    try {
      maps.requireMayRead(reader, executive);
    } catch (PersonNotFound e) {
      return List.of();
    }
    return maps.entries(executive).stream()
        .map(e -> new Choice(e.person().value().toString(), maps.nameOf(e.person())))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }

  @Override
  public Optional<String> strength(String id) {
    return Strength.catalogue().stream()
        .filter(s -> id(s).equals(id))
        .findFirst()
        .map(GoalTies::label);
  }
}

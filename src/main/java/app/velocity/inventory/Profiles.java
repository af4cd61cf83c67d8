package app.velocity.inventory;

import app.velocity.organisations.PersonId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The inventory module's API for other modules: a person's results, read-only. Callers decide who
 * may see them; this bean does not know who is asking, so check access before showing a result to
 * anyone but its owner (docs/design.md §1).
 */
@Service
public class Profiles {

  private final Responses responses;

  Profiles(Responses responses) {
    this.responses = responses;
  }

  /** The person's most recent result, if they have completed the inventory. */
  public Optional<ProfileResult> latest(PersonId person) {
    List<ProfileResult> all = responses.results(person);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The most recent result of each of these people who has one, read at once. */
  public Map<PersonId, ProfileResult> latest(Collection<PersonId> people) {
    return responses.latestResults(people);
  }

  /** Every result of the person, oldest first; empty when they have none. */
  public List<ProfileResult> history(PersonId person) {
    return responses.results(person);
  }
}

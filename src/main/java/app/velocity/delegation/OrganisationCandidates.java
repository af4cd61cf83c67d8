package app.velocity.delegation;

import app.velocity.inventory.ProfileSharing;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Candidates from the executive's own organisation: every active person there whose self-reported
 * result the executive may see. Visibility is decided by {@link ProfileSharing} alone (the person
 * shared it with him), so a colleague who never shared, or who revoked, is not proposed; each read
 * is written to the audit log there.
 */
@Component
class OrganisationCandidates implements CandidatePool {

  static final String WHERE = "delegation advisor";

  private final Directory directory;
  private final ProfileSharing sharing;

  OrganisationCandidates(Directory directory, ProfileSharing sharing) {
    this.directory = directory;
    this.sharing = sharing;
  }

  @Override
  public List<CandidateProfile> candidatesFor(CurrentUser executive) {
    if (executive.organisation() == null) {
      return List.of();
    }
    List<CandidateProfile> out = new ArrayList<>();
    for (PersonView person : directory.peopleIn(executive.organisation())) {
      if (person.id().equals(executive.id()) || !person.active()) {
        continue;
      }
      sharing
          .latestVisibleTo(executive, person.id(), WHERE)
          .ifPresent(
              result ->
                  out.add(
                      new CandidateProfile(
                          person.id(),
                          person.name(),
                          CandidateProfile.Source.SELF,
                          result.profile(),
                          1)));
    }
    return out;
  }
}

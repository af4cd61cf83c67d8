package app.velocity.organisations;

import org.springframework.stereotype.Component;

/**
 * Who may know of which organisation and person (docs/design.md §1). Every read of another person
 * goes through here, so that nothing of organisation A reaches a user of organisation B.
 */
@Component
public class Access {

  private final Directory directory;

  Access(Directory directory) {
    this.directory = directory;
  }

  /** Firm staff see every organisation (coaches only those of their clients); clients their own. */
  public boolean canSeeOrganisation(CurrentUser viewer, OrganisationId organisation) {
    return switch (viewer.role()) {
      case FIRM_ADMIN -> true;
      case COACH ->
          directory.clientsOf(viewer.id()).stream()
              .anyMatch(client -> organisation.equals(client.organisation()));
      case EXECUTIVE, SPONSOR -> organisation.equals(viewer.organisation());
      case COLLEAGUE -> false;
    };
  }

  /**
   * Whether the viewer may see this person's name and contact details. Executives see their own
   * organisation's directory (to choose colleagues); coaches their clients and fellow coaches;
   * colleagues and sponsors only themselves.
   */
  public boolean canSeePerson(CurrentUser viewer, PersonView person) {
    if (viewer.id().equals(person.id())) {
      return true;
    }
    return switch (viewer.role()) {
      case FIRM_ADMIN -> true;
      case COACH -> viewer.id().equals(person.coach()) || person.role() == Role.COACH;
      case EXECUTIVE ->
          person.organisation() != null && person.organisation().equals(viewer.organisation());
      case COLLEAGUE, SPONSOR -> false;
    };
  }

  /** Loads a person the viewer may see, or fails as if the person did not exist. */
  public PersonView visiblePerson(CurrentUser viewer, PersonId id) {
    return directory
        .person(id)
        .filter(p -> canSeePerson(viewer, p))
        .orElseThrow(PersonNotFound::new);
  }

  public OrganisationView visibleOrganisation(CurrentUser viewer, OrganisationId id) {
    return directory
        .organisation(id)
        .filter(o -> canSeeOrganisation(viewer, o.id()))
        .orElseThrow(OrganisationNotFound::new);
  }
}

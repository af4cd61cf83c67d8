package app.velocity.organisations;

/** What is needed to add a person; the organisation is empty for firm staff. */
public record NewPerson(
    String name, String email, Role role, OrganisationId organisation, String title) {

  public NewPerson {
    if (role == null) {
      throw new InvalidPersonData("role", "is required");
    }
  }
}

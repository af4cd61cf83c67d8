package app.velocity.organisations;

/** What other modules and views may know of a person. */
public record PersonView(
    PersonId id,
    String name,
    String email,
    Role role,
    OrganisationId organisation,
    String title,
    PersonId coach,
    boolean active) {}
